# 1.2.3 errata: iMSCP::HooksManager (an alias since 1.1.14) is gone; listener files use
# iMSCP::EventManager. The files are backed up first, the diff goes to the log, and each
# rewritten file must compile against the target release's own library.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

files=$(grep -l 'iMSCP::HooksManager' /etc/imscp/listeners.d/*.pl /etc/imscp/hooks.d/*.pl 2>/dev/null || true)
archive=$(hp_backup_dir imscp)/imscp-listeners-backup.tar.gz
printf '%s\n' "$files" | sed 's|^/||' | tar -C / -czf "$archive" -T -
chmod 600 "$archive"
hp_artifact "$archive"
for file in $files; do
  cp -p "$file" "$file.hostpanel-orig"
  sed -i 's/iMSCP::HooksManager/iMSCP::EventManager/g' "$file"
  diff -u "$file.hostpanel-orig" "$file" || true
  rm -f "$file.hostpanel-orig"
  perl -I "$RELEASE_DIR/engine/PerlLib" -c "$file" || hp_fail "$file does not compile against i-MSCP $TARGET_VERSION after the rewrite (backup: $archive)"
done
hp_report listeners-rewritten "$(printf '%s' "$files" | paste -sd ' ') (backup: $archive)"
