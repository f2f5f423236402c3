# shellcheck shell=bash
# How the image is built, from image/recipe.sh. Sourced by lib/image.sh; runs
# (as `sandbox.sh __build-rootfs DIR`) in the private mount and PID
# namespaces that image_build sets up.

build_rootfs() {
  local root=$1
  PS4='+ [${SECONDS}s] '   # the build log then shows where the time goes
  set -x
  debootstrap --variant=minbase --cache-dir="$SANDBOX_CACHE/debs" "$SUITE" "$root" "$MIRROR"

  cp -rT "$SANDBOX_DIR/image/files" "$root"
  # Packages must not start their daemons in the build root, and dpkg need
  # not sync every file (a failed build is thrown away anyway).
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/90-sandbox-build"
  rm -f "$root/etc/apt/sources.list"
  cat >"$root/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES

  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount -o ro -t sysfs sysfs "$root/sys"
  # Share downloaded packages with later builds (a recipe change then
  # downloads only what is new).
  mount --bind "$SANDBOX_CACHE/debs" "$root/var/cache/apt/archives"

  printf '%s\n' "$DEBCONF_SELECTIONS" | in_root "$root" debconf-set-selections
  in_root "$root" apt-get update
  in_root "$root" apt-get -y dist-upgrade
  in_root "$root" apt-get install -y --no-install-recommends "${PACKAGES[@]}"

  # Offline repository: what OFFLINE_PACKAGES need beyond what is installed.
  local repo=$root/srv/local-apt
  mkdir -p "$repo/partial"
  in_root "$root" apt-get install -y --download-only --no-install-recommends \
    -o Dir::Cache::Archives=/srv/local-apt/ "${OFFLINE_PACKAGES[@]}"
  rm -rf "$repo/partial" "$repo/lock"
  local_repo_index "$repo"

  install -m 755 "$SANDBOX_DIR/image/configure.sh" "$root/tmp/configure.sh"
  in_root "$root" /tmp/configure.sh
  rm "$root/tmp/configure.sh"

  # From now on the image knows only its offline repository.
  umount "$root/var/cache/apt/archives"
  rm -f "$root"/etc/apt/sources.list.d/*
  echo 'deb [trusted=yes] file:/srv/local-apt ./' >"$root/etc/apt/sources.list"
  rm -rf "$root"/var/lib/apt/lists/*
  in_root "$root" apt-get update
  in_root "$root" apt-get install -s -y "${OFFLINE_PACKAGES[@]}" >/dev/null
  in_root "$root" apt-get clean
  rm -f "$root/usr/sbin/policy-rc.d" "$root/etc/dpkg/dpkg.cfg.d/90-sandbox-build"
  rm -rf "$root"/var/log/apt/* "$root"/var/cache/debconf/*-old "$root"/tmp/* "$root"/root/.cache
}

in_root() {
  local root=$1
  shift
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# Packages and Release files for a flat apt repository in directory $1.
local_repo_index() {
  (
    cd "$1" || exit
    dpkg-scanpackages --multiversion . /dev/null >Packages 2>/dev/null
    cat >Release <<RELEASE
Origin: hostpanel-sandbox
Label: hostpanel-sandbox local packages
Date: $(date -u -R)
Architectures: amd64 all
SHA256:
 $(sha256sum Packages | cut -d' ' -f1) $(stat -c %s Packages) Packages
RELEASE
  )
}
