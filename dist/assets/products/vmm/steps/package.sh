# Installs the distribution's vmm package (0.7.0, Python 3). The undo purges it again
# when it was not installed before.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

hp_save installed "$CODE"
hp_log "apt-get install -y vmm"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q vmm </dev/null || hp_fail "apt-get install vmm failed (see the log)"
hp_report package "$(dpkg-query -W -f '${Package} ${Version}' vmm)"
