# The detached step's exit status, or a failure if it vanished without one.
dir="$HP_RUN_DIR/detached/$HP_STEP"
if [ -f "$dir/rc" ]; then
  printf '@hostpanel exit %s\n' "$(cat "$dir/rc")"
elif kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
  printf '@hostpanel exit running\n'
else
  hp_fail "the detached step ended without an exit status (host rebooted or process killed)"
fi
