# SQL user names and passwords need at least 6 characters from 1.2.1 on (1.2.1 errata), and
# the target asks again for any shorter one. Checks the answers the installer will get (the
# preseed input, else the restricted SQL users' data files) and fails before any change,
# naming each one that is too short.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

problems=$HP_RUN_DIR/preseed-problems
imscp_preseed /dev/null "$problems" >/dev/null
short=$(awk -F'\t' '$2 == "short" { print $3 }' "$problems")
if [ -n "$short" ]; then
  printf '%s\n' "$short"
  hp_report sql-users-too-short "$short"
  hp_fail "i-MSCP $TARGET_VERSION needs SQL user names and passwords of at least $SQL_MIN characters (1.2.1 errata): $(printf '%s' "$short" | awk -F' has ' '{ print $1 }' | paste -sd ',' | sed 's/,/, /g'); give new ones in the preseed input (KEY=value lines; nothing was changed)"
fi
hp_log "every SQL user name and password has at least $SQL_MIN characters"
