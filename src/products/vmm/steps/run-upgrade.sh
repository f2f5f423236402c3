# The release's upgrade.sh (update_config.py, then the code under /usr/local), from the
# release folder, after a backup of the code and vmm.cfg it replaces. Its R/M/N lines go
# to the report. upgrade.sh has no `set -e` (its exit status is that of its last
# install), so `vmm version` must show the target afterwards.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

# shellcheck disable=SC2086 # globs of the installed code
kept=$(vmm_keep_code $VMM_TARBALL_CODE $VMM_CFG_PLACES)
[ -n "$kept" ] || hp_fail "no vmm code or vmm.cfg to keep before upgrade.sh replaces them"
hp_log "code and vmm.cfg kept in $(hp_load archive): $kept"

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
