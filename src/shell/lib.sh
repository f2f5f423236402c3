# hostpanel-action shell library: sourced at the top of every step script.
# What a step tells the action (facts, its failure reason, warnings, a skip, report
# details, files to keep) goes into files in its own result folder, $HP_OUT, which the
# action reads after the script ends. Its output is only ever log text: nothing a
# program prints can set a fact or a result.

# hp__put NAME VALUE: one result file (internal).
hp__put() {
  printf '%s' "$2" >"$HP_OUT/$1"
}

# hp_fact NAME VALUE: hands a value to the action and to later steps (as $NAME).
hp_fact() {
  case "$1" in [A-Z]*) ;; *) printf 'hp_fact: bad name %s\n' "$1" >&2; exit 2 ;; esac
  hp__put "fact.$1" "$2"
}

# hp_fail MESSAGE: the one-line reason this step failed, then exit 1.
hp_fail() {
  hp__put error "$*"
  printf 'FAILED: %s\n' "$*" >&2
  exit 1
}

# hp_warn MESSAGE: shown as a warning annotation on the workflow run.
hp_warn() {
  printf '%s\n' "$*" >>"$HP_OUT/warnings"
  printf 'WARNING: %s\n' "$*" >&2
}

# hp_report KEY VALUE: a detail for report.json and the summary (rows changed, lines
# an upgrade script printed...). VALUE may span lines.
hp_report() {
  hp__put "report.$1" "$2"
}

# hp_artifact PATH: a host file to copy into log-dir after this step (a backup, a log).
hp_artifact() {
  printf '%s\n' "$1" >>"$HP_OUT/artifacts"
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

# hp_unit_states UNIT...: one line "UNIT enabled/active" for each UNIT that exists (its
# unit-file and active states, used to restore it later), all from one systemctl call.
hp_unit_states() {
  systemctl show --property=Id,LoadState,UnitFileState,ActiveState -- "$@" 2>/dev/null | awk -F= '
    function flush() {
      if (v["Id"] != "" && v["LoadState"] != "not-found")
        printf "%s %s/%s\n", v["Id"], (v["UnitFileState"] == "" ? "unknown" : v["UnitFileState"]), (v["ActiveState"] == "" ? "unknown" : v["ActiveState"])
      split("", v)
    }
    /^$/ { flush(); next }
    { v[$1] = substr($0, length($1) + 2) }
    END { flush() }'
}

# Runs on every script start: keeps the host lock's heartbeat fresh and loads the
# run's secrets, which travel by stdin into a 0600 file, never on a command line. In the
# action's session (HP_SESSION) the driver has made $HP_OUT and refreshed the heartbeat
# already: no process is started here then.
hp_begin() {
  [ -d "$HP_OUT" ] || (umask 077 && mkdir -p "$HP_OUT")
  if [ -d "$HP_RUN_DIR" ]; then
    [ -n "${HP_SESSION:-}" ] || touch "$HP_RUN_DIR/heartbeat"
    if [ -f "$HP_RUN_DIR/secrets.env" ]; then
      # shellcheck disable=SC1091
      . "$HP_RUN_DIR/secrets.env"
    fi
  fi
}

# hp_skip REASON: from a check, says the change is not needed (already in place).
hp_skip() {
  hp__put skip "$*"
  printf 'skip: %s\n' "$*"
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

# hp_url_host HOST: HOST as written in a URL (an IPv6 address in brackets).
hp_url_host() {
  case "$1" in *:*) printf '[%s]\n' "$1" ;; *) printf '%s\n' "$1" ;; esac
}

# hp_resolve4 NAME: the IPv4 addresses NAME resolves to on this host, one per line;
# nothing (and success) when it does not resolve, so callers under pipefail go on.
hp_resolve4() {
  { getent ahostsv4 "$1" 2>/dev/null || true; } | awk '{print $1}' | sort -u
}

# hp_fetch_release DIR: the vendor release named by release-path (a folder, or a tar
# archive, on the host) or release-url (https), unpacked into DIR/unpacked; a download's
# sha256 becomes the fact RELEASE_SHA256. Nothing outside DIR changes.
hp_fetch_release() {
  local work=$1 sum
  rm -rf "$work"
  mkdir -p "$work/unpacked"
  if [ -n "$RELEASE_PATH" ]; then
    if [ -d "$RELEASE_PATH" ]; then
      cp -a "$RELEASE_PATH" "$work/unpacked/"
    elif [ -f "$RELEASE_PATH" ]; then
      tar -xf "$RELEASE_PATH" -C "$work/unpacked" || hp_fail "$RELEASE_PATH is not a readable tar archive"
    else
      hp_fail "release-path $RELEASE_PATH does not exist on the host"
    fi
    hp_log "release from $RELEASE_PATH"
  else
    hp_log "curl $RELEASE_URL"
    curl -fsSL --proto '=https' --retry 3 -o "$work/release.tar" "$RELEASE_URL" || hp_fail "could not download $RELEASE_URL"
    sum=$(sha256sum "$work/release.tar" | cut -d' ' -f1)
    hp_log "sha256 $sum"
    hp_fact RELEASE_SHA256 "$sum"
    tar -xf "$work/release.tar" -C "$work/unpacked" || hp_fail "$RELEASE_URL is not a tar archive"
    rm -f "$work/release.tar"
  fi
}

