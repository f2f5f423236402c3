# Undo of the backup: puts /etc/imscp, the i-MSCP database, the code tree and what the
# installer replaced outside them (init scripts and their rc links, defaults, cron,
# starters, nginx, vlogger...) back as the backup has them, removes what was not there
# before (files the new release adds, a /usr/sbin/policy-rc.d its build left), restarts
# the services that ran before, and proves it: every table's row count and checksum equal
# to the backup's, and each of those services running (its process and port, the panel
# answering at its URL), not only active in systemd's word.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

archive=$(hp_load archive)
code=$(hp_load code)
[ -f "$archive" ] || hp_fail "backup $archive is missing: nothing restored"
# Beside the backup: the preflight checked that filesystem's room for the dump it holds.
work=$(mktemp -d "${archive%/*}.restore.XXXXXX")
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
# shellcheck disable=SC2046,SC2086 # lists of paths without spaces
rm -rf $REPLACES /usr/sbin/policy-rc.d $(compgen -G '/etc/rc[0-6S].d/[SK][0-9][0-9]imscp_*')
tar -C / -xpf "$work/replaced.tar"
hp_log "restored: $(tar -tf "$work/replaced.tar" | paste -sd ' ')"
hp_log "not there before, removed if the run made them: $(hp_load absent)"
for path in $(hp_load made); do
  if [ -d "$path" ]; then rmdir --ignore-fail-on-non-empty "$path"; fi
done
"$(imscp_mysql_client)" --defaults-file="$IMSCP_DB_CNF" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`"
"$(imscp_mysql_client)" --defaults-file="$IMSCP_DB_CNF" <"$work/database.sql"
hp_log "restored the database $DB_NAME"

systemctl daemon-reload
services=$(hp_load services)
# shellcheck disable=SC2086 # a list of unit names
hp_restart $services >/dev/null

imscp_tables_proof >"$work/tables-after"
hp_prove_restored "$HP_STEP_DIR/tables-before" "$work/tables-after" 'table rows checksum' checksums
# shellcheck disable=SC2086
hp_wait_until 20 "the services to answer" imscp_running $services || true
# shellcheck disable=SC2086
stopped=$(imscp_not_running $services)
[ -z "$stopped" ] || hp_fail "not running after the restore:$stopped"
printf 'services running again (process, port, panel over HTTP): %s\n' "$services"
