#!/usr/bin/env bash
# hostpanel sandbox: disposable Debian hosts booted by systemd-nspawn (systemd as
# PID 1), each on its own overlay and network namespace, for the integration
# tests and the README demo. sandbox/README.md tells how they are made.
#
#   sandbox.sh image                      build/cache the root filesystem, print its path
#   sandbox.sh image-key                  the image's cache key (its directory in the cache)
#   sandbox.sh up NAME                    start host NAME, print key=value lines
#   sandbox.sh down NAME | --all          remove host(s) and everything they used
#   sandbox.sh cut NAME [--drop]          fail the link (reject at once, or drop silently)
#   sandbox.sh restore NAME               bring the link back
#   sandbox.sh identity NAME RELEASE      ubuntu-22.04 | ubuntu-24.04 | debian-12 | debian-8
#   sandbox.sh exec NAME -- CMD...        run CMD as root inside the host (no SSH)
#   sandbox.sh list                       running instances
#
# `up` prints (and writes to STATE_DIR/host.env) key=value lines: name, id,
# address, gateway, netns, veth, ssh_port, ssh_key, known_hosts (a file),
# host_fingerprint, ca_cert, gateway_cert, gateway_key, state_dir, pid.
# `list` prints one tab-separated line per instance: name, id, address, pid,
# status. Progress and errors go to stderr. Needs root. Settings (environment):
# HOSTPANEL_SANDBOX_CACHE (/var/cache/hostpanel-sandbox), HOSTPANEL_SANDBOX_STATE
# (/run/hostpanel-sandbox), HOSTPANEL_SANDBOX_READY_TIMEOUT (60 s),
# HOSTPANEL_SANDBOX_KEEP_FAILED (keep a host whose up failed), HOSTPANEL_SANDBOX_HOSTNAME
# (panel.sandbox.test), HOSTPANEL_SANDBOX_MIRROR (deb.debian.org).
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

SANDBOX_DIR=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
SANDBOX_SCRIPT=$SANDBOX_DIR/sandbox.sh

# shellcheck source=lib/common.sh
source "$SANDBOX_DIR/lib/common.sh"
# shellcheck source=lib/image.sh
source "$SANDBOX_DIR/lib/image.sh"
# shellcheck source=lib/net.sh
source "$SANDBOX_DIR/lib/net.sh"
# shellcheck source=lib/host.sh
source "$SANDBOX_DIR/lib/host.sh"
# shellcheck source=lib/boot.sh
source "$SANDBOX_DIR/lib/boot.sh"
# shellcheck source=lib/identity.sh
source "$SANDBOX_DIR/lib/identity.sh"

usage() {
  echo 'usage:' >&2
  sed -n 's/^#   sandbox\.sh /  sandbox.sh /p' "$SANDBOX_SCRIPT" >&2
  exit 2
}

main() {
  local cmd=${1:-}
  case $cmd in
    '' | -h | --help | help) usage ;;
    image-key) image_key && return ;;   # (no root needed)
    image | list | __fill-rsa-pool) ;;
    *) (($# >= 2)) || usage ;;   # the others name an instance
  esac
  shift
  require_root
  case $cmd in
    image) cmd_image ;;
    up) cmd_up "$1" ;;
    down) cmd_down "$@" ;;
    cut) cmd_cut "$@" ;;
    restore) cmd_restore "$@" ;;
    identity) cmd_identity "$@" ;;
    exec) cmd_exec "$@" ;;
    list) cmd_list ;;
    # Internal: the image build (its private namespaces, mmdebstrap's hooks),
    # a host's supervisor.
    __build-rootfs) build_rootfs "$@" ;;
    __image-hook) image_hook "$@" ;;
    __supervise) cmd_supervise "$@" ;;
    __fill-rsa-pool) cmd_fill_rsa_pool ;;
    *) usage ;;
  esac
}

main "$@"
