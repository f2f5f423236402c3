# Generates the installer's answers once without keeping them (the installer step writes
# the real file) and warns about each answer that is missing or breaks a rule of the
# target release: under --noprompt the installer stops at such a question (exit 5).
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

problems=$HP_RUN_DIR/preseed-problems
imscp_preseed /dev/null "$problems"
doubts=""
while IFS=$'\t' read -r key kind reason; do
  [ "$kind" = short ] && continue
  hp_warn "preseed $key: $reason; the installer stops with exit 5 if it asks this question (set it with an input or in preseed)"
  doubts="$doubts $key"
done <"$problems"
hp_report preseed-doubts "${doubts:-none}"
