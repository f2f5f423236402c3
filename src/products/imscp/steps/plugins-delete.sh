# 1.2.3 errata: every plugin out of the way before the update (the errata at 1.2.4 and
# later, and the seed: delete, then reinstall versions made for 1.2.3). Deleted the way the
# 1.2.x plugin manager deletes (an enabled one is disabled first): the plugin table row,
# the entry in the protected list, the plugin folder. Each is backed up first; the
# report lists every plugin with its status and the backup, so they can be reinstalled.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

dir=$(hp_backup_dir imscp)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rows=$(imscp_sql "SELECT CONCAT_WS(' ', plugin_name, plugin_status, plugin_backend) FROM plugin ORDER BY plugin_name")
names=$(printf '%s\n' "$rows" | cut -d' ' -f1)

"$(imscp_dump_client)" --defaults-file="$IMSCP_DB_CNF" --no-create-info --replace --complete-insert --skip-extended-insert "$DB_NAME" plugin >"$work/plugin-rows.sql"
if [ -f "$IMSCP_PROTECTED" ]; then cp -p "$IMSCP_PROTECTED" "$work/protected_plugins.php"; fi
present=""
for name in $names; do
  if [ -d "$IMSCP_PLUGINS/$name" ]; then present="$present $name"; fi
done
# shellcheck disable=SC2086 # a list of folder names
if [ -n "$present" ]; then tar -C "$IMSCP_PLUGINS" -cf "$work/plugins.tar" $present; fi
archive=$dir/imscp-plugins-backup.tar.gz
tar -C "$work" -czf "$archive" .
chmod 600 "$archive"
hp_save archive "$archive"
hp_artifact "$archive"

enabled=$(printf '%s\n' "$rows" | awk '$2 == "enabled" { print $1 }')
# shellcheck disable=SC2086
imscp_plugins_disable $enabled
for name in $names; do
  imscp_sql "DELETE FROM plugin WHERE plugin_name = $(imscp_sql_quote "$name")"
  rm -rf "${IMSCP_PLUGINS:?}/$name"
done
# The plugin manager's protected list holds one "$protectedPlugins[] = 'Name';" line per
# plugin, and is unlinked when none is left (1.2.3:gui/library/iMSCP/Plugin/Manager.php:1363-1390).
if [ -f "$IMSCP_PROTECTED" ]; then
  awk -v names=" $(printf '%s' "$names" | paste -sd ' ') " '
    match($0, /^[[:space:]]*\$protectedPlugins\[\][[:space:]]*=[[:space:]]*'\''[^'\'']*'\'';/) {
      name = $0; sub(/^[^'\'']*'\''/, "", name); sub(/'\''.*$/, "", name)
      if (index(names, " " name " ")) next
    }
    { print }' "$IMSCP_PROTECTED" >"$work/protected.new"
  if grep -q 'protectedPlugins\[\]' "$work/protected.new"; then
    cat "$work/protected.new" >"$IMSCP_PROTECTED"
  else
    rm -f "$IMSCP_PROTECTED"
  fi
fi
[ -z "$(imscp_sql 'SELECT plugin_name FROM plugin')" ] || hp_fail "plugins left in the plugin table after the delete"

listed=$(printf '%s\n' "$rows" | awk '{ printf "%s%s (%s%s)", sep, $1, $2, $3 == "yes" ? ", backend" : ""; sep = ", " }')
hp_fact DELETED_PLUGINS "$(printf '%s' "$names" | paste -sd ' ')"
hp_report plugins-deleted "$listed"
hp_report plugins-backup "$archive (plugin-rows.sql: the plugin table rows; protected_plugins.php; plugins.tar: the folders)"
hp_warn "plugins deleted for the update (1.2.3 errata): $listed; reinstall versions made for 1.2.3 (backup: $archive)"
