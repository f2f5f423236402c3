# Releases the host lock held by this run's holder process, if it is still ours.
lock=/var/lock/hostpanel-action.lock
if hp_lock_holder; then
  rm -f "$lock.owner"
  # the holder leads its own session (setsid): end all of it
  kill -- "-$HP_LOCK_HOLDER" 2>/dev/null || kill "$HP_LOCK_HOLDER" 2>/dev/null || true
fi
rm -f "$HP_RUN_DIR/lock.pid" "$HP_RUN_DIR/secrets.env"
