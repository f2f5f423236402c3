# shellcheck shell=bash
# What a host is when it boots: the cached image under its own overlay, its
# identity written in once, then systemd-nspawn running its systemd as PID 1.
# Sourced by sandbox.sh; `sandbox.sh __supervise NAME` runs (detached, in a
# private mount namespace, in the instance's cgroup) as long as the host does.

cmd_supervise() {
  local name=$1 dir root pid status
  dir=$(state_dir "$name")
  root=$dir/rootfs
  # shellcheck source=/dev/null
  source "$dir/boot.env"
  # The disk: the image read-only under the instance's own upper layer. The
  # mount lives in this process's mount namespace and ends with it.
  mount -t overlay overlay -o "lowerdir=$IMAGE,upperdir=$dir/upper,workdir=$dir/work" "$root"
  # Once per instance: a reboot keeps the disk and whatever the tests changed.
  if [[ ! -e $dir/provisioned ]]; then
    provision "$dir" "$root"
    touch "$dir/provisioned"
  fi
  while :; do
    rm -f "$dir/pid"
    boot "$name" "$root" &
    pid=$!
    record_pid "$name" "$pid"
    status=0
    wait "$pid" || status=$?
    # 133: systemd inside rebooted; the host comes back with its disk.
    ((status == 133)) || break
    echo "sandbox: $name rebooting" >&2
  done
  echo "sandbox: $name stopped (status $status)" >&2
  rm -f "$dir/pid"
}

# The host's container: its own PID, mount, IPC and UTS namespaces, private
# /dev, read-only /sys and /proc/sys, cgroup2 only (as on a systemd machine),
# nspawn's default capability set (no module loading, no raw I/O, no clock)
# plus ipc_lock (mlock), as before. The network namespace is made beforehand
# (lib/net.sh), so that cut/restore work on it from outside. nspawn runs in a
# cgroup of its own below the instance's (it puts the host in payload/).
boot() {
  local name=$1 root=$2 cg
  cg=$(cgroup_dir "$name")/host
  mkdir -p "$cg"
  echo "$BASHPID" >"$cg/cgroup.procs"
  # No machined registration, no lock files: nothing outlives the instance.
  SYSTEMD_NSPAWN_UNIFIED_HIERARCHY=1 SYSTEMD_NSPAWN_LOCK=0 exec systemd-nspawn \
    --quiet --boot --directory="$root" --machine="$(netns_name "$name")" \
    --register=no --keep-unit \
    --network-namespace-path="/run/netns/$(netns_name "$name")" \
    --capability=CAP_IPC_LOCK \
    --resolv-conf=off --timezone=off --link-journal=no --console=read-only \
    --setenv=SYSTEMD_COLORS=0
}

# Writes, as it appears, the host's PID 1 (nspawn's child that is PID 1 of
# its own namespace) to STATE_DIR/pid and host.env.
record_pid() {
  local name=$1 nspawn=$2 dir children child
  dir=$(state_dir "$name")
  while [[ -d /proc/$nspawn ]]; do
    children=()
    read -ra children 2>/dev/null <"/proc/$nspawn/task/$nspawn/children" || true
    for child in "${children[@]}"; do
      if [[ $(awk '$1 == "NSpid:" { print $NF }' "/proc/$child/status" 2>/dev/null) == 1 ]]; then
        echo "$child" >"$dir/pid"
        [[ ! -s $dir/host.env ]] || sed -i "s/^pid=.*/pid=$child/" "$dir/host.env"
        return 0
      fi
    done
    sleep 0.01
  done
}

# The instance's own keys, users' authorized keys, CA, machine id and names.
provision() {
  local dir=$1 root=$2 key user home owner
  for key in "$dir"/hostkeys/ssh_host_*_key; do
    install -m 600 "$key" "$root/etc/ssh/"
    install -m 644 "$key.pub" "$root/etc/ssh/"
  done
  for user in root deploy nosudo; do
    home=$(awk -F: -v u="$user" '$1 == u { print $6 }' "$root/etc/passwd")
    owner=$(awk -F: -v u="$user" '$1 == u { print $3 ":" $4 }' "$root/etc/passwd")
    install -d -m 700 -o "${owner%:*}" -g "${owner#*:}" "$root$home/.ssh"
    install -m 600 -o "${owner%:*}" -g "${owner#*:}" "$dir/id_ed25519.pub" "$root$home/.ssh/authorized_keys"
  done
  trust_ca "$root" "$dir/tls/ca.crt"
  printf '%s\n' "$MACHINE_ID" >"$root/etc/machine-id"
  printf '%s\n' "$HOST_FQDN" >"$root/etc/hostname"
  cat >"$root/etc/hosts" <<HOSTS
127.0.0.1	localhost
$ADDRESS	$HOST_FQDN ${HOST_FQDN%%.*}
$GATEWAY	gateway.sandbox.test gateway
::1		localhost ip6-localhost ip6-loopback
HOSTS
}

# Adds CA certificate $2 to the trust store of root $1 as update-ca-certificates
# would (it takes almost 2 s; this takes milliseconds): the source in
# /usr/local/share/ca-certificates (so later runs of update-ca-certificates
# keep it), its link and hash link in /etc/ssl/certs, and the bundle.
trust_ca() {
  local root=$1 name=hostpanel-sandbox-ca certs=$1/etc/ssl/certs
  install -m 644 "$2" "$root/usr/local/share/ca-certificates/$name.crt"
  ln -sfn "/usr/local/share/ca-certificates/$name.crt" "$certs/$name.pem"
  ln -sfn "$name.pem" "$certs/$(openssl x509 -subject_hash -noout -in "$2").0"
  cat "$2" >>"$certs/ca-certificates.crt"
}
