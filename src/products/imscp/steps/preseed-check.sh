# Generates the installer's answers once without keeping them (the installer step writes
# the real file), each with its source in the log, and fails before any change naming each
# answer that is missing or breaks the target release's rule: the installer would ask it,
# which under --noprompt is exit 5 after its copy phase. Answers too short for the 1.2.1
# rule are the sql-users step's.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

problems=$HP_RUN_DIR/preseed-problems
imscp_preseed /dev/null "$problems"
refused=""
keys=""
while IFS=$'\t' read -r key kind reason; do
  case "$kind" in
    short) ;;
    notice) hp_warn "preseed $key: $reason" ;;
    *)
      refused="$refused; $key: $reason"
      keys="$keys $key"
      ;;
  esac
done <"$problems"
hp_report preseed-refused "${keys# }"
[ -z "$refused" ] || hp_fail "i-MSCP $TARGET_VERSION's installer would stop at these questions (exit 5, after replacing its code)${refused#;} (nothing was changed)"
hp_log "every question i-MSCP $TARGET_VERSION can ask here has an answer it takes"
