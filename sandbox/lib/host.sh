# shellcheck shell=bash
# Host lifecycle: up, down, exec, list, cut/restore (the host itself: boot.sh). Sourced.

HOST_FQDN=${HOSTPANEL_SANDBOX_HOSTNAME:-panel.sandbox.test}
READY_TIMEOUT=${HOSTPANEL_SANDBOX_READY_TIMEOUT:-60}

# ---------------------------------------------------------------- up

cmd_up() {
  local name=$1 dir id image
  check_name "$name"
  UP_STARTED=$EPOCHREALTIME
  dir=$(state_dir "$name")
  if [[ -n $(host_pid "$name") && -s $dir/host.env ]]; then
    log "$name is already up"
    cat "$dir/host.env"
    return 0
  fi
  if [[ -n $(leftovers "$name" "$(cat "$dir/id" 2>/dev/null)") ]]; then
    log "$name: clearing what a stopped or failed instance left"
    down_one "$name"
  fi
  image=$(cmd_image | tail -n 1)

  # Anything failing from here on takes the half-made instance down again.
  # (Expanded now: the trap runs after this function's locals are gone.)
  # shellcheck disable=SC2064
  trap "up_failed $name" EXIT

  # The id (and so the subnet) is taken under a lock, together with its
  # safety route, so parallel `up`s never pick the same one.
  lock "$SANDBOX_STATE/.lock"
  id=$(allocate_id)
  mkdir -p "$dir"
  echo "$id" >"$dir/id"
  safety_route_add "$id"
  unlock

  make_credentials "$name" "$id"
  net_up "$name" "$id"
  mkdir -p "$dir/upper" "$dir/work" "$dir/rootfs" "$(cgroup_dir "$name")"
  cat >"$dir/boot.env" <<ENV
IMAGE=$image
ADDRESS=$(address_of "$id")
GATEWAY=$(gateway_of "$id")
HOST_FQDN=$HOST_FQDN
MACHINE_ID=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
ENV
  # The supervisor runs (detached) as long as the host does, in the
  # instance's cgroup and a mount namespace of its own (lib/boot.sh).
  (
    echo "$BASHPID" >"$(cgroup_dir "$name")/cgroup.procs"
    exec setsid -f unshare --mount --propagation private bash "$SANDBOX_SCRIPT" __supervise "$name"
  ) </dev/null >>"$dir/console.log" 2>&1
  wait_ready "$name" "$id"

  write_host_env "$name" "$id"
  trap - EXIT
  log "$name up in $(since "$UP_STARTED") s (sshd answered after $SSHD_AFTER s): root@$(address_of "$id")"
  cat "$dir/host.env"
}

up_failed() {
  local status=$? name=$1
  trap - EXIT
  set +e
  log "up $name failed; last lines of its console:"
  tail -n 20 "$(state_dir "$name")/console.log" >&2 2>/dev/null
  if [[ -n ${HOSTPANEL_SANDBOX_KEEP_FAILED:-} ]]; then
    log "kept for inspection (HOSTPANEL_SANDBOX_KEEP_FAILED); remove with: sandbox.sh down $name"
  else
    cmd_down "$name" >&2
  fi
  exit $((status ? status : 1))
}

