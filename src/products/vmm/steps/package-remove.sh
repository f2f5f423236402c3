# Undo of package: takes back exactly what the package step added, read from dpkg then and
# now. Packages dpkg did not have are purged (their configuration files too); those that
# had only their configuration files left go back to that state; nothing else is
# touched. The system groups (and users) that appeared are deleted, and the shadow
# tools' backup copies put back. /var/lib/vmm, which vmm's postinst makes and its purge
# leaves (dpkg: "not empty"), is removed where it did not exist before and holds no file.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

purge=() remove=()
while read -r package before; do
  if [ "$before" = rc ]; then remove+=("$package"); else purge+=("$package"); fi
done < <(vmm_dpkg_added "$HP_STEP_DIR/dpkg-before" with-state)
if [ "${#remove[@]}" -gt 0 ]; then
  hp_log "dpkg --remove ${remove[*]} (only their configuration files were there before)"
  DEBIAN_FRONTEND=noninteractive dpkg --remove "${remove[@]}" </dev/null
fi
if [ "${#purge[@]}" -gt 0 ]; then
  hp_log "dpkg --purge ${purge[*]}"
  DEBIAN_FRONTEND=noninteractive dpkg --purge "${purge[@]}" </dev/null
fi
[ "$(vmm_dpkg_added "$HP_STEP_DIR/dpkg-before" | grep -c .)" = 0 ] || hp_fail "dpkg still has packages the run added: $(vmm_dpkg_added "$HP_STEP_DIR/dpkg-before" | paste -sd ' ')"

# Users before groups: a group that is still a user's primary group cannot go.
new_accounts=$(vmm_accounts | comm -13 "$HP_STEP_DIR/accounts-before" -)
for kind in user group; do
  for name in $(printf '%s\n' "$new_accounts" | sed -n "s/^$kind //p"); do
    hp_log "${kind}del $name (added with the packages)"
    "${kind}del" "$name"
  done
done
keep=$(hp_backup_dir vmm)/account-files-before
if md5sum --status -c "$HP_STEP_DIR/account-files.md5" 2>/dev/null; then
  for file in "${VMM_ACCOUNT_FILES[@]}"; do
    if [ -e "$keep/${file##*/}-" ]; then cp -p "$keep/${file##*/}-" "$file-"; else rm -f "$file-"; fi
  done
else
  hp_warn "the account files (/etc/group, ...) changed otherwise too: their backup copies (/etc/group-, ...) are left as they are"
fi

if [ "$(hp_load var-lib-vmm)" != kept ] && [ -d /var/lib/vmm ] && [ -z "$(find /var/lib/vmm ! -type d -print -quit)" ]; then
  rm -r /var/lib/vmm
  hp_log "removed /var/lib/vmm (the postinst's empty folders)"
fi
hp_log "dpkg as before the run: purged ${purge[*]:-nothing}; back to configuration files only: ${remove[*]:-nothing}"
