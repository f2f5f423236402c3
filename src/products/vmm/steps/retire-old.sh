# Moves the 0.5/0.6 code out of the way of the package's: /usr/local/sbin/vmm comes
# before /usr/sbin/vmm in root's PATH. Kept in an archive on the host; the old vmm.cfg
# stays where it is (0.7.0 reads only /etc/vmm/vmm.cfg).
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

dir=$(hp_backup_dir vmm)
saved=()
# shellcheck disable=SC2086 # globs of the installed code
for path in $VMM_TARBALL_CODE; do
  if [ -e "$path" ]; then saved+=("${path#/}"); fi
done
[ "${#saved[@]}" -gt 0 ] || hp_skip "no 0.5/0.6 code under /usr/local"
tar -C / -czf "$dir/vmm-code-before.tar.gz" "${saved[@]}"
chmod 600 "$dir/vmm-code-before.tar.gz"
hp_save archive "$dir/vmm-code-before.tar.gz"
hp_save paths "${saved[*]}"
# shellcheck disable=SC2086
rm -rf $VMM_TARBALL_CODE
hp_report old-code "$PREVIOUS_VERSION code moved to $dir/vmm-code-before.tar.gz: ${saved[*]}"
