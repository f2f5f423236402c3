# install (0.6.x): the database settings this run connected with go into vmm.cfg
# (0600: vmm refuses a vmm.cfg others can read).
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

cfg=$(vmm_cfg_find)
[ -n "$cfg" ] || hp_fail "install.sh left no vmm.cfg in $VMM_CFG_PLACES"
vmm_cfg_set_database "$cfg" "${PG_PASSWORD:-}"
chmod 0600 "$cfg"
hp_report vmm-cfg "$cfg: database ${PG_USER}@${PG_HOST:-socket}:${PG_PORT}/${PG_NAME} (pass ***)"
