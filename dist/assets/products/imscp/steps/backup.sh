# Backs up /etc/imscp and the i-MSCP database (mysqldump) into one archive kept as an
# artifact, and the i-MSCP code tree (/var/www/imscp) on the host, with each table's row
# count and checksum as they are now: the undo (restore.sh) proves it restored them.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

dir=$(hp_backup_dir imscp)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C / -cf "$work/etc-imscp.tar" etc/imscp
"$(imscp_dump_client)" --defaults-file="$IMSCP_DB_CNF" --single-transaction --routines --events --databases "$DB_NAME" >"$work/database.sql" \
  || hp_fail "mysqldump of $DB_NAME failed (nothing was changed)"
imscp_tables_proof >"$work/tables.txt"
archive=$dir/imscp-$PREVIOUS_VERSION-backup.tar.gz
tar -C "$work" -czf "$archive" etc-imscp.tar database.sql tables.txt
code=""
if [ -d "$IMSCP_ROOT" ]; then
  code=$dir/imscp-$PREVIOUS_VERSION-code.tar.gz
  tar -C / -czf "$code" "${IMSCP_ROOT#/}"
fi
chmod 600 "$dir"/*
hp_save archive "$archive"
hp_save code "$code"
hp_save services "$(imscp_active_services)"
cp "$work/tables.txt" "$HP_STEP_DIR/tables-before"

hp_fact BACKUP "$archive"
hp_artifact "$archive"
hp_report backup "$archive (/etc/imscp, database $DB_NAME${code:+; code tree kept on the host in $code})"
hp_report tables-before "$(cat "$work/tables.txt")"
hp_log "backup: $archive ($(du -h "$archive" | cut -f1)); tables (name rows checksum):"
sed 's/^/  /' "$work/tables.txt"
