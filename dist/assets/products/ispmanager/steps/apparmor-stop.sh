# ISPmanager requires AppArmor off (its installer does the same on Ubuntu). The state is
# recorded so that a failed install puts it back.
hp_save state "$(hp_unit_state apparmor.service)"
systemctl stop apparmor.service || true
if hp_have aa-teardown; then
  aa-teardown >/dev/null 2>&1 || true
fi
systemctl disable apparmor.service
hp_log "AppArmor stopped and disabled (was $(hp_load state))"
