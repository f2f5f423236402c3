# Prints the detached step's exit status, "running", or "lost" if it vanished without one.
dir="$HP_RUN_DIR/detached/$HP_STEP"
if [ -f "$dir/rc" ]; then
  cat "$dir/rc"
elif kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
  echo running
else
  echo lost
fi
