# ISPmanager requires AppArmor off (its installer does the same on Ubuntu). The state is
# recorded so that a failed install puts it back. --no-reload: disabling only removes the
# links the next boot reads (is-enabled reads them too); a reload would only drop the unit
# from sysinit.target's wants in memory, which nothing starts again, and costs ~0.16 s.
was=$(hp_unit_states apparmor.service)
hp_save state "${was#* }"
systemctl disable --now --no-reload apparmor.service || systemctl disable --no-reload apparmor.service
if hp_have aa-teardown; then
  aa-teardown >/dev/null 2>&1 || true
fi
hp_log "AppArmor stopped and disabled (was $(hp_load state))"
