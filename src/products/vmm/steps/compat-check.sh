# python3-compat: the wrapper may be in place already (a re-run); anything else at its
# path would be shadowed by it, or shadow /usr/sbin/vmm itself: refused.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

shim=/usr/local/sbin/vmm
[ -e "$shim" ] || exit 0
grep -qs "$VMM_SHIM_MARK" "$shim" && hp_skip "$shim is already the wrapper"
hp_fail "$shim exists and is not the wrapper: it comes before /usr/sbin/vmm in root's PATH (remove it, or move it away)"
