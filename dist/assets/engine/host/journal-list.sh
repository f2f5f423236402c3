# Pending undo entries of this run, newest first.
if [ -d "$HP_RUN_DIR/journal" ]; then
  find "$HP_RUN_DIR/journal" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -r
fi
