-- vmm 0.6.0 errata, Dovecot < 1.2 flavour: dovecotpassword() selected service_set.ssid
-- unconditionally, so accounts that inherit their domain's services (users.ssid NULL)
-- got no row and could not log in. This version takes the account's service set, else
-- the domain's; same name, arguments, result type and SECURITY INVOKER as 0.6.x's.
CREATE OR REPLACE FUNCTION dovecotpassword(IN localpart varchar, IN the_domain varchar)
    RETURNS SETOF dovecotpassword
AS $$
    DECLARE
        record dovecotpassword;
        userid varchar(320) := localpart || '@' || the_domain;
    BEGIN
        FOR record IN
            SELECT userid, users.passwd, service_set.smtp, service_set.pop3, service_set.imap, service_set.managesieve
              FROM users
              JOIN domain_data ON domain_data.gid = users.gid
              JOIN service_set ON service_set.ssid = coalesce(users.ssid, domain_data.ssid)
             WHERE users.gid = (SELECT gid FROM domain_name WHERE domainname = the_domain)
               AND users.local_part = localpart
            LOOP
                RETURN NEXT record;
            END LOOP;
        RETURN;
    END;
$$ LANGUAGE plpgsql STABLE
RETURNS NULL ON NULL INPUT
EXTERNAL SECURITY INVOKER;
