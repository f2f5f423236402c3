# Unmasks the automatic apt units, then restores each one's enabled/active state. All are
# unmasked first: a timer does not start while the service it triggers is still masked.
units=$(hp_load units)
for unit in $units; do
  systemctl unmask "$unit" || true
done
for unit in $units; do
  was=$(hp_load "$unit" unknown/unknown)
  case "$was" in enabled/*) systemctl enable "$unit" ;; esac
  case "$was" in */active) systemctl start "$unit" || hp_warn "could not start $unit again" ;; esac
  hp_log "$unit restored ($was now $(hp_unit_state "$unit"))"
done
