# hostpanel-action shell library: sourced at the top of every step script.
# Lines starting with "@hostpanel " are read by the action (facts, errors, warnings);
# everything else is plain log output.

# hp_fact NAME VALUE: hands a value to the action and to later steps (as $NAME).
hp_fact() {
  printf '@hostpanel fact %s=%s\n' "$1" "$2"
}

# hp_fail MESSAGE: the one-line reason this step failed, then exit 1.
hp_fail() {
  printf '@hostpanel error %s\n' "$*"
  exit 1
}

# hp_warn MESSAGE: shown as a warning annotation on the workflow run.
hp_warn() {
  printf '@hostpanel warning %s\n' "$*"
}

hp_log() {
  printf '==> %s\n' "$*"
}

hp_have() {
  command -v "$1" >/dev/null 2>&1
}

# hp_save KEY VALUE / hp_load KEY [DEFAULT]: what a change records so that its undo
# can put things back exactly as they were (kept on the host, survives a lost runner).
hp_save() {
  mkdir -p "$HP_STEP_DIR"
  printf '%s\n' "$2" >"$HP_STEP_DIR/$1"
}

hp_load() {
  if [ -f "$HP_STEP_DIR/$1" ]; then
    cat "$HP_STEP_DIR/$1"
  else
    printf '%s\n' "${2-}"
  fi
}

# hp_wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND once a second.
hp_wait_until() {
  local limit=$1 what=$2 waited=0
  shift 2
  until "$@"; do
    if [ "$waited" -ge "$limit" ]; then
      return 1
    fi
    if [ $((waited % 10)) -eq 0 ]; then
      hp_log "waiting for $what (${waited}s of ${limit}s)"
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# hp_unit_state UNIT: "enabled/active" style summary used to restore a unit later.
hp_unit_state() {
  local enabled active
  enabled=$(systemctl is-enabled "$1" 2>/dev/null || true)
  active=$(systemctl is-active "$1" 2>/dev/null || true)
  printf '%s/%s\n' "${enabled:-unknown}" "${active:-unknown}"
}

# Runs on every script start: keeps the host lock's heartbeat fresh and loads the
# run's secrets, which travel by stdin into a 0600 file, never on a command line.
hp_begin() {
  if [ -d "$HP_RUN_DIR" ]; then
    touch "$HP_RUN_DIR/heartbeat"
    if [ -f "$HP_RUN_DIR/secrets.env" ]; then
      # shellcheck disable=SC1091
      . "$HP_RUN_DIR/secrets.env"
    fi
  fi
}

# hp_skip REASON: from a check, says the change is not needed (already in place).
hp_skip() {
  printf '@hostpanel skip %s\n' "$*"
  exit 0
}

# hp_stop_session PID: TERM to every process of a detached step's session, then KILL.
hp_stop_session() {
  local pid=$1
  if pgrep -s "$pid" >/dev/null; then
    pkill -TERM -s "$pid" || true
    hp_wait_until 30 "session $pid to stop" sh -c "! pgrep -s $pid >/dev/null" || pkill -KILL -s "$pid" || true
    hp_log "stopped the detached session $pid"
  fi
}

# hp_main_ip: the host's main IPv4 address (first global one), as panels bind to it.
hp_main_ip() {
  ip -4 -o addr show scope global 2>/dev/null | awk '{ split($4, a, "/"); print a[1]; exit }'
}

# hp_resolve4 NAME: the IPv4 addresses NAME resolves to on this host, one per line;
# nothing (and success) when it does not resolve, so callers under pipefail go on.
hp_resolve4() {
  { getent ahostsv4 "$1" 2>/dev/null || true; } | awk '{print $1}' | sort -u
}

# hp_os_release FIELD: a field of /etc/os-release (ID, VERSION_CODENAME, ...).
hp_os_release() {
  (
    # shellcheck disable=SC1091
    . /etc/os-release 2>/dev/null
    eval "printf '%s\n' \"\${$1:-}\""
  )
}
