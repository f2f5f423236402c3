#!/bin/bash
# Runs as PID 1 of a new host's namespaces (mount, UTS, IPC, PID, cgroup; the
# network namespace is already joined): mounts the host's root filesystem,
# provisions it on first boot, then pivots into it and becomes systemd.
#
# usage: boot.sh STATE_DIR   (STATE_DIR/boot.env says IMAGE, ADDRESS, GATEWAY)
set -euo pipefail

state=$1
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=/dev/null
source "$state/boot.env"
root=$state/rootfs

# The disk: the cached image, read-only, under this instance's own upper layer.
# The mount exists only in this mount namespace (unshare made it private).
mount -t overlay overlay \
  -o "lowerdir=$IMAGE,upperdir=$state/upper,workdir=$state/work" "$root"

# The owner "uid:gid" of user $1 in the host.
owner_of() { awk -F: -v u="$1" '$1 == u { print $3 ":" $4 }' "$root/etc/passwd"; }

# Adds CA certificate $1 to the host's trust store as update-ca-certificates
# would (it takes almost 2 s; this takes milliseconds): the source in
# /usr/local/share/ca-certificates (so later runs of update-ca-certificates
# keep it), its link and hash link in /etc/ssl/certs, and the bundle.
trust_ca() {
  local name=hostpanel-sandbox-ca certs=$root/etc/ssl/certs
  install -m 644 "$1" "$root/usr/local/share/ca-certificates/$name.crt"
  ln -sfn "/usr/local/share/ca-certificates/$name.crt" "$certs/$name.pem"
  ln -sfn "$name.pem" "$certs/$(openssl x509 -subject_hash -noout -in "$1").0"
  cat "$1" >>"$certs/ca-certificates.crt"
}

provision() {
  local user home owner key
  for key in "$state"/hostkeys/ssh_host_*_key; do
    install -m 600 "$key" "$root/etc/ssh/"
    install -m 644 "$key.pub" "$root/etc/ssh/"
  done
  for user in root deploy nosudo; do
    home=$(awk -F: -v u="$user" '$1 == u { print $6 }' "$root/etc/passwd")
    owner=$(owner_of "$user")
    install -d -m 700 -o "${owner%:*}" -g "${owner#*:}" "$root$home/.ssh"
    install -m 600 -o "${owner%:*}" -g "${owner#*:}" "$state/id_ed25519.pub" "$root$home/.ssh/authorized_keys"
  done
  trust_ca "$state/tls/ca.crt"
  printf '%s\n' "$MACHINE_ID" >"$root/etc/machine-id"
  printf '%s\n' "$HOST_FQDN" >"$root/etc/hostname"
  cat >"$root/etc/hosts" <<HOSTS
127.0.0.1	localhost
$ADDRESS	$HOST_FQDN ${HOST_FQDN%%.*}
$GATEWAY	gateway.sandbox.test gateway
::1		localhost ip6-localhost ip6-loopback
HOSTS
}

# Once per instance: a reboot keeps the disk and whatever the tests changed.
if [[ ! -e $state/provisioned ]]; then
  provision
  touch "$state/provisioned"
fi

# /dev: a private tmpfs with only harmless devices (otherwise systemd would
# mount the machine's devtmpfs and start gettys on its consoles).
mount -t tmpfs -o nosuid,noexec,mode=755,size=1m tmpfs "$root/dev"
mknod -m 666 "$root/dev/null" c 1 3
mknod -m 666 "$root/dev/zero" c 1 5
mknod -m 666 "$root/dev/full" c 1 7
mknod -m 666 "$root/dev/random" c 1 8
mknod -m 666 "$root/dev/urandom" c 1 9
mknod -m 666 "$root/dev/tty" c 5 0
mkdir -m 755 "$root/dev/pts"
mkdir -m 1777 "$root/dev/shm"
mount -t devpts -o newinstance,nosuid,noexec,gid=5,mode=620,ptmxmode=666 devpts "$root/dev/pts"
mount -t tmpfs -o nosuid,nodev,mode=1777 tmpfs "$root/dev/shm"
ln -s pts/ptmx "$root/dev/ptmx"
ln -s /proc/self/fd "$root/dev/fd"
ln -s /proc/self/fd/0 "$root/dev/stdin"
ln -s /proc/self/fd/1 "$root/dev/stdout"
ln -s /proc/self/fd/2 "$root/dev/stderr"

# /proc of this PID namespace; kernel settings read-only except the host's
# own network ones.
mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
mount --bind "$root/proc/sys" "$root/proc/sys"
mount -o remount,bind,ro "$root/proc/sys"
mount --bind "$root/proc/sys/net" "$root/proc/sys/net"
mount -o remount,bind,rw "$root/proc/sys/net"
if [[ -e $root/proc/sysrq-trigger ]]; then
  mount --bind "$root/proc/sysrq-trigger" "$root/proc/sysrq-trigger"
  mount -o remount,bind,ro "$root/proc/sysrq-trigger"
fi

# /sys read-only; cgroup2 rooted at this instance's cgroup (the cgroup
# namespace), writable: systemd manages its own subtree there.
mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys"
mount -t cgroup2 -o nosuid,nodev,noexec cgroup2 "$root/sys/fs/cgroup"

# Become the host: its root becomes / and the machine's tree is let go.
cd "$root"
pivot_root . .
umount -l .
cd /
exec /usr/bin/env -i container=hostpanel-sandbox \
  /usr/bin/setpriv --bounding-set "$(caps_bounding_set)" --inh-caps -all \
  /lib/systemd/systemd
