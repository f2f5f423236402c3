# 1.2.3 errata: stop imscp_panel, imscp_daemon and imscp_network before the update
# (imscp_panel exists from 1.2.0); the undo starts the ones that ran.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

running=""
for unit in $IMSCP_SERVICES; do
  [ -x "/etc/init.d/$unit" ] || continue
  if [ "$(systemctl is-active "$unit" 2>/dev/null || true)" = active ]; then running="$running $unit"; fi
  service "$unit" stop
done
hp_save running "$running"
hp_report services-stopped "${running# }"
hp_log "stopped:${running:- none was running}"
