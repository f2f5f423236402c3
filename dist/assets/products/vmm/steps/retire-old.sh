# Moves the 0.5/0.6 code out of the way of the package's: /usr/local/sbin/vmm comes
# before /usr/sbin/vmm in root's PATH. Kept in an archive on the host; the old vmm.cfg
# stays where it is (0.7.0 reads only /etc/vmm/vmm.cfg).
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

# shellcheck disable=SC2086 # globs of the installed code
kept=$(vmm_keep_code $VMM_TARBALL_CODE)
[ -n "$kept" ] || hp_skip "no 0.5/0.6 code under /usr/local"
# shellcheck disable=SC2086
rm -rf $VMM_TARBALL_CODE
hp_report old-code "$PREVIOUS_VERSION code moved to $(hp_load archive): $kept"
