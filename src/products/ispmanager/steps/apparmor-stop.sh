# ISPmanager requires AppArmor off (its installer does the same on Ubuntu). The state is
# recorded so that a failed install puts it back.
was=$(hp_unit_states apparmor.service)
hp_save state "${was#* }"
systemctl disable --now apparmor.service || systemctl disable apparmor.service
if hp_have aa-teardown; then
  aa-teardown >/dev/null 2>&1 || true
fi
hp_log "AppArmor stopped and disabled (was $(hp_load state))"
