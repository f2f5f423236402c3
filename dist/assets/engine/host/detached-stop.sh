# Stops a detached step (timeout or cancellation).
pid=$(cat "$HP_RUN_DIR/detached/$HP_STEP/pid" 2>/dev/null || true)
if [ -n "$pid" ]; then
  hp_stop_session "$pid"
fi
