# Unmasks the automatic apt units and restores each one's enabled/active state.
for unit in $(hp_load units); do
  was=$(hp_load "$unit" unknown/unknown)
  systemctl unmask "$unit" || true
  case "$was" in enabled/*) systemctl enable "$unit" ;; esac
  case "$was" in */active) systemctl start "$unit" || hp_warn "could not start $unit again" ;; esac
  hp_log "$unit restored ($was now $(hp_unit_state "$unit"))"
done
