# Waits for whoever holds the dpkg/apt locks, then stops them, naming each one, and lets
# dpkg finish any half-configured package.
locks="/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/cache/apt/archives/lock"
# One fuser for all of them: each call reads every process's open files.
held() {
  local lock existing=()
  for lock in $locks; do
    [ -e "$lock" ] && existing+=("$lock")
  done
  [ "${#existing[@]}" -gt 0 ] && fuser "${existing[@]}" >/dev/null 2>&1
}
free() { ! held; }
if ! held; then
  hp_log "dpkg and apt locks are free"
  exit 0
fi
if hp_wait_until "$DPKG_LOCK_WAIT" "the dpkg/apt locks" free; then
  hp_log "dpkg and apt locks were released"
  exit 0
fi
for lock in $locks; do
  [ -e "$lock" ] || continue
  for pid in $(fuser "$lock" 2>/dev/null); do
    what=$(ps -o args= -p "$pid" 2>/dev/null) || continue
    hp_warn "stopping PID $pid ($what), which held $lock for more than ${DPKG_LOCK_WAIT}s"
    kill "$pid" 2>/dev/null || true
  done
done
hp_wait_until 15 "lock holders to exit" free || {
  for lock in $locks; do fuser -k -KILL "$lock" 2>/dev/null || true; done
}
! held || hp_fail "the dpkg/apt locks are still held after stopping their holders"
dpkg --configure -a
hp_log "dpkg and apt locks cleared"
