# Rewrites the queries of the Postfix pgsql-*.cf and Dovecot SQL files that still use
# vmm 0.5.2's views to the function calls of vmm 0.6: Postfix's from the release's own
# postfix/pgsql-*.cf (the package's examples for 0.7.0), Dovecot's as vmm's
# Configure.Dovecot_2 gives them. Every other line stays; each file is backed up and its
# diff printed. Running services reload the files.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

if [ "$TARGET_SOURCE" = package ]; then maps=$VMM_PKG_EXAMPLES/postfix; else maps=$RELEASE_DIR/postfix; fi
dir=$(hp_backup_dir vmm)
relative=()
for file in $STALE_FILES; do relative+=("${file#/}"); done
tar -C / -czf "$dir/configs-before.tar.gz" "${relative[@]}"
hp_save files "$STALE_FILES"
hp_save archive "$dir/configs-before.tar.gz"
hp_artifact "$dir/configs-before.tar.gz"

# map_for VIEW: the release's Postfix map file that replaces a query on VIEW.
map_for() {
  case "$1" in
    postfix_maildir) echo pgsql-virtual_mailbox_maps.cf ;;
    postfix_alias) echo pgsql-virtual_alias_maps.cf ;;
    postfix_transport) echo pgsql-transport_maps.cf ;;
    postfix_relocated) echo pgsql-relocated_maps.cf ;;
    postfix_uid) echo pgsql-virtual_uid_maps.cf ;;
  esac
}
# set_line FILE KEY VALUE: replaces the KEY = ... line (and its continuation lines).
set_line() {
  local tmp
  tmp=$(mktemp)
  VALUE=$3 awk -v key="$2" '
    skip && /^[[:space:]]/ { next }
    { skip = 0 }
    match($0, "^[[:space:]]*" key "[[:space:]]*=") { print key " = " ENVIRON["VALUE"]; skip = 1; next }
    { print }' "$1" >"$tmp"
  cat "$tmp" >"$1"
  rm -f "$tmp"
}

rewritten=""
for file in $STALE_FILES; do
  cp -p "$file" "$file.hostpanel-$HP_RUN_ID"
  case "$file" in
    *.cf)
      view=$(grep -oE "\\b(postfix_maildir|postfix_alias|postfix_transport|postfix_relocated|postfix_uid)\\b" "$file" | head -n 1)
      source=$maps/$(map_for "$view")
      [ -f "$source" ] || hp_fail "no ${source##*/} in $maps to replace $file's query on $view"
      query=$(sed -n 's/^[[:space:]]*query[[:space:]]*=[[:space:]]*//p' "$source" | head -n 1)
      set_line "$file" query "$query" ;;
    *)
      if grep -qE '^[[:space:]]*password_query[[:space:]]*=.*\bdovecot_password\b' "$file"; then
        set_line "$file" password_query "SELECT userid AS \"user\", password FROM dovecotpassword('%Ln', '%Ld') WHERE %Ls"
      fi
      if grep -qE '^[[:space:]]*user_query[[:space:]]*=.*\bdovecot_user\b' "$file"; then
        if grep -qE '^[[:space:]]*user_query[[:space:]]*=.*quota' "$file"; then
          set_line "$file" user_query "SELECT home, uid, gid, mail, quota_rule FROM dovecotquotauser('%Ln', '%Ld')"
        else
          set_line "$file" user_query "SELECT home, uid, gid, mail FROM dovecotuser('%Ln', '%Ld')"
        fi
      fi ;;
  esac
  hp_diff "$file.hostpanel-$HP_RUN_ID" "$file"
  rewritten="$rewritten $file"
done
hp_report configs-rewritten "${rewritten# } (originals: <file>.hostpanel-$HP_RUN_ID and $dir/configs-before.tar.gz)"
vmm_reload_running
