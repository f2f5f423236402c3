# Runs one undo entry; it leaves the journal only once it succeeded.
entry="$HP_RUN_DIR/journal/$HP_JOURNAL_ENTRY"
if [ -f "$entry" ]; then
  bash --noprofile --norc "$entry"
  rm -f "$entry"
fi
