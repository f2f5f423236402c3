# Ends a run on the host: a run with nothing left to undo leaves no trace but the
# logs the action has already copied; otherwise the journal stays for the post step.
if [ -d "$HP_RUN_DIR/journal" ] && [ -n "$(ls -A "$HP_RUN_DIR/journal")" ]; then
  hp_log "journal kept: $HP_RUN_DIR/journal"
else
  rm -rf "$HP_RUN_DIR"
fi
