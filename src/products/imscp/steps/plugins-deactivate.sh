# 1.2.0 errata: deactivate every plugin before the update, as the plugin manager does.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

# shellcheck disable=SC2086 # a list of plugin names
imscp_plugins_disable $ACTIVE_PLUGINS
left=$(imscp_sql "SELECT plugin_name FROM plugin WHERE plugin_status <> 'disabled' AND plugin_name IN ($(for p in $ACTIVE_PLUGINS; do imscp_sql_quote "$p"; printf ','; done | sed 's/,$//'))" | paste -sd ' ')
[ -z "$left" ] || hp_fail "these plugins could not be deactivated: $left"
hp_warn "plugins deactivated for the update (1.2.0 errata): $ACTIVE_PLUGINS; ${REENABLE_NOTE}"
