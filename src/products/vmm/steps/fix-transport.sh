# vmm 0.6.0 errata: usertransport's argument parsing could point accounts at the
# transport literally named 'domain'; they inherit their domain's transport again.
# A second run changes 0 rows.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

sql="UPDATE users SET tid = NULL WHERE tid = (SELECT tid FROM transport WHERE transport = 'domain')"
hp_log "psql -c \"$sql\""
rows=$(vmm_sql "WITH changed AS ($sql RETURNING 1) SELECT count(*) FROM changed") || hp_fail "the transport fix failed (see the log)"
hp_report transport-fix "$rows accounts no longer point at the 'domain' transport (UPDATE $rows)"
hp_log "UPDATE $rows"
