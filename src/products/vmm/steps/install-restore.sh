# Undo of install (0.6.x): the vmm code and vmm.cfg as they were before install.sh (on a
# first install: none); of the release's Postfix pgsql-*.cf, those install.sh replaced
# are put back and those it added are removed.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

archive=$(hp_load archive)
# shellcheck disable=SC2086 # globs of the installed code, the vmm.cfg places
rm -rf $VMM_TARBALL_CODE $VMM_CFG_PLACES
if [ -n "$archive" ]; then tar -C / -xzf "$archive"; fi
postfix_dir=$(vmm_postfix_dir)
for release_cf in "$RELEASE_DIR"/postfix/pgsql-*.cf; do
  name=${release_cf##*/}
  if [ -f "$HP_STEP_DIR/postfix-before/$name" ]; then
    cp -p "$HP_STEP_DIR/postfix-before/$name" "$postfix_dir/$name"
  else
    rm -f "$postfix_dir/$name"
  fi
done
hp_log "vmm code and vmm.cfg ${archive:+restored from $archive}${archive:-removed (there were none)}; Postfix's pgsql-*.cf as before"
