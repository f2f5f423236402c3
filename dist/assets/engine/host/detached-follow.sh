# Prints the detached step's output from byte HP_OFFSET on, for up to HP_FOLLOW_SECONDS.
# Exit 0: the step has ended (all output printed); exit 3: still running.
dir="$HP_RUN_DIR/detached/$HP_STEP"
pid=$(cat "$dir/pid")
if timeout "$HP_FOLLOW_SECONDS" tail -c +"$((HP_OFFSET + 1))" --pid="$pid" -s 0.5 -f "$dir/output.log"; then
  exit 0
fi
exit 3