# Client key, SSH host keys, test CA and the gateway's certificate.
make_credentials() {
  local name=$1 id=$2 dir t
  dir=$(state_dir "$name")
  mkdir -p "$dir/hostkeys" "$dir/tls"
  take_rsa_key "$dir/hostkeys/ssh_host_rsa_key"
  ssh-keygen -q -t ecdsa -N '' -C "root@$HOST_FQDN" -f "$dir/hostkeys/ssh_host_ecdsa_key"
  ssh-keygen -q -t ed25519 -N '' -C "root@$HOST_FQDN" -f "$dir/hostkeys/ssh_host_ed25519_key"
  ssh-keygen -q -t ed25519 -N '' -C "hostpanel-sandbox-$name" -f "$dir/id_ed25519"
  printf '%s %s\n' "$(address_of "$id")" "$(cut -d' ' -f1-2 "$dir/hostkeys/ssh_host_ed25519_key.pub")" \
    >"$dir/known_hosts"

  t=$dir/tls
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 365 \
    -subj "/CN=hostpanel sandbox CA ($name)" -keyout "$t/ca.key" -out "$t/ca.crt" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -subj "/CN=$(gateway_of "$id")" -keyout "$t/gateway.key" -out "$t/gateway.csr" 2>/dev/null
  openssl x509 -req -in "$t/gateway.csr" -CA "$t/ca.crt" -CAkey "$t/ca.key" -days 365 \
    -out "$t/gateway.crt" -extfile <(printf '%s\n' \
      "subjectAltName=IP:$(gateway_of "$id"),DNS:gateway.sandbox.test" \
      "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature" \
      "extendedKeyUsage=serverAuth") 2>/dev/null
  rm "$t/gateway.csr"
  chmod 600 "$t"/*.key
}

# An RSA host key takes most of a second to make, so keys are made ahead, in
# the background, into a small pool; each is used once.
RSA_POOL=$SANDBOX_CACHE/rsa-pool
RSA_POOL_SIZE=4

take_rsa_key() {
  local key mine=$RSA_POOL/.taken.$$
  for key in "$RSA_POOL"/*.key; do
    # Whoever renames the private key first owns the pair (a rename in the
    # same directory is atomic; a move to the state directory may not be).
    if mv -T "$key" "$mine" 2>/dev/null; then
      mv "$mine" "$1"
      mv "$key.pub" "$1.pub"
      setsid -f bash "$SANDBOX_SCRIPT" __fill-rsa-pool </dev/null >/dev/null 2>&1
      return 0
    fi
  done
  ssh-keygen -q -t rsa -b 3072 -N '' -C "root@$HOST_FQDN" -f "$1"
  setsid -f bash "$SANDBOX_SCRIPT" __fill-rsa-pool </dev/null >/dev/null 2>&1
}

cmd_fill_rsa_pool() {
  local tmp
  mkdir -p "$RSA_POOL"
  exec {LOCK_FD}>>"$RSA_POOL/.lock"
  flock -n "$LOCK_FD" || return 0   # another one is filling it
  while (($(find "$RSA_POOL" -maxdepth 1 -name '*.key' | wc -l) < RSA_POOL_SIZE)); do
    tmp=$(mktemp -u "$RSA_POOL/.new.XXXXXX")
    nice ssh-keygen -q -t rsa -b 3072 -N '' -C "root@$HOST_FQDN" -f "$tmp"
    # The public half first: a visible .key always has its .pub.
    mv "$tmp.pub" "${tmp/.new./}.key.pub"
    mv "$tmp" "${tmp/.new./}.key"
  done
}

# Sshd answers on the host's address and systemd has finished booting.
wait_ready() {
  local name=$1 id=$2 deadline=$((SECONDS + READY_TIMEOUT)) state
  until [[ -n $(host_pid "$name") ]]; do
    ((SECONDS < deadline)) || die "$name: no PID 1 after ${READY_TIMEOUT}s"
    sleep 0.05
  done
  until ssh_banner "$(address_of "$id")"; do
    [[ -n $(host_pid "$name") ]] || die "$name: the host stopped while booting"
    ((SECONDS < deadline)) || die "$name: sshd did not answer within ${READY_TIMEOUT}s"
    sleep 0.1
  done
  SSHD_AFTER=$(since "$UP_STARTED")
  state=$(timeout $((deadline - SECONDS > 1 ? deadline - SECONDS : 1)) \
    bash "$SANDBOX_SCRIPT" exec "$name" -- systemctl is-system-running --wait 2>/dev/null) || true
  case $state in
    running) ;;
    degraded)
      log "$name: systemd is degraded; failed units:"
      host_exec "$name" systemctl --failed --no-legend --plain >&2 || true
      ;;
    *) die "$name: systemd did not finish booting within ${READY_TIMEOUT}s (state: ${state:-none})" ;;
  esac
}

# True once something on $1:22 speaks SSH. (Answering with an identification
# of our own keeps sshd's log of the probe to one plain line.)
ssh_banner() {
  local banner
  # shellcheck disable=SC2016  # (expanded by the inner bash)
  banner=$(timeout 1 bash -c 'exec 3<>"/dev/tcp/$1/22" && head -c 4 <&3 &&
    printf "SSH-2.0-hostpanel-sandbox-probe\r\n" >&3' _ "$1" 2>/dev/null) && [[ $banner == SSH- ]]
}

write_host_env() {
  local name=$1 id=$2 dir
  dir=$(state_dir "$name")
  {
    echo "name=$name"
    echo "id=$id"
    echo "address=$(address_of "$id")"
    echo "gateway=$(gateway_of "$id")"
    echo "netns=$(netns_name "$name")"
    echo "veth=$(veth_name "$id")"
    echo "ssh_port=22"
    echo "ssh_key=$dir/id_ed25519"
    echo "known_hosts=$dir/known_hosts"
    echo "host_fingerprint=$(ssh-keygen -l -E sha256 -f "$dir/hostkeys/ssh_host_ed25519_key.pub" | cut -d' ' -f2)"
    echo "ca_cert=$dir/tls/ca.crt"
    echo "gateway_cert=$dir/tls/gateway.crt"
    echo "gateway_key=$dir/tls/gateway.key"
    echo "state_dir=$dir"
    echo "pid=$(host_pid "$name")"
  } >"$dir/host.env.tmp"
  mv "$dir/host.env.tmp" "$dir/host.env"
}

# ---------------------------------------------------------------- exec

# Runs a command as root inside host $1 without SSH: in its PID 1's
# namespaces, root, cgroup and capability bounds; stdio and exit status pass
# through.
host_exec() {
  local name=$1 pid
  shift
  pid=$(host_pid "$name")
  [[ -n $pid ]] || die "$name is not running"
  (
    echo "$BASHPID" >"$SANDBOX_CGROUP2$(sed -n 's/^0:://p' "/proc/$pid/cgroup")/cgroup.procs"
    exec nsenter --target "$pid" --mount --uts --ipc --net --pid --cgroup --root --wd \
      setpriv --bounding-set "$(bounding_set_of "$pid")" --inh-caps -all \
      env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 "$@"
  )
}

# The capability bounding set of process $1, in setpriv's syntax.
bounding_set_of() {
  local mask bit=0 name set=-all
  mask=$((16#$(awk '$1 == "CapBnd:" { print $2 }' "/proc/$1/status")))
  for name in $(setpriv --list-caps); do
    (((mask >> bit) & 1)) && set+=,+$name
    ((++bit))
  done
  printf '%s' "$set"
}

cmd_exec() {
  local name=$1
  shift
  [[ ${1:-} == -- ]] && shift
  (($#)) || die "usage: sandbox.sh exec NAME -- CMD..."
  host_exec "$name" "$@"
}

# ---------------------------------------------------------------- down

cmd_down() {
  if [[ ${1:-} == --all ]]; then
    down_all
  else
    check_name "${1:-}"
    down_one "$1"
  fi
}

# Removes everything instance $1 uses, then checks that nothing is left.
# Works from whatever a (half-failed) up left behind.
down_one() {
  local name=$1 dir id pid left
  dir=$(state_dir "$name")
  id=$(cat "$dir/id" 2>/dev/null) || id=
  # Killing PID 1 ends the host's PID namespace at once; nspawn then tidies
  # up after it and the supervisor ends, its overlay mount with it. Every
  # process of the instance is in its cgroup: what is left goes with it.
  pid=$(host_pid "$name")
  [[ -z $pid ]] || kill -KILL "$pid" 2>/dev/null || true
  kill_cgroup "$name" "${pid:+1}"
  net_down "$name" "$id"
  [[ -z $id ]] || safety_route_del "$id"
  # Nothing is mounted there from the machine's side, unless by hand.
  awk -v d="$dir" '$5 == d || index($5, d "/") == 1 { print $5 }' /proc/self/mountinfo |
    sort -r | xargs -r -n1 umount -l
  rm -rf --one-file-system "$dir" "/run/systemd/nspawn/propagate/$(netns_name "$name")"
  left=$(leftovers "$name" "$id")
  if [[ -n $left ]]; then
    log "down $name: left behind:$left"
    return 1
  fi
  log "$name is down"
}

# Ends every process of instance $1 (after a second's grace if $2 is set: for
# nspawn to tidy up after its PID 1), then removes its cgroups.
kill_cgroup() {
  local cg grace=$((${2:-0} ? 20 : 0)) n
  cg=$(cgroup_dir "$1")
  for ((n = 0; n < 200; n++)); do
    if [[ ! -d $cg ]] || grep -qx 'populated 0' "$cg/cgroup.events"; then break; fi
    ((n == grace)) && echo 1 >"$cg/cgroup.kill"
    sleep 0.05
  done
  for cg in $(cgroups_of "$1"); do
    find "$cg" -depth -type d -exec rmdir {} + 2>/dev/null || true
    rmdir "${cg%/*}" 2>/dev/null || true
  done
}

# What of instance $1 (id $2) still exists, as " kind:what" words.
leftovers() {
  local name=$1 id=$2 ns cg out=
  ns=$(netns_name "$name")
  [[ -e /run/netns/$ns ]] && out+=" netns:$ns"
  [[ -n $id ]] && ip link show "$(veth_name "$id")" >/dev/null 2>&1 && out+=" link:$(veth_name "$id")"
  [[ -n $id && -n $(ip route show exact "$(subnet_of "$id")") ]] && out+=" route:$(subnet_of "$id")"
  for cg in $(cgroups_of "$name"); do out+=" cgroup:$cg"; done
  [[ -e /run/systemd/nspawn/propagate/$ns ]] && out+=" dir:/run/systemd/nspawn/propagate/$ns"
  pgrep -f "sandbox\.sh __supervise $name\$" >/dev/null && out+=" process:supervisor"
  grep -qF " $(state_dir "$name")" /proc/self/mountinfo && out+=" mount:$(state_dir "$name")"
  [[ -e $(state_dir "$name") ]] && out+=" dir:$(state_dir "$name")"
  printf '%s' "$out"
}

# Every instance, then whatever of the sandbox is left without an instance
# (for example after the state directory was lost).
down_all() {
  local names name failed=0 link route dir
  names=$(
    {
      ls "$SANDBOX_STATE" 2>/dev/null
      for dir in "$SANDBOX_CGROUP_ROOT"/*/; do [[ -d $dir ]] && basename "$dir"; done
      ip netns list | awk -v p="$SANDBOX_TAG-" 'index($1, p) == 1 { print substr($1, length(p) + 1) }'
    } | sort -u
  ) || true   # (a source with nothing to list is fine)
  for name in $names; do
    [[ $name =~ ^[a-z0-9][a-z0-9_-]{0,31}$ ]] || continue
    down_one "$name" || failed=1
  done
  # Strays: links named like ours, safety routes without a link.
  for link in $(ip -o link show type veth | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }'); do
    if [[ $link =~ ^${SANDBOX_TAG}[0-9]+$ ]]; then ip link del "$link" || failed=1; fi
  done
  for route in $(ip -4 route show type unreachable | awk -v p="$SANDBOX_NET_PREFIX." -v m="$SANDBOX_SAFETY_METRIC" \
    'index($2, p) == 1 && $2 ~ /^[0-9.]+\.0\/30$/ && $(NF - 1) == "metric" && $NF == m { print $2 }'); do
    ip route del unreachable "$route" metric "$SANDBOX_SAFETY_METRIC" || failed=1
  done
  return "$failed"
}

