# 1.2.3 errata (check): the plugins to delete before the update; nothing to do without any.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

plugins=$(imscp_sql "SELECT plugin_name FROM plugin ORDER BY plugin_name" 2>/dev/null | paste -sd ' ' || true)
[ -n "$plugins" ] || hp_skip "no plugin installed"
hp_log "plugins to delete: $plugins"
