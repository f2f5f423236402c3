# shellcheck shell=bash disable=SC2034  # (settings used by the files that source this one)
# Shared settings and small helpers for sandbox.sh. Sourced, never run.

SANDBOX_CACHE=${HOSTPANEL_SANDBOX_CACHE:-/var/cache/hostpanel-sandbox}
SANDBOX_STATE=${HOSTPANEL_SANDBOX_STATE:-/run/hostpanel-sandbox}
# Every instance gets a cgroup below this one in the machine's cgroup2
# hierarchy: /sys/fs/cgroup on a unified machine, /sys/fs/cgroup/unified on a
# hybrid one; where there is none, up mounts one at SANDBOX_CGROUP2_FALLBACK.
SANDBOX_CGROUP2_FALLBACK=/run/hostpanel-sandbox-cgroup2
SANDBOX_CGROUP2=$(findmnt -rn -t cgroup2 -o TARGET | head -n 1) || true
SANDBOX_CGROUP_ROOT=${HOSTPANEL_SANDBOX_CGROUP:-${SANDBOX_CGROUP2:-$SANDBOX_CGROUP2_FALLBACK}/hostpanel-sandbox}
# 10.200.ID.0/30 per instance: .1 on the machine side, .2 inside the host.
SANDBOX_NET_PREFIX=10.200
SANDBOX_ID_MAX=250
# Metric of the per-instance "unreachable" safety route: above any connected route.
SANDBOX_SAFETY_METRIC=4000
# Names of kernel objects carry this prefix so that `down --all` finds strays.
SANDBOX_TAG=hpsb

# Capabilities a host keeps (its bounding set). Left out on purpose:
# sys_module, sys_rawio, sys_time, sys_pacct, mknod, syslog, mac_admin,
# mac_override, wake_alarm, block_suspend, audit_read, perfmon, bpf,
# checkpoint_restore: a host must not touch the machine's kernel, clock or
# devices.
SANDBOX_CAPS=(chown dac_override dac_read_search fowner fsetid kill setgid setuid setpcap
  linux_immutable net_bind_service net_broadcast net_admin net_raw ipc_lock ipc_owner
  sys_chroot sys_ptrace sys_admin sys_boot sys_nice sys_resource sys_tty_config lease
  audit_write audit_control setfcap)

# SANDBOX_CAPS in setpriv's --bounding-set syntax.
caps_bounding_set() {
  local IFS=, caps=("${SANDBOX_CAPS[@]/#/+}")
  printf -- '-all,%s' "${caps[*]}"
}

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