# ---------------------------------------------------------------- list, cut, identity

cmd_list() {
  local dir name pid status
  for dir in "$SANDBOX_STATE"/*/; do
    [[ -f $dir/id ]] || continue
    name=$(basename "$dir")
    pid=$(host_pid "$name")
    if [[ -n $pid && -s $dir/host.env ]]; then
      status=running
    elif [[ -n $pid || ! -e $dir/console.log ]]; then
      status=starting   # (or a half-made one, if no up is running for it)
    else
      status=stopped
    fi
    [[ -f $dir/cut ]] && status+=",cut-$(cat "$dir/cut")"
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$(cat "$dir/id")" "$(address_of "$(cat "$dir/id")")" "${pid:--}" "$status"
  done
}

# The id of a running instance $1.
running_id() {
  check_name "$1"
  [[ -n $(host_pid "$1") ]] || die "$1 is not running"
  cat "$(state_dir "$1")/id"
}

cmd_cut() {
  local name=$1 mode=down id
  case ${2:-} in
    --drop) mode=drop ;;
    '') ;;
    *) die "usage: sandbox.sh cut NAME [--drop]" ;;
  esac
  id=$(running_id "$name")
  [[ -f $(state_dir "$name")/cut ]] && net_restore "$name" "$id"
  net_cut "$name" "$id" "$mode"
  echo "$mode" >"$(state_dir "$name")/cut"
}

cmd_restore() {
  local name=$1 id
  id=$(running_id "$name")
  net_restore "$name" "$id"
  rm -f "$(state_dir "$name")/cut"
}
