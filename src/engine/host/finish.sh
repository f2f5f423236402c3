# Ends a run on the host: a run with nothing left to undo leaves no trace but the
# logs the action has already copied; otherwise the journal stays for the post step.
# (compgen: a builtin, where ls would cost a process)
if compgen -G "$HP_RUN_DIR/journal/*" >/dev/null; then
  hp_log "journal kept: $HP_RUN_DIR/journal"
else
  rm -rf "$HP_RUN_DIR"
fi
