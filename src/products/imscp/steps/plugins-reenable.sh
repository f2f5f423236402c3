# 1.2.0 errata: after the update, re-activate the plugins one at a time (only when asked);
# the first one that fails stops the step, naming it, and the rest stay deactivated.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

[ -n "$ACTIVE_PLUGINS" ] || hp_skip "no plugin was active before the update"
done_list=""
for name in $ACTIVE_PLUGINS; do
  backend=$(imscp_sql "SELECT plugin_backend FROM plugin WHERE plugin_name = $(imscp_sql_quote "$name")")
  if [ "$backend" = yes ]; then
    imscp_sql "UPDATE plugin SET plugin_status = 'toenable' WHERE plugin_name = $(imscp_sql_quote "$name")"
    imscp_rqst_mngr
  else
    imscp_sql "UPDATE plugin SET plugin_status = 'enabled' WHERE plugin_name = $(imscp_sql_quote "$name")"
  fi
  status=$(imscp_sql "SELECT plugin_status FROM plugin WHERE plugin_name = $(imscp_sql_quote "$name")")
  [ "$status" = enabled ] || hp_fail "plugin $name did not come back (status $status); re-enabled before it: ${done_list:-none}"
  done_list="$done_list $name"
  hp_log "plugin $name enabled again"
done
hp_report plugins-reenabled "${done_list# }"
