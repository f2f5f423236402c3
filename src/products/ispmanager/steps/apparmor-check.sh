state=$(hp_unit_states apparmor.service)
if [ -z "$state" ]; then
  hp_skip "AppArmor is not installed"
fi
hp_log "apparmor.service is ${state#* }"
