# Undo of package: purges the vmm package this run installed.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

if [ "$(hp_load installed)" != package ]; then
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -q vmm </dev/null
fi
