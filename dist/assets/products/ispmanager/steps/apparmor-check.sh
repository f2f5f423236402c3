if ! systemctl cat apparmor.service >/dev/null 2>&1; then
  hp_skip "AppArmor is not installed"
fi
hp_log "apparmor.service is $(hp_unit_state apparmor.service)"
