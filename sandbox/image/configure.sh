#!/bin/bash
# Runs inside the new root (chroot, from mmdebstrap's customize hook) once its
# packages are installed and the offline repository is filled: turns a
# fresh Debian into the test host every instance starts from.
set -euo pipefail

echo panel.sandbox.test >/etc/hostname
# Replaced per instance by `sandbox.sh up` (with the instance's address).
cat >/etc/hosts <<'HOSTS'
127.0.0.1	localhost
127.0.1.1	panel.sandbox.test panel
::1		localhost ip6-localhost ip6-loopback
HOSTS

# No DNS in a sandbox (mmdebstrap copied the machine's resolver): names come
# from /etc/hosts, other lookups fail at once on the loopback.
echo '# hostpanel sandbox: no DNS server; see /etc/hosts' >/etc/resolv.conf

# Users: deploy may sudo without a password, nosudo may not sudo at all.
for user in deploy nosudo; do
  id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$user"
done
chmod 0440 /etc/sudoers.d/90-deploy
visudo -cq
# No password for root (and none to log in with): keys only.
passwd --lock root >/dev/null

# Per-instance identity is made by `sandbox.sh up`: SSH host keys, machine-id.
rm -f /etc/ssh/ssh_host_*
: >/etc/machine-id
rm -f /var/lib/dbus/machine-id
ln -s /etc/machine-id /var/lib/dbus/machine-id

# No consoles in a sandbox: without these masks systemd would start gettys.
systemctl mask getty@.service serial-getty@.service console-getty.service \
  container-getty@.service getty-static.service 2>/dev/null
