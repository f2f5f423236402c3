# python3-compat (opt-in): vmm 0.7.0 uses collections.Callable, removed in Python 3.10.
# A wrapper at /usr/local/sbin/vmm (before /usr/sbin in root's PATH) puts that one name
# back for vmm only and runs the package's /usr/sbin/vmm unchanged; the package's files
# are not touched. Removing the wrapper undoes it. compat-check.sh ran first.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

shim=/usr/local/sbin/vmm
mkdir -p /usr/local/sbin
cat >"$shim" <<PY
#!/usr/bin/python3
# $VMM_SHIM_MARK (run $HP_RUN_ID, $(date -u +%Y-%m-%d)).
# vmm 0.7.0 calls collections.Callable, which Python 3.10 removed (it lives on as
# collections.abc.Callable). This wrapper puts that one name back, for vmm only, and
# runs the package's /usr/sbin/vmm unchanged. Delete this file when the package no
# longer needs it (grep -n collections.Callable /usr/lib/python3/dist-packages/VirtualMailManager/*.py).
import collections
import collections.abc
import runpy
import sys

if not hasattr(collections, 'Callable'):
    collections.Callable = collections.abc.Callable
sys.argv[0] = '/usr/sbin/vmm'
runpy.run_path('/usr/sbin/vmm', run_name='__main__')
PY
chmod 0700 "$shim"
hp_report python3-compat "$shim: wrapper putting collections.Callable back for vmm 0.7.0 on $(python3 --version 2>&1); delete it to undo"
hp_warn "vmm 0.7.0 needs collections.Callable, gone since Python 3.10: $shim now runs /usr/sbin/vmm with that name put back (python3-compat)"
