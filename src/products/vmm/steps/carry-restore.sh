# Undo of carry-config: the package's vmm.cfg as it was before.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

if [ -f "$HP_STEP_DIR/vmm.cfg" ] && [ -d "$(dirname "$VMM_PKG_CFG")" ]; then cp -p "$HP_STEP_DIR/vmm.cfg" "$VMM_PKG_CFG"; fi
