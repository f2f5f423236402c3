# install (0.6.x): the release's install.sh (code under /usr/local, vmm.cfg to
# /usr/local/etc unless one exists, the Postfix pgsql-*.cf into Postfix's folder), the
# Postfix files it replaces kept first; then `vmm version` must show the target.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

dir=$(hp_backup_dir vmm)
postfix_dir=$(postconf -h config_directory 2>/dev/null || echo /etc/postfix)
existing=()
for cf in "$postfix_dir"/pgsql-*.cf; do
  if [ -f "$cf" ]; then existing+=("${cf#/}"); fi
done
if [ "${#existing[@]}" -gt 0 ]; then
  tar -C / -czf "$dir/postfix-before.tar.gz" "${existing[@]}"
  hp_report postfix-before "$dir/postfix-before.tar.gz: ${existing[*]}"
fi
hp_log "cd $RELEASE_DIR && ./install.sh"
(cd "$RELEASE_DIR" && ./install.sh) </dev/null || hp_fail "install.sh failed (see the log)"
version=$(vmm_installed_version)
[ "$version" = "$TARGET_VERSION" ] || hp_fail "install.sh ended but vmm version says ${version:-nothing}"
