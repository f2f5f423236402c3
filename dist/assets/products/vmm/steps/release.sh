# Fetches the vmm 0.6.x release (release-url over https, or release-path on the host)
# into the run's folder and checks that it is the release this run needs: the target
# itself, or (for 0.7.0) a 0.6.x release whose SQL brings the database to 0.6.2's layout.
# Nothing outside the run's folder changes.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

work=$HP_RUN_DIR/release
hp_fetch_release "$work"
upgrade=$(find "$work/unpacked" -maxdepth 2 -name upgrade.sh -type f | head -n 1)
dir=${upgrade%/upgrade.sh}
if [ -z "$upgrade" ] || [ ! -d "$dir/pgsql" ]; then hp_fail "no upgrade.sh and pgsql/ at the top of the release: not a vmm 0.6.x release"; fi
version=$(vmm_code_version "$dir/VirtualMailManager")
if [ "$TARGET_SOURCE" = tarball ]; then
  [ "$version" = "$TARGET_VERSION" ] || hp_fail "the release is vmm ${version:-of no version}, not $TARGET_VERSION"
else
  case "$version" in
    0.6.1 | 0.6.2) ;;
    # A managesieve database on Dovecot >= 1.2 gets the dovecot-layout step, which runs its file.
    0.6.0) [ "$FLAVOUR" != managesieve ] || [ "$DOVECOT_SIEVE" != yes ] || hp_fail "vmm 0.6.0 has no dovecot_update_v1.2+.pgsql, which this managesieve database needs: give vmm 0.6.2 (or 0.6.1)" ;;
    *) hp_fail "the release is vmm ${version:-of no version}: the database needs the SQL of vmm 0.6.2 (or 0.6.1)" ;;
  esac
fi
hp_fact RELEASE_DIR "$dir"
hp_fact RELEASE_VERSION "$version"
hp_log "vmm $version unpacked in $dir: $(find "$dir/pgsql" -maxdepth 1 -type f -printf '%f\n' | sort | paste -sd ' ')"
