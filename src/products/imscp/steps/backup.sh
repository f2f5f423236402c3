# Backs up /etc/imscp, the i-MSCP database (mysqldump) and what the target's installer
# replaces outside /etc/imscp and /var/www/imscp (REPLACES, from its install manifests, with
# the init scripts' rc links and a policy-rc.d) into one archive kept on the host (copied to
# the runner within backup-download-limit: hp_backup_keep), with
# the list of those that do not exist yet; the i-MSCP code tree (/var/www/imscp) stays on
# the host; each table's row count and checksum as they are now: the undo (restore.sh)
# proves it restored them.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

dir=$(hp_backup_dir imscp)
# Beside the run's folder: the preflight checked that filesystem's room for the dump.
work=$(mktemp -d "$dir.work.XXXXXX")
trap 'rm -rf "$work"' EXIT
tar -C / -cf "$work/etc-imscp.tar" etc/imscp
"$(imscp_dump_client)" --defaults-file="$IMSCP_DB_CNF" --single-transaction --routines --events --databases "$DB_NAME" >"$work/database.sql" \
  || hp_fail "mysqldump of $DB_NAME failed (nothing was changed)"
imscp_tables_proof >"$work/tables.txt"
present=()
absent=""
# shellcheck disable=SC2046 # REPLACES is a list of paths without spaces
for path in $REPLACES /usr/sbin/policy-rc.d $(compgen -G '/etc/rc[0-6S].d/[SK][0-9][0-9]imscp_*'); do
  if [ -e "$path" ] || [ -L "$path" ]; then present+=("${path#/}"); else absent="$absent $path"; fi
done
tar -C / -cpf "$work/replaced.tar" --files-from=/dev/null
if [ "${#present[@]}" -gt 0 ]; then tar -C / -cpf "$work/replaced.tar" "${present[@]}"; fi
made=""
for path in $CREATES; do
  [ -e "$path" ] || made="$made $path"
done
archive=$dir/imscp-$PREVIOUS_VERSION-backup.tar.gz
tar -C "$work" -czf "$archive" etc-imscp.tar database.sql tables.txt replaced.tar
code=""
if [ -d "$IMSCP_ROOT" ]; then
  code=$dir/imscp-$PREVIOUS_VERSION-code.tar.gz
  tar -C / -czf "$code" "${IMSCP_ROOT#/}"
fi
chmod 600 "$dir"/*
hp_save archive "$archive"
hp_save code "$code"
hp_save services "$(imscp_active_services)"
hp_save absent "${absent# }"
hp_save made "${made# }"
cp "$work/tables.txt" "$HP_STEP_DIR/tables-before"

hp_backup_keep "$archive"
hp_report backup "$archive (/etc/imscp, database $DB_NAME, ${#present[@]} files the installer replaces${code:+; code tree kept on the host in $code})"
hp_report tables-before "$(cat "$work/tables.txt")"
hp_log "backup: $archive ($(du -h "$archive" | cut -f1)); tables (name rows checksum):"
sed 's/^/  /' "$work/tables.txt"
