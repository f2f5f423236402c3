# Undo of run-upgrade (and of retire-old): the vmm code and vmm.cfg back as they were
# before (what the new release installed is removed first).
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

archive=$(hp_load archive)
[ -f "$archive" ] || hp_fail "$archive is missing: nothing restored"
# shellcheck disable=SC2086 # globs of the installed code
rm -rf $VMM_TARBALL_CODE
tar -C / -xzf "$archive"
hp_log "restored from $archive: $(hp_load paths)"
