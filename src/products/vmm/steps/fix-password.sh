# vmm 0.6.0 errata, Dovecot < 1.2 flavour: the corrected dovecotpassword(), so that
# accounts inheriting their domain's services can log in again.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

# Accounts for which dovecotpassword() finds no row.
unmatched="SELECT count(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM dovecotpassword(u.local_part, (SELECT domainname FROM domain_name n WHERE n.gid = u.gid AND n.is_primary)))"
before=$(vmm_sql "$unmatched")
hp_log "psql --single-transaction -f dovecotpassword-0.6.0.pgsql"
vmm_psql --single-transaction -f "$HP_ASSETS/dovecotpassword-0.6.0.pgsql" || hp_fail "replacing dovecotpassword() failed (see the log)"
after=$(vmm_sql "$unmatched")
[ "$after" = 0 ] || hp_fail "dovecotpassword() still finds no row for $after accounts"
hp_report dovecotpassword-fix "dovecotpassword() replaced: accounts without a password row before: $before, after: 0"
