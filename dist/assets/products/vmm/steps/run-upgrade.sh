# The release's upgrade.sh (update_config.py, then the code under /usr/local), from the
# release folder, after a backup of the code and vmm.cfg it replaces. Its R/M/N lines go
# to the report. upgrade.sh has no `set -e` (its exit status is that of its last
# install), so `vmm version` must show the target afterwards.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

dir=$(hp_backup_dir vmm)
saved=()
# shellcheck disable=SC2086 # globs of the installed code
for path in $VMM_TARBALL_CODE $VMM_CFG_PLACES; do
  if [ -e "$path" ]; then saved+=("${path#/}"); fi
done
tar -C / -czf "$dir/vmm-code-before.tar.gz" "${saved[@]}"
chmod 600 "$dir/vmm-code-before.tar.gz"
hp_save archive "$dir/vmm-code-before.tar.gz"
hp_save paths "${saved[*]}"
hp_log "code and vmm.cfg kept in $dir/vmm-code-before.tar.gz: ${saved[*]}"

out=$HP_STEP_DIR/upgrade.out
mkdir -p "$HP_STEP_DIR"
hp_log "cd ${RELEASE_DIR} && ./upgrade.sh"
rc=0
(cd "$RELEASE_DIR" && ./upgrade.sh) >"$out" 2>&1 </dev/null || rc=$?
cat "$out"
changes=$(grep -E '^[RMN] +[a-z_]+\.[a-z_]+ = ' "$out" || true)
hp_report config-changes "${changes:-none}"
[ "$rc" -eq 0 ] || hp_fail "upgrade.sh exited $rc: $(grep -v '^$' "$out" | tail -n 1)"
version=$(vmm_installed_version)
[ "$version" = "$TARGET_VERSION" ] || hp_fail "upgrade.sh ended with 0 but vmm version says ${version:-nothing} (upgrade.sh does not report a failed setup.py; see the log)"
hp_log "vmm version: $version"
