# install (0.6.x): the release's install.sh (code under /usr/local, vmm.cfg to
# /usr/local/etc unless one exists, the Postfix pgsql-*.cf into Postfix's folder), the
# Postfix files it replaces kept first (and what was there of vmm, for the undo); then
# `vmm version` must show the target.
# install.sh copies the release's files as they are (password empty, hosts localhost):
# where it replaced a file, that file's connection (hosts, user, password, dbname) is
# carried into the release's, so that Postfix goes on reaching the database; new ones
# get this run's database and host, and a warning to set their password.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

dir=$(hp_backup_dir vmm)
# For the undo (install-restore.sh): whatever vmm code or vmm.cfg was there before.
# shellcheck disable=SC2086 # globs of the installed code
vmm_keep_code $VMM_TARBALL_CODE $VMM_CFG_PLACES >/dev/null
postfix_dir=$(vmm_postfix_dir)
before=$HP_STEP_DIR/postfix-before
rm -rf "$before" && mkdir -p "$before"
existing=()
for cf in "$postfix_dir"/pgsql-*.cf; do
  if [ -f "$cf" ]; then existing+=("${cf#/}"); cp -p "$cf" "$before/"; fi
done
if [ "${#existing[@]}" -gt 0 ]; then
  tar -C / -czf "$dir/postfix-before.tar.gz" "${existing[@]}"
  hp_report postfix-before "$dir/postfix-before.tar.gz: ${existing[*]}"
fi
hp_log "cd $RELEASE_DIR && ./install.sh"
(cd "$RELEASE_DIR" && ./install.sh) </dev/null || hp_fail "install.sh failed (see the log)"
carried=""
added=""
for release_cf in "$RELEASE_DIR"/postfix/pgsql-*.cf; do
  name=${release_cf##*/}
  [ -f "$postfix_dir/$name" ] || continue
  vmm_cf_connection "$postfix_dir/$name" "$before/$name"
  if [ -f "$before/$name" ]; then carried="$carried $name"; else added="$added $name"; fi
done
[ -z "$carried" ] || hp_report postfix-connection "kept the database connection of:$carried"
if [ -n "$added" ]; then
  hp_report postfix-maps "added to $postfix_dir:$added (database $PG_NAME on ${PG_HOST:-localhost})"
  hp_warn "Postfix maps added to $postfix_dir:$added: set their password (the Postfix database user's) and point main.cf at them"
fi
version=$(vmm_installed_version)
[ "$version" = "$TARGET_VERSION" ] || hp_fail "install.sh ended but vmm version says ${version:-nothing}"
