# install (0.6.x): the database settings this run connected with go into vmm.cfg
# (0600: vmm refuses a vmm.cfg others can read).
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

cfg=$(vmm_cfg_find)
[ -n "$cfg" ] || hp_fail "install.sh left no vmm.cfg in $VMM_CFG_PLACES"
vmm_cfg_set "$cfg" database host "${PG_HOST:-}"
vmm_cfg_set "$cfg" database port "$PG_PORT"
vmm_cfg_set "$cfg" database name "$PG_NAME"
vmm_cfg_set "$cfg" database user "$PG_USER"
vmm_cfg_set "$cfg" database pass "${PG_PASSWORD:-}"
chmod 0600 "$cfg"
hp_report vmm-cfg "$cfg: database ${PG_USER}@${PG_HOST:-socket}:${PG_PORT}/${PG_NAME} (pass ***)"
