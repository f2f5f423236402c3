# Dovecot >= 1.2.beta2 on a managesieve database: the release's dovecot_update_v1.2+.pgsql
# (its own BEGIN/COMMIT; psql stops at the first error). It drops userquota_11 and its
# rows (quota usage, which Dovecot recounts) and creates an empty userquota.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

script=$RELEASE_DIR/pgsql/dovecot_update_v1.2+.pgsql
[ -f "$script" ] || hp_fail "the release has no pgsql/dovecot_update_v1.2+.pgsql (it comes with vmm 0.6.1)"
dropped=$(vmm_sql "SELECT count(*) FROM userquota_11" 2>/dev/null || echo 0)
hp_log "psql -v ON_ERROR_STOP=1 -f pgsql/dovecot_update_v1.2+.pgsql"
vmm_run_sql dovecot_update_v1.2+.pgsql -f "$script"
[ "$(vmm_flavour)" = sieve ] || hp_fail "dovecot_update_v1.2+.pgsql ran but the service column is still managesieve"
hp_report userquota-dropped "$dropped rows of userquota_11 dropped with the table (quota usage: Dovecot recounts it)"
hp_log "database $PG_NAME now has the Dovecot >= 1.2 layout; $dropped userquota_11 rows dropped (Dovecot recounts them)"
