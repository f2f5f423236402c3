# Pending undo entries of this run, newest first.
if [ -d "$HP_RUN_DIR/journal" ]; then
  ls -1 "$HP_RUN_DIR/journal" | sort -r
fi
