# Automatic apt runs would fight the installer for the dpkg lock: stop and mask them for
# the duration. The undo (run at the end in any case) puts each back as it was.
units=""
for unit in unattended-upgrades.service apt-daily.timer apt-daily-upgrade.timer apt-daily.service apt-daily-upgrade.service; do
  if systemctl cat "$unit" >/dev/null 2>&1; then
    hp_save "$unit" "$(hp_unit_state "$unit")"
    units="$units $unit"
  fi
done
hp_save units "$units"
for unit in $units; do
  hp_log "$unit was $(hp_load "$unit"); stopping and masking"
  systemctl stop "$unit" || true
  systemctl mask "$unit"
done
