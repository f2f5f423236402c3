# Starts the step script (already written to $dir/script.sh) in its own session, so
# that neither a dropped SSH link nor the end of this shell can stop it. Its output
# goes to a file the action follows, its exit status to another. Run again after a
# lost link, it starts nothing twice.
dir="$HP_RUN_DIR/detached/$HP_STEP"
if [ -f "$dir/pid" ]; then
  hp_log "already started (pid $(cat "$dir/pid"))"
  exit 0
fi
rm -f "$dir/rc" "$dir/output.log"
: >"$dir/output.log"
setsid bash --noprofile --norc -c '
  bash --noprofile --norc "$1/script.sh" >"$1/output.log" 2>&1 </dev/null
  echo $? >"$1/rc.tmp" && mv "$1/rc.tmp" "$1/rc"
' hostpanel-detached "$dir" </dev/null >/dev/null 2>&1 &
printf '%s\n' "$!" >"$dir/pid"
