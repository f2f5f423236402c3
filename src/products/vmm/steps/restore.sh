# Undo of the backup: puts the vmm database back as the dump has it, in one transaction
# (every object of the public schema dropped, the dump's objects and rows loaded), and
# proves it: each table's row count and digest of its rows must equal the backup's.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

dump=$(hp_load dump)
[ -f "$dump" ] || hp_fail "the dump $dump is missing: nothing restored"
# Beside the dump: the preflight made sure its filesystem has room for this SQL text.
work=$(mktemp -d "${dump%/*}/restore.XXXXXX")
trap 'rm -rf "$work"' EXIT
pg_restore -f "$work/restore.sql" "$dump"
vmm_psql --single-transaction -f "$HP_ASSETS/drop-all.pgsql" -f "$work/restore.sql" >/dev/null
hp_log "restored $PG_NAME from $dump"
vmm_tables_proof >"$work/tables-after"
hp_prove_restored "$HP_STEP_DIR/tables-before" "$work/tables-after" 'table rows digest' contents
