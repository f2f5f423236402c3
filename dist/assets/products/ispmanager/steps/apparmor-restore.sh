was=$(hp_load state unknown/unknown)
case "$was" in enabled/*) systemctl enable apparmor.service ;; esac
case "$was" in */active) systemctl start apparmor.service ;; esac
hp_log "AppArmor restored to $was (now $(hp_unit_states apparmor.service | cut -d' ' -f2))"
