# Fetches the release (release-url over https, or release-path on the host) into the
# run's folder, and checks that it is the target and has a packages file for this
# distribution. Nothing outside the run's folder changes.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

work=$HP_RUN_DIR/release
hp_fetch_release "$work"
installer=$(find "$work/unpacked" -maxdepth 2 -name imscp-autoinstall -type f | head -n 1)
[ -n "$installer" ] || hp_fail "no imscp-autoinstall in the release: not an i-MSCP archive"
dir=${installer%/imscp-autoinstall}
version=$(imscp_conf Version "$dir/configs/debian/imscp.conf")
[ "$version" = "$TARGET_VERSION" ] || hp_fail "the release is i-MSCP ${version:-of no version}, not $TARGET_VERSION"
hp_fact RELEASE_DIR "$dir"

distro=$(lsb_release -si 2>/dev/null || true)
release=$(lsb_release -sr 2>/dev/null || true)
codename=$(lsb_release -sc 2>/dev/null || true)
packages="$dir/docs/$distro/packages-$codename.xml"
[ -f "$packages" ] || hp_fail "$distro $release ($codename) has no packages file in i-MSCP $TARGET_VERSION (docs/$distro/packages-$codename.xml): the installer would stop with 'not supported yet' (nothing was changed)"
hp_fact PACKAGES_FILE "$packages"
hp_log "i-MSCP $version unpacked in $dir; packages file docs/$distro/packages-$codename.xml"
