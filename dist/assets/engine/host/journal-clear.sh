# After a successful run the journal's remaining entries are no longer needed:
# the changes they could undo are the result the run was for.
[ ! -d "$HP_RUN_DIR/journal" ] || rm -rf "$HP_RUN_DIR/journal"
