-- The composite types of vmm 0.5.2's optional types and functions, created only where
-- they are missing: the 0.5.x -> 0.6 update scripts drop all seven without IF EXISTS,
-- and 0.5.2's install notes never asked for them. Runs in the update's transaction, so
-- the update then drops them again; the vendor's script is not touched.
DO $$
DECLARE
  service text := (SELECT column_name FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name = 'users' AND column_name IN ('managesieve', 'sieve') LIMIT 1);
  wanted text[][] := ARRAY[
    ['address_maildir', 'address varchar(320), maildir text'],
    ['dovecotpassword', format('userid varchar(320), password varchar(74), smtp boolean, pop3 boolean, imap boolean, %I boolean', service)],
    ['dovecotuser', 'userid varchar(320), uid bigint, gid bigint, home text, mail text'],
    ['recipient_destination', 'recipient varchar(320), destination text'],
    ['recipient_transport', 'recipient varchar(320), transport text'],
    ['recipient_uid', 'recipient varchar(320), uid bigint'],
    ['sender_login', 'sender varchar(320), login text']];
  created text[] := '{}';
BEGIN
  FOR i IN 1 .. array_length(wanted, 1) LOOP
    IF to_regtype('public.' || wanted[i][1]) IS NULL THEN
      EXECUTE format('CREATE TYPE public.%I AS (%s)', wanted[i][1], wanted[i][2]);
      created := created || wanted[i][1];
    END IF;
  END LOOP;
  RAISE NOTICE 'optional types created for the update: %', coalesce(nullif(array_to_string(created, ' '), ''), 'none');
END
$$;
