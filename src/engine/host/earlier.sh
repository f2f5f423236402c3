# What an earlier run left (HP_RUN_DIR is that run's folder): who ran it and its undo
# entries, newest first, for the log and the report.
owner=unknown
[ ! -f "$HP_RUN_DIR/owner" ] || read -r owner <"$HP_RUN_DIR/owner" || true
hp_log "run ${HP_RUN_DIR##*/}, by: $owner"
hp_report owner "$owner"
entries=$(find "$HP_RUN_DIR/journal" -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -r | tr '\n' ' ' || true)
hp_log "changes it left, to undo newest first: ${entries:-none}"
hp_report entries "${entries% }"
