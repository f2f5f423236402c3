# Stops every detached step of the run that is still working (post step after a kill).
for pidfile in "$HP_RUN_DIR"/detached/*/pid; do
  [ -f "$pidfile" ] || continue
  hp_stop_session "$(cat "$pidfile")"
done
