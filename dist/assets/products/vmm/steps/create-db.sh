# install: the release's create script (the package's for 0.7.0) on the empty database.
# Those scripts start with CREATE LANGUAGE plpgsql, which PostgreSQL >= 9.0 refuses
# (PL/pgSQL is built in), so a strict run is refused whole. Without editing the file:
# a first pass runs it in a transaction that is rolled back, each statement under its
# own savepoint (psql ON_ERROR_ROLLBACK); only if that one statement is the only error
# does the second pass, the same way, commit.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

if [ "$TARGET_SOURCE" = package ]; then
  script=$VMM_PKG_EXAMPLES/pgsql/create_tables.pgsql
elif [ "$DOVECOT_SIEVE" = yes ]; then
  script=$RELEASE_DIR/pgsql/create_tables-dovecot-1.2.x.pgsql
else
  script=$RELEASE_DIR/pgsql/create_tables.pgsql
fi
[ -f "$script" ] || hp_fail "$script is missing"
pass() {
  vmm_psql -v ON_ERROR_STOP=0 -v ON_ERROR_ROLLBACK=on -c BEGIN -f "$script" -c "$1" 2>&1 >/dev/null | grep 'ERROR' || true
}
hp_log "trial: psql -v ON_ERROR_ROLLBACK=on -c BEGIN -f $script -c ROLLBACK"
errors=$(pass ROLLBACK)
printf '%s\n' "$errors"
unexpected=$(printf '%s\n' "$errors" | grep -v -e 'extension "plpgsql" already exists' -e 'language "plpgsql" already exists' | grep . || true)
[ -z "$unexpected" ] || hp_fail "${script##*/} fails on this database (nothing was created): $(printf '%s\n' "$unexpected" | head -n 1 | sed 's/^psql:[^ ]* //')"
hp_log "apply: psql -v ON_ERROR_ROLLBACK=on -c BEGIN -f $script -c COMMIT"
pass COMMIT
[ "$(vmm_layout)" = 0.6 ] || hp_fail "${script##*/} ran but the database has no service_set table"
hp_fact SCHEMA 0.6
hp_fact FLAVOUR "$(vmm_flavour)"
hp_report create "${script##*/}: created (CREATE LANGUAGE plpgsql skipped: built into PostgreSQL $(vmm_sql 'SHOW server_version'))"
