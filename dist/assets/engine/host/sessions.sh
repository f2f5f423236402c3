# Ends what earlier sessions of the run in HP_RUN_DIR left running, then records this one
# there (session.PID.STARTTIME; the run's folder is there: the driver made HP_OUT in it)
# (not with HP_SESSION_KEEP=no: a run finishing another run's undo). A link lost during a
# script may go unnoticed by the host (dropped packets: sshd waits on), and its session's
# driver and script would run on beside the next session, or after the undo. Sessions are
# named pid.starttime by the driver (HP_SESSION), so a reused pid is left alone. TERM
# makes a driver stop its script's process group and end (driver.pl: abandon); one that
# has not ended in 15 s is killed with the process groups its shell started. The sshd
# that served the lost connection is stopped too. Builtins only, but for kill and sleep.

# hp_stat PID: HP_STAT gets the fields of /proc/PID/stat after the name (state, ppid, ...).
hp_stat() {
  local line
  { read -r line <"/proc/$1/stat"; } 2>/dev/null || return 1
  read -r -a HP_STAT <<<"${line##*) }"
}
# hp_session_alive PID.STARTTIME
hp_session_alive() {
  hp_stat "${1%%.*}" && [ "${HP_STAT[0]}" != Z ] && [ "${HP_STAT[19]}" = "${1#*.}" ]
}
# hp_comm PID: the process's name, or nothing.
hp_comm() {
  local name=''
  { read -r name <"/proc/$1/comm"; } 2>/dev/null || true
  printf '%s' "$name"
}
# hp_children PID...: the processes whose parent is one of them.
hp_children() {
  local stat pid
  for stat in /proc/[0-9]*/stat; do
    pid=${stat#/proc/}
    pid=${pid%/stat}
    hp_stat "$pid" || continue
    case " $* " in *" ${HP_STAT[1]} "*) printf '%s\n' "$pid" ;; esac
  done
}
for session in "$HP_RUN_DIR"/session.*; do
  [ -f "$session" ] || continue
  session=${session##*/session.}
  [ "$session" != "${HP_SESSION:-}" ] || continue
  if hp_session_alive "$session"; then
    pid=${session%%.*}
    above=${HP_STAT[1]}
    if [ "$(hp_comm "$above")" = sudo ] && hp_stat "$above"; then above=${HP_STAT[1]}; fi
    # shellcheck disable=SC2046 # the shell's pids, split on purpose
    mapfile -t groups < <(hp_children $(hp_children "$pid"))
    hp_log "ending session $session of run ${HP_RUN_DIR##*/}, which outlived its link"
    kill -TERM "$pid" 2>/dev/null || true
    for ((tries = 150; tries > 0; tries--)); do
      hp_session_alive "$session" || break
      sleep 0.1
    done
    if hp_session_alive "$session"; then
      hp_log "session $session did not end: killing it and its scripts"
      kill -KILL "$pid" ${groups[@]+"${groups[@]/#/-}"} 2>/dev/null || true
    fi
    if [[ "$(hp_comm "$above")" == sshd* ]]; then
      kill -TERM "$above" 2>/dev/null || true
    fi
  fi
  rm -f "$HP_RUN_DIR/session.$session"
done
if [ -n "${HP_SESSION:-}" ] && [ "${HP_SESSION_KEEP:-yes}" != no ]; then
  : >"$HP_RUN_DIR/session.$HP_SESSION"
fi
