# Undo of compat-shim: removes the wrapper (only if it is ours).
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

if grep -qs "$VMM_SHIM_MARK" /usr/local/sbin/vmm; then rm -f /usr/local/sbin/vmm; fi