# hp_backup_dir PRODUCT: where this run keeps its backups on the host (root only).
hp_backup_dir() {
  local dir=/var/backups/hostpanel-$1/$HP_RUN_ID
  mkdir -p "$dir"
  chmod 700 "/var/backups/hostpanel-$1" "$dir"
  printf '%s\n' "$dir"
}

# hp_iec BYTES: a size as people read it (1.5GiB).
hp_iec() {
  numfmt --to=iec-i --suffix=B "$1"
}

# hp_backup_room PRODUCT NEED WHY COPY: before any change, the room for this run's backup:
# NEED bytes free where hp_backup_dir PRODUCT keeps it (WHY says what they hold), and,
# when the copy of about COPY bytes is within backup-download-limit, COPY bytes free in
# the runner's log-dir (RUNNER_FREE, measured on the runner as the run started). Fails
# saying what is needed and what is free.
hp_backup_room() {
  local place=/var/backups/hostpanel-$1 free
  while [ ! -d "$place" ]; do place=$(dirname "$place"); done
  free=$(df -P -B1 "$place" | awk 'NR == 2 { print $4 }')
  hp_log "backup room: $(hp_iec "$2") needed ($3), $(hp_iec "$free") free on $place"
  [ "$free" -ge "$2" ] || hp_fail "not enough free space for the backup: $(hp_iec "$2") needed on $place ($3), $(hp_iec "$free") free (nothing was changed)"
  if [ "$BACKUP_DOWNLOAD_LIMIT" != 0 ] && [ "$4" -le "$BACKUP_DOWNLOAD_LIMIT" ]; then
    hp_log "runner room: about $(hp_iec "$4") for the backup's copy, $(hp_iec "$RUNNER_FREE") free in log-dir"
    [ "$RUNNER_FREE" -ge "$4" ] || hp_fail "not enough free space on the runner for the backup's copy: about $(hp_iec "$4") needed in log-dir, $(hp_iec "$RUNNER_FREE") free; set backup-download-limit lower, or 0 to keep the backup on the host only (nothing was changed)"
  fi
}

# hp_backup_keep PATH: PATH is this run's backup (the fact BACKUP). It stays on the host,
# where the undo reads it; it is copied into the runner's log-dir only within
# backup-download-limit and the room the runner had. The report's backup-copy says which.
hp_backup_keep() {
  local size
  size=$(stat -c %s "$1")
  hp_fact BACKUP "$1"
  if [ "$BACKUP_DOWNLOAD_LIMIT" = 0 ]; then
    hp_report backup-copy "not copied to the runner (backup-download-limit is 0)"
  elif [ "$size" -gt "$BACKUP_DOWNLOAD_LIMIT" ]; then
    hp_report backup-copy "not copied to the runner: its $(hp_iec "$size") are over backup-download-limit ($(hp_iec "$BACKUP_DOWNLOAD_LIMIT"))"
  elif [ "$size" -gt "$RUNNER_FREE" ]; then
    hp_warn "the backup ($(hp_iec "$size")) was not copied to the runner: its log-dir had $(hp_iec "$RUNNER_FREE") free; it is on the host at $1"
    hp_report backup-copy "not copied to the runner: its log-dir had $(hp_iec "$RUNNER_FREE") free for its $(hp_iec "$size")"
  else
    hp_artifact "$1"
    hp_report backup-copy "copied into the runner's log-dir ($(hp_iec "$size"))"
  fi
}

# hp_restart UNIT...: restarts the units, then prints those that do not run, each after a
# space (nothing when all run); the caller says when that is a failure.
hp_restart() {
  local unit stopped=""
  for unit in "$@"; do
    systemctl restart "$unit" || printf 'could not restart %s\n' "$unit" >&2
  done
  for unit in "$@"; do
    [ "$(systemctl is-active "$unit" 2>/dev/null || true)" = active ] || stopped="$stopped $unit"
  done
  printf '%s' "$stopped"
}

# hp_prove_restored BEFORE AFTER LEGEND SAME: shows the database's proof taken before the
# run (BEFORE) beside the one taken after its restore (AFTER), a "table ..." line each, and
# fails unless they are identical; LEGEND says what a line holds, SAME what was compared.
# The verdict goes into the report too (hp_report restore-proof).
hp_prove_restored() {
  printf 'restore proof (%s), before the run | after the restore:\n' "$3"
  paste -d'|' "$1" "$2" | sed 's/^/  /'
  cmp -s "$1" "$2" || hp_fail "the restored database differs from the backup (see the undo's log)"
  local proof
  proof="$(wc -l <"$2") tables, row counts and $4 identical to the backup"
  hp_report restore-proof "$proof"
  printf 'restore proven: %s\n' "$proof"
}

# hp_diff OLD NEW: what changed in a configuration file, for the log, with password values
# blanked: a changed or a context line may hold one (pass = ..., password: ..., a connect
# string's password=...), and the host's own credentials are not inputs the action knows.
hp_diff() {
  diff -u "$1" "$2" | sed -E -e 's/^([ +-][[:space:]]*[A-Za-z_]*pass(word|wd)?[[:space:]]*[=:][[:space:]]*).*/\1***/' \
    -e 's/(password|passwd)=[^[:space:]]*/\1=***/g' || true
}

# hp_os_release FIELD: a field of /etc/os-release (ID, VERSION_CODENAME, ...).
hp_os_release() {
  (
    # shellcheck disable=SC1091
    . /etc/os-release 2>/dev/null
    eval "printf '%s\n' \"\${$1:-}\""
  )
}
