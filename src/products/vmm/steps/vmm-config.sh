# Sets misc.dovecot_version to Dovecot's first three parts and bin.dovecotpw to doveadm
# (Dovecot 2's password tool) where update_config.py left values vmm 0.6 refuses; the
# report says what changed. Comments and every other value stay.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

cfg=$(vmm_cfg_find)
cp -p "$cfg" "$cfg.hostpanel-$HP_RUN_ID"
hp_save cfg "$cfg"
changed=""
version=$(vmm_cfg_get "$cfg" misc dovecot_version)
if ! vmm_dovecot_version_ok "$version"; then
  three=$(vmm_dovecot_xyz)
  vmm_cfg_set "$cfg" misc dovecot_version "$three"
  changed="$changed; misc.dovecot_version $version -> $three (vmm 0.6 accepts x.y.z only)"
fi
dovecotpw=$(vmm_cfg_get "$cfg" bin dovecotpw)
if [ ! -x "$dovecotpw" ]; then
  doveadm=$(command -v doveadm || true)
  [ -n "$doveadm" ] || hp_fail "bin.dovecotpw $dovecotpw does not exist and there is no doveadm"
  vmm_cfg_set "$cfg" bin dovecotpw "$doveadm"
  changed="$changed; bin.dovecotpw $dovecotpw -> $doveadm (Dovecot 2 has no dovecotpw)"
fi
hp_diff "$cfg.hostpanel-$HP_RUN_ID" "$cfg"
hp_report vmm-cfg-fixed "$cfg${changed}"
why="update_config.py left values"
[ "$MODE" != install ] || why="the release's vmm.cfg has values"
hp_warn "$cfg: $why vmm refuses with Dovecot $DOVECOT_VERSION, set to working ones${changed}"
