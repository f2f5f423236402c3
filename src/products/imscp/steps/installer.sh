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
# imscp_fatal: ": <Package::sub>: <message>" of the installer's last fatal line, from the
# log the release wrote it to ("[<time>] [fatal] <Package::sub>: <message>" in
# imscp-build.log or imscp-setup.log, 1.2.3:engine/PerlLib/iMSCP/Debug.pm:406; 1.2.0-1.2.2
# add "[fatal] Exit code: N", which says nothing more); only logs this run wrote (each run
# overwrites them). Control characters out, 300 at most.
imscp_fatal() {
  local line
  local logs
  logs=$(find /var/log/imscp -maxdepth 1 \( -name imscp-build.log -o -name imscp-setup.log \) -newer "$started" 2>/dev/null | sort)
  [ -n "$logs" ] || return 0
  # shellcheck disable=SC2086 # two paths without spaces
  line=$(cat $logs | sed -n 's/^\[[^]]*\] \[fatal\] //p' | grep -v '^Exit code: [0-9]*$' | tail -n 1 | tr -d '\000-\037\177' | cut -c1-300 || true)
  if [ -n "$line" ]; then printf ': %s' "$line"; fi
}

started=$HP_RUN_DIR/installer-started
: >"$started"
rc=0
perl imscp-autoinstall -d -n -p "$preseed" </dev/null 2>&1 | sed -u 's/\x1b\[[0-9;]*[A-Za-z]//g' || rc=$?
rm -f "$preseed"
hp_report installer-exit "$rc"
case "$rc" in
  0) ;;
  5) hp_fail "the installer stopped at a question under --noprompt (exit 5: a missing or bad preseed answer)$(imscp_fatal)" ;;
  *) hp_fail "the installer failed (exit $rc)$(imscp_fatal)" ;;
esac
version=$(imscp_conf Version)
[ "$version" = "$TARGET_VERSION" ] || hp_fail "the installer exited 0 but imscp.conf says Version ${version:-(none)}, not $TARGET_VERSION"
hp_log "i-MSCP $version installed"
