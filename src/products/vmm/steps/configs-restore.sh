# Undo of configs-rewrite: the original files back, reloaded where the service runs.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

for file in $(hp_load files); do
  if [ -f "$file.hostpanel-$HP_RUN_ID" ]; then mv -f "$file.hostpanel-$HP_RUN_ID" "$file" && hp_log "restored $file"; fi
done
vmm_reload_running
