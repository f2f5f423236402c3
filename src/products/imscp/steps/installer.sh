# Runs the release's installer once, without prompts: perl imscp-autoinstall -d -n -p FILE,
# the preseed file generated from the inputs and the current configuration (0600, removed
# when the step ends). Never -l: it is broken in 1.2.0-1.2.4. Colour codes are stripped from
# what reaches the log. Exit 5 means the installer asked a question the preseed file did
# not answer well.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

preseed=$HP_RUN_DIR/preseed.pl
problems=$HP_RUN_DIR/preseed-problems
trap 'rm -f "$preseed"' EXIT
hp_log "answers (passwords not shown):"
imscp_preseed "$preseed" "$problems" | sed 's/^/  /'

cd "$RELEASE_DIR" || hp_fail "the release folder $RELEASE_DIR is gone"
hp_log "perl imscp-autoinstall -d -n -p $preseed   (in $RELEASE_DIR)"
rc=0
perl imscp-autoinstall -d -n -p "$preseed" </dev/null 2>&1 | sed -u 's/\x1b\[[0-9;]*[A-Za-z]//g' || rc=$?
rm -f "$preseed"
hp_report installer-exit "$rc"
case "$rc" in
  0) ;;
  5)
    likely=$(awk -F'\t' 'NR == 1 { print $1 ": " $3 }' "$problems")
    hp_fail "the installer stopped at a question under --noprompt (exit 5): a missing or bad preseed answer; likely key: ${likely:-none found (every answer the action wrote passed its checks; see imscp-setup.log)}"
    ;;
  *)
    fatal=$(grep -h 'FATAL' /var/log/imscp/imscp-autoinstall.log 2>/dev/null | tail -n 1 | cut -c1-300 || true)
    hp_fail "the installer failed (exit $rc)${fatal:+: $fatal}"
    ;;
esac
version=$(imscp_conf Version)
[ "$version" = "$TARGET_VERSION" ] || hp_fail "the installer exited 0 but imscp.conf says Version ${version:-(none)}, not $TARGET_VERSION"
hp_log "i-MSCP $version installed"
