# What update_config.py leaves broken with Dovecot 2: misc.dovecot_version written as
# Dovecot prints it (2.3.19.1: vmm 0.6 accepts only x.y.z or x.y.betaN) and
# bin.dovecotpw still /usr/sbin/dovecotpw, which Dovecot 2 no longer has.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

cfg=$(vmm_cfg_find)
[ -n "$cfg" ] || hp_fail "no vmm.cfg in $VMM_CFG_PLACES"
version=$(vmm_cfg_get "$cfg" misc dovecot_version)
dovecotpw=$(vmm_cfg_get "$cfg" bin dovecotpw)
wrong=""
vmm_dovecot_version_ok "$version" || wrong="$wrong misc.dovecot_version=$version"
[ -x "$dovecotpw" ] || wrong="$wrong bin.dovecotpw=$dovecotpw"
[ -n "$wrong" ] || hp_skip "$cfg: misc.dovecot_version $version and bin.dovecotpw $dovecotpw work"
hp_log "$cfg: not usable by vmm with Dovecot $DOVECOT_VERSION:$wrong"
