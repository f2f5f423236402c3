# shellcheck shell=bash
# How the image is built, from image/recipe.sh: one mmdebstrap call, in root
# mode (the image holds root-owned files). mmdebstrap mounts what the new root
# needs and keeps daemons from starting while packages install; its hooks call
# back into `sandbox.sh __image-hook STAGE ROOT` for the sandbox's own steps.
# Sourced by lib/image.sh; runs (as `sandbox.sh __build-rootfs DIR`) in the
# private mount and PID namespaces that image_build sets up.

build_rootfs() {
  local root=$1
  PS4='+ [${SECONDS}s] '   # the build log then shows where the time goes
  set -x
  export SANDBOX_SCRIPT SANDBOX_CACHE
  # Packages come from the suite and its updates at once (no dist-upgrade
  # afterwards); dpkg need not sync every file (a failed build is thrown
  # away anyway). The package lists stay: the image's offline repository is
  # indexed in them. /var/lib/dbus/machine-id stays a link (configure.sh).
  # The merged-usr hook makes /usr merged as debootstrap does (usr-is-merged,
  # not the usrmerge package and its Perl dependencies).
  # shellcheck disable=SC2016  # the hooks' sh expands them, with $1 = the root
  mmdebstrap --mode=root --variant=minbase --include="${PACKAGES[*]}" \
    --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
    --dpkgopt=force-unsafe-io \
    --skip=essential/unlink,cleanup/apt/lists,cleanup/reproducible \
    --setup-hook='bash "$SANDBOX_SCRIPT" __image-hook setup "$1"' \
    --essential-hook='bash "$SANDBOX_SCRIPT" __image-hook essential "$1"' \
    --customize-hook='bash "$SANDBOX_SCRIPT" __image-hook customize "$1"' \
    "$SUITE" "$root" "deb $MIRROR $SUITE main" "deb $MIRROR $SUITE-updates main" \
    "deb $SECURITY_MIRROR $SUITE-security main"
}

# `sandbox.sh __image-hook STAGE ROOT`, run by mmdebstrap.
image_hook() {
  local root=$2 debs=$SANDBOX_CACHE/debs
  PS4='+ [hook] '
  set -x
  case $1 in
    setup)
      # Packages downloaded by earlier builds (a recipe change then downloads
      # only what is new), hard-linked: the image is built inside the cache.
      mkdir -p "$debs" "$root/var/cache/apt/archives"
      find "$debs" -maxdepth 1 -name '*.deb' -exec ln -f -t "$root/var/cache/apt/archives" {} +
      ;;
    essential)
      # Before the packages install: MariaDB's data directory is made with
      # the small redo log of files/etc/mysql, and debconf has its answers.
      cp -rT "$SANDBOX_DIR/image/files" "$root"
      printf '%s\n' "$DEBCONF_SELECTIONS" | in_root "$root" debconf-set-selections
      ;;
    customize) image_customize "$root" ;;
    *) die "unknown image hook stage: $1" ;;
  esac
}

image_customize() {
  local root=$1
  find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec ln -f -t "$SANDBOX_CACHE/debs" {} +

  # Offline repository: what OFFLINE_PACKAGES need beyond what is installed.
  local repo=$root/srv/local-apt
  mkdir -p "$repo/partial"
  in_root "$root" apt-get install -y --download-only --no-install-recommends \
    -o Dir::Cache::Archives=/srv/local-apt/ "${OFFLINE_PACKAGES[@]}"
  rm -rf "$repo/partial" "$repo/lock"
  local_repo_index "$repo"

  install -m 755 "$SANDBOX_DIR/image/configure.sh" "$root/tmp/configure.sh"
  in_root "$root" /tmp/configure.sh

  # From now on the image knows only its offline repository.
  rm -f "$root"/etc/apt/sources.list.d/*
  echo 'deb [trusted=yes] file:/srv/local-apt ./' >"$root/etc/apt/sources.list"
  rm -rf "$root"/var/lib/apt/lists/*
  in_root "$root" apt-get update
  in_root "$root" apt-get install -s -y "${OFFLINE_PACKAGES[@]}" >/dev/null
  in_root "$root" apt-get clean
  rm -f "$root/etc/dpkg/dpkg.cfg.d/99mmdebstrap"
  rm -rf "$root"/var/log/apt/* "$root"/var/cache/debconf/*-old "$root"/root/.cache
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
