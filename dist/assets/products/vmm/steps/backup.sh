# pg_dump of the vmm database (custom format, kept on the host: the backup-host output;
# copied to the runner within backup-download-limit: the backup output),
# with each table's row count and digest of its rows (vmm_tables_proof) as they are now: the undo
# (restore.sh) proves it put back exactly that.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

dir=$(hp_backup_dir vmm)
dump=$dir/vmm-$PREVIOUS_VERSION-$PG_NAME.dump
mapfile -t conn < <(vmm_conn)
# The proof reads every row as pg_dump does: both at once take the time of the longer one.
vmm_tables_proof >"$dir/tables-before.txt" &
proof=$!
pg_dump -Fc "${conn[@]}" -f "$dump" || hp_fail "pg_dump of $PG_NAME failed (nothing was changed)"
chmod 600 "$dump"
wait "$proof" || hp_fail "the tables' row counts and digests could not be read (nothing was changed)"
hp_save dump "$dump"
cp "$dir/tables-before.txt" "$HP_STEP_DIR/tables-before"
hp_backup_keep "$dump"
size=$(du -h "$dump" | cut -f1)
rows=$(awk '{ printf "%s%s=%s", (NR > 1 ? " " : ""), $1, $2 }' "$dir/tables-before.txt")
hp_report backup "$dump ($size, pg_dump -Fc; restore: pg_restore)"
hp_report rows-before "$rows"
hp_log "backup: $dump ($size); tables (name rows digest):"
sed 's/^/  /' "$dir/tables-before.txt"
