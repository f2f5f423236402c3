# shellcheck shell=bash
# `sandbox.sh image`: build once, then reuse, the Debian root filesystem that
# every sandbox host overlays. Sourced by sandbox.sh.

# shellcheck source=../image/recipe.sh
source "$SANDBOX_DIR/image/recipe.sh"

# Cache key: a hash of every recipe file (names and contents) and of this file.
image_key() {
  (cd "$SANDBOX_DIR" && find image lib/image.sh -type f -print0 | LC_ALL=C sort -z |
    xargs -0 sha256sum) | sha256sum | cut -c1-16
}

# Prints the image directory, building it first if it is not cached yet.
cmd_image() {
  local dir
  dir="$SANDBOX_CACHE/$SUITE-$(image_key)"
  if [[ ! -d $dir ]]; then
    # A second caller waits here for the first one's build, then reuses it.
    lock "$SANDBOX_CACHE/.image.lock"
    [[ -d $dir ]] || image_build "$dir"
    unlock
  fi
  printf '%s\n' "$dir"
}

image_build() {
  local dir=$1 tmp="$1.tmp" log="$1.log" started=$SECONDS
  log "building $dir (log: $log)"
  mkdir -p "$SANDBOX_CACHE/debs/partial"
  rm -rf --one-file-system "$tmp"   # left by an interrupted build
  # Build in private mount and PID namespaces: whatever debootstrap or the
  # packages' scripts mount or start is gone when the build ends, even on error.
  if ! unshare --mount --pid --fork --kill-child --mount-proc \
    bash "$SANDBOX_DIR/sandbox.sh" __build-rootfs "$tmp" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    rm -rf --one-file-system "$tmp"
    die "image build failed (full log: $log)"
  fi
  # Rename last: a directory with the final name is always a complete image.
  mv -T "$tmp" "$dir"
  log "image built in $((SECONDS - started)) s, $(du -sh "$dir" | cut -f1)"
}

# Runs in the private namespaces set up by image_build.
build_rootfs() {
  local root=$1
  set -x
  debootstrap --variant=minbase --cache-dir="$SANDBOX_CACHE/debs" "$SUITE" "$root" "$MIRROR"

  cp -rT "$SANDBOX_DIR/image/files" "$root"
  # Packages must not start their daemons in the build root.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
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
  rm -f "$root/usr/sbin/policy-rc.d"
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
    cd "$1"
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
