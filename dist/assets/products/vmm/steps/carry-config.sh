# Carries the settings of the old vmm.cfg (0.6 names, or 0.5.2's under their 0.6 names,
# as update_config.py renames them) into the package's /etc/vmm/vmm.cfg, in place:
# the package's comments and its other settings stay. misc.dovecot_version becomes
# Dovecot's x.y.z; bin.doveadm keeps the package's value (0.7.0 calls doveadm itself).
# The database settings are the ones this run connected with.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

new=$VMM_PKG_CFG
[ -f "$new" ] || hp_fail "$new is missing: the package did not install it"
mkdir -p "$HP_STEP_DIR"
cp -p "$new" "$HP_STEP_DIR/vmm.cfg"
cp -p "$new" "$new.hostpanel-$HP_RUN_ID"
old=$VMM_CFG
[ "$old" != "$new" ] || old=none
# 0.6/0.7 option <- its 0.5.2 name (update_config.py's renames).
MAP="mailbox.folders=maildir.folders mailbox.root=maildir.name mailbox.format=
domain.delete_directory=domdir.delete domain.directory_mode=domdir.mode domain.force_deletion=misc.forcedel
domain.imap=services.imap domain.pop3=services.pop3 domain.smtp=services.smtp domain.sieve=services.sieve
domain.transport=misc.transport account.delete_directory=maildir.delete account.directory_mode=maildir.mode
account.disk_usage=maildir.diskusage bin.du=bin.du bin.postconf=bin.postconf
misc.base_directory=domdir.base misc.password_scheme=misc.passwdscheme"
layout=0.6
if [ "$old" != none ] && [ -z "$(vmm_cfg_get "$old" mailbox root)" ] && [ -n "$(vmm_cfg_get "$old" maildir name)" ]; then layout=0.5; fi
carried=""
if [ "$old" != none ]; then
  for pair in $MAP; do
    key=${pair%%=*}
    source=$key
    if [ "$layout" = 0.5 ]; then source=${pair#*=}; fi
    [ -n "$source" ] || continue
    value=$(vmm_cfg_get "$old" "${source%%.*}" "${source#*.}")
    if [ "$layout" = 0.5 ] && [ "$key" = domain.sieve ] && [ -z "$value" ]; then value=$(vmm_cfg_get "$old" services managesieve); fi
    [ -n "$value" ] || continue
    vmm_cfg_set "$new" "${key%%.*}" "${key#*.}" "$value"
    carried="$carried $key=$value"
  done
fi
password=${PG_PASSWORD:-}
if [ -z "$password" ] && [ "$old" != none ]; then password=$(vmm_cfg_get "$old" database pass); fi
vmm_cfg_set_database "$new" "$password"
three=$(vmm_dovecot_xyz)
vmm_cfg_set "$new" misc dovecot_version "$three"
# vmm 0.7.0 accepts exactly 0640 (its group, vmm, is the package's).
chmod 0640 "$new"
hp_report vmm-cfg "$new from ${old} (${layout} names):${carried}; database ${PG_USER}@${PG_HOST:-socket}:${PG_PORT}/${PG_NAME} (pass ***); misc.dovecot_version=$three"
hp_diff "$new.hostpanel-$HP_RUN_ID" "$new"
rm -f "$new.hostpanel-$HP_RUN_ID"
