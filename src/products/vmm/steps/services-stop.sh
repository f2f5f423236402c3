# Stops Postfix and Dovecot before the database layout changes (vmm's upgrade notes);
# the ones that ran are started again by services-start, or by the undo on failure.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

running=""
for unit in postfix dovecot; do
  if [ "$(systemctl is-active "$unit" 2>/dev/null || true)" = active ]; then running="$running $unit"; fi
  systemctl stop "$unit" 2>/dev/null || true
done
hp_save running "${running# }"
hp_report services-stopped "${running# }"
hp_log "stopped:${running:- none was running}"
