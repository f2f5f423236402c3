# Runs one undo entry; it leaves the journal only once it succeeded. What the undo said
# (hp_report, hp_warn, hp_fail) is in its own result folder, HP_UNDO_OUT: it is moved
# into this script's, which the action reads.
entry="$HP_RUN_DIR/journal/$HP_JOURNAL_ENTRY"
if [ -f "$entry" ]; then
  rc=0
  bash --noprofile --norc "$entry" || rc=$?
  shopt -s nullglob
  said=("$HP_UNDO_OUT"/*)
  [ ${#said[@]} -eq 0 ] || mv -f -- "${said[@]}" "$HP_OUT/"
  [ "$rc" -eq 0 ] || exit "$rc"
  rm -f "$entry"
fi
