# shellcheck shell=bash disable=SC2034  # (settings used by the files that source this one)
# Shared settings and small helpers for sandbox.sh. Sourced, never run.

SANDBOX_CACHE=${HOSTPANEL_SANDBOX_CACHE:-/var/cache/hostpanel-sandbox}
SANDBOX_STATE=${HOSTPANEL_SANDBOX_STATE:-/run/hostpanel-sandbox}
# Every instance gets a cgroup below this one in the machine's cgroup2
# hierarchy: /sys/fs/cgroup with systemd (v2 only), /sys/fs/cgroup/unified on
# a hybrid machine.
SANDBOX_CGROUP2=$(findmnt -rn -t cgroup2 -o TARGET | head -n 1) || true
SANDBOX_CGROUP_ROOT=${SANDBOX_CGROUP2:-/sys/fs/cgroup}/hostpanel-sandbox
# 10.200.ID.0/30 per instance: .1 on the machine side, .2 inside the host.
SANDBOX_NET_PREFIX=10.200
SANDBOX_ID_MAX=250
# Metric of the per-instance "unreachable" safety route: above any connected route.
SANDBOX_SAFETY_METRIC=4000
# Names of kernel objects carry this prefix so that `down --all` finds strays.
SANDBOX_TAG=hpsb

# Seconds elapsed since $1 (an $EPOCHREALTIME), with one decimal.
since() {
  local now=${EPOCHREALTIME//[!0-9]/} then=${1//[!0-9]/}
  local ds=$(((now - then) / 100000))
  printf '%d.%d' $((ds / 10)) $((ds % 10))
}

log() { printf 'sandbox: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

require_root() {
  [[ $EUID -eq 0 ]] || die "must run as root (it creates namespaces, mounts and network links)"
}

# Instance names end up in file, netns and cgroup names: keep them simple.
check_name() {
  [[ ${1:-} =~ ^[a-z0-9][a-z0-9_-]{0,31}$ ]] ||
    die "bad instance name '${1:-}' (use 1-32 of a-z 0-9 _ -, starting with a letter or digit)"
}

# Names derived from the instance name / id, so that down can find them even
# when up failed before writing anything down.
state_dir() { printf '%s/%s' "$SANDBOX_STATE" "$1"; }
netns_name() { printf '%s-%s' "$SANDBOX_TAG" "$1"; }
cgroup_dir() { printf '%s/%s' "$SANDBOX_CGROUP_ROOT" "$1"; }
# Instance $1's cgroup in every hierarchy that has one (on a hybrid machine
# nspawn mirrors it in the name=systemd hierarchy).
cgroups_of() {
  local root
  for root in $(findmnt -rn -t cgroup2,cgroup -o TARGET); do
    [[ ! -d $root/${SANDBOX_CGROUP_ROOT##*/}/$1 ]] || printf '%s\n' "$root/${SANDBOX_CGROUP_ROOT##*/}/$1"
  done
}
veth_name() { printf '%s%s' "$SANDBOX_TAG" "$1"; }     # machine side, by id
subnet_of() { printf '%s.%s.0/30' "$SANDBOX_NET_PREFIX" "$1"; }
gateway_of() { printf '%s.%s.1' "$SANDBOX_NET_PREFIX" "$1"; }
address_of() { printf '%s.%s.2' "$SANDBOX_NET_PREFIX" "$1"; }

# The host's PID 1 as seen from the machine, or nothing if it is not running.
host_pid() {
  local pid
  pid=$(cat "$(state_dir "$1")/pid" 2>/dev/null) || return 0
  # A zombie (killed, not yet reaped) is not running.
  [[ $pid =~ ^[0-9]+$ ]] && [[ $(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) =~ ^[^ZX]$ ]] &&
    printf '%s' "$pid"
  return 0
}

# Take an exclusive lock on FILE, held on fd $LOCK_FD until unlock (or exit).
lock() {
  mkdir -p "$(dirname "$1")"
  exec {LOCK_FD}>>"$1"
  flock "$LOCK_FD"
}
unlock() { exec {LOCK_FD}>&-; }
