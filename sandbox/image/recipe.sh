# shellcheck shell=bash disable=SC2034  # (used by lib/image.sh)
# What goes into the sandbox image. Sourced by lib/image.sh; a change to any
# file under sandbox/image/ changes the cache key and so rebuilds the image.

SUITE=bookworm
MIRROR=${HOSTPANEL_SANDBOX_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${HOSTPANEL_SANDBOX_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

# Installed in the image, on top of mmdebstrap's minbase variant, without
# their recommends.
PACKAGES=(
  systemd systemd-sysv dbus
  openssh-server sudo bash less cron
  curl wget ca-certificates gnupg openssl
  procps psmisc lsof iproute2 lsb-release python3
  postgresql mariadb-server
  postfix postfix-pgsql dovecot-imapd dovecot-pgsql
  unattended-upgrades apparmor
)

# Not installed, but offered by the image's offline apt repository
# (/srv/local-apt), together with whatever they need that is not installed.
# vmm: the real vmm 0.7.0 package (Python 3) that the vmm procedures install;
# nginx, php-cgi: what the i-MSCP stand-in installer installs for its panel.
OFFLINE_PACKAGES=(dnsutils gpg vmm nginx php-cgi php-cli)

# Answers for packages that would otherwise ask.
DEBCONF_SELECTIONS='
postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string sandbox.test
'
