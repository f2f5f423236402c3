was=$(hp_load state unknown/unknown)
# --no-reload as when it was disabled: the links are what the next boot reads.
case "$was" in enabled/*) systemctl enable --no-reload apparmor.service ;; esac
case "$was" in */active) systemctl start apparmor.service ;; esac
hp_log "AppArmor restored to $was (now $(hp_unit_states apparmor.service | cut -d' ' -f2))"
