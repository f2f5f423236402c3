# Undo of the plugin delete: the folders, the protected list and the plugin table rows
# from the plugin backup.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

archive=$(hp_load archive)
[ -f "$archive" ] || hp_fail "plugin backup $archive is missing"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
if [ -f "$work/plugins.tar" ]; then tar -C "$IMSCP_PLUGINS" -xf "$work/plugins.tar"; fi
if [ -f "$work/protected_plugins.php" ]; then cp -p "$work/protected_plugins.php" "$IMSCP_PROTECTED"; fi
"$(imscp_mysql_client)" --defaults-file="$IMSCP_DB_CNF" "$DB_NAME" <"$work/plugin-rows.sql"
printf 'plugins restored from %s\n' "$archive"
