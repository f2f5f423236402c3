# Undo of the backup: puts the vmm database back as the dump has it, in one transaction
# (every object of the public schema dropped, the dump's objects and rows loaded), and
# proves it: each table's row count and digest of its rows must equal the backup's.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

dump=$(hp_load dump)
[ -f "$dump" ] || hp_fail "the dump $dump is missing: nothing restored"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# pg_restore's SQL streams into psql, so nothing as large as the database is written. The
# COMMIT follows only a pg_restore that read the whole dump: otherwise psql ends inside the
# transaction, which PostgreSQL rolls back.
{
  printf 'BEGIN;\n'
  cat "$HP_ASSETS/drop-all.pgsql"
  pg_restore -f - "$dump" && printf 'COMMIT;\n'
} | vmm_psql >/dev/null || hp_fail "the restore from $dump failed and was rolled back (see the undo's log)"
hp_log "restored $PG_NAME from $dump"
vmm_tables_proof >"$work/tables-after"
hp_prove_restored "$HP_STEP_DIR/tables-before" "$work/tables-after" 'table rows digest' contents
