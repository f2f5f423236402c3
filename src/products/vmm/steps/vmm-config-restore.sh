# Undo of vmm-config: vmm.cfg as it was before (the copy that step kept beside it).
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

cfg=$(hp_load cfg)
if [ -n "$cfg" ] && [ -f "$cfg.hostpanel-$HP_RUN_ID" ]; then mv "$cfg.hostpanel-$HP_RUN_ID" "$cfg"; fi
