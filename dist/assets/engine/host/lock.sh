# Takes the host lock for this run. flock(1) on a file under /var/lock: the kernel drops
# the lock when its last holder exits, so a vanished run can never leave a stale lock
# behind. A small holder process keeps it for the run and exits by itself when the run
# stops refreshing its heartbeat for HP_LOCK_STALE seconds (runner lost).
lock=/var/lock/hostpanel-action.lock
if [ ! -d "$HP_RUN_DIR" ] || [ ! -d /var/lock ]; then mkdir -p "$HP_RUN_DIR" /var/lock; fi
# Run again after a lost link: the lock is still ours while our holder lives (after a
# reboot it is gone, and is taken again below).
if hp_lock_holder; then
  hp_log "host lock still held by run $HP_RUN_ID"
  exit 0
fi
: >"$HP_RUN_DIR/heartbeat"
exec 9>>"$lock"
if ! flock -n 9; then
  hp_log "host is locked by: $(cat "$lock.owner" 2>/dev/null || echo 'unknown')"
  waited=0
  until flock -w 10 9; do
    waited=$((waited + 10))
    if [ "$waited" -ge "$HP_LOCK_WAIT" ]; then
      hp_fail "host lock not free after ${HP_LOCK_WAIT}s; held by: $(cat "$lock.owner" 2>/dev/null || echo 'unknown')"
    fi
    hp_log "still waiting for the host lock (${waited}s of ${HP_LOCK_WAIT}s)"
  done
fi
printf '%s\n' "$HP_OWNER" >"$lock.owner"
printf '%s\n' "$HP_OWNER" >"$HP_RUN_DIR/owner"

# Runs interrupted before their undo finished left a journal: the action finishes their
# undo before this run changes anything (runner.ts). Newest journal first; builtins only.
earlier=()
for journal in "$HP_HOME"/runs/*/journal; do
  if [ "${journal%/journal}" = "$HP_RUN_DIR" ] || ! compgen -G "$journal/*" >/dev/null; then continue; fi
  run=${journal%/journal}
  hp_log "an earlier run left changes that were never undone: ${run##*/}"
  at=${#earlier[@]}
  while [ "$at" -gt 0 ] && [ "$journal" -nt "${earlier[at - 1]}" ]; do
    earlier[at]=${earlier[at - 1]}
    at=$((at - 1))
  done
  earlier[at]=$journal
done
pending=''
for journal in ${earlier[@]+"${earlier[@]}"}; do # (bash 4.3: an empty array is unset)
  journal=${journal%/journal}
  pending+="${journal##*/} "
done
[ -z "$pending" ] || hp_report earlier-runs "${pending% }"

setsid bash --noprofile --norc -c '
  run_dir=$1 stale=$2
  alive() {
    local now beat pid
    now=$(date +%s)
    beat=$(stat -c %Y "$run_dir/heartbeat" 2>/dev/null || echo 0)
    [ $((now - beat)) -lt "$stale" ] && return 0
    # a detached long step (an installer) keeps the run alive while it works
    for pid in "$run_dir"/detached/*/pid; do
      [ -f "$pid" ] && kill -0 "$(cat "$pid")" 2>/dev/null && [ ! -f "${pid%/pid}/rc" ] && return 0
    done
    return 1
  }
  # sleep must not inherit the lock: it would outlive a killed holder by seconds
  while [ -d "$run_dir" ] && alive; do sleep 5 9>&-; done
' hostpanel-lock "$HP_RUN_DIR" "$HP_LOCK_STALE" </dev/null >/dev/null 2>&1 &
printf '%s\n' "$!" >"$HP_RUN_DIR/lock.pid"
hp_log "host lock taken for run $HP_RUN_ID"
