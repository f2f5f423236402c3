# Releases the host lock held by this run's holder process, if it is still ours.
lock=/var/lock/hostpanel-action.lock
if [ -f "$HP_RUN_DIR/lock.pid" ]; then
  holder=$(cat "$HP_RUN_DIR/lock.pid")
  if grep -q hostpanel-lock "/proc/$holder/cmdline" 2>/dev/null; then
    rm -f "$lock.owner"
    # the holder leads its own session (setsid): end all of it
    kill -- "-$holder" 2>/dev/null || kill "$holder" 2>/dev/null || true
  fi
  rm -f "$HP_RUN_DIR/lock.pid"
fi
rm -f "$HP_RUN_DIR/secrets.env"
