# 1.2.0 errata (check): the plugins that are active now; nothing to do without any.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

active=$(imscp_sql "SELECT plugin_name FROM plugin WHERE plugin_status = 'enabled' ORDER BY plugin_name" 2>/dev/null | paste -sd ' ' || true)
hp_fact ACTIVE_PLUGINS "$active"
hp_report active-plugins "${active:-none}"
[ -n "$active" ] || hp_skip "no active plugin"
hp_log "active plugins: $active"
