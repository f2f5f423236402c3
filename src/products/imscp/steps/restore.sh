# Undo of the backup: puts /etc/imscp, the i-MSCP database and the code tree back as the
# backup has them, restarts the services that ran before, and proves the database is
# what it was: every table's row count and checksum, before and after, must be equal.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

archive=$(hp_load archive)
code=$(hp_load code)
[ -f "$archive" ] || hp_fail "backup $archive is missing: nothing restored"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"

for unit in $IMSCP_SERVICES; do
  if [ -x "/etc/init.d/$unit" ]; then service "$unit" stop >/dev/null 2>&1 || true; fi
done
rm -rf /etc/imscp
tar -C / -xf "$work/etc-imscp.tar"
hp_log "restored /etc/imscp"
if [ -n "$code" ] && [ -f "$code" ]; then
  rm -rf "$IMSCP_ROOT"
  tar -C / -xzf "$code"
  hp_log "restored $IMSCP_ROOT"
fi
"$(imscp_mysql_client)" --defaults-file="$IMSCP_DB_CNF" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`"
"$(imscp_mysql_client)" --defaults-file="$IMSCP_DB_CNF" <"$work/database.sql"
hp_log "restored the database $DB_NAME"

systemctl daemon-reload
# shellcheck disable=SC2046 # a list of unit names
stopped=$(hp_restart $(hp_load services))

imscp_tables_proof >"$work/tables-after"
hp_prove_restored "$HP_STEP_DIR/tables-before" "$work/tables-after" 'table rows checksum' checksums
[ -z "$stopped" ] || hp_fail "not running after the restore:$stopped"
printf 'services running again: %s\n' "$(hp_load services)"
