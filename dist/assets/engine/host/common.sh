# What the engine's own scripts share; put before their pieces (not in the step library:
# steps have no use for it).

# hp_lock_holder: sets HP_LOCK_HOLDER to the pid of this run's host-lock holder while it
# lives; fails otherwise (no holder yet, or gone with a reboot). Builtins only: the lock
# script runs first in every run.
hp_lock_holder() {
  local pid='' arg args=()
  [ -f "$HP_RUN_DIR/lock.pid" ] && read -r pid <"$HP_RUN_DIR/lock.pid" || return 1
  case "$pid" in '' | *[!0-9]*) return 1 ;; esac
  { mapfile -d '' -t args <"/proc/$pid/cmdline"; } 2>/dev/null || return 1
  for arg in "${args[@]}"; do
    if [ "$arg" = hostpanel-lock ]; then
      # shellcheck disable=SC2034 # read by the engine's lock scripts
      HP_LOCK_HOLDER=$pid
      return 0
    fi
  done
  return 1
}
