# Automatic apt runs would fight the installer for the dpkg lock: stop them and mask them
# for the duration. The masks are runtime ones (/run): a reboot of the host undoes them by
# itself; the undo (run at the end in any case) puts each unit back as it was.
states=$(hp_unit_states unattended-upgrades.service apt-daily.timer apt-daily-upgrade.timer apt-daily.service apt-daily-upgrade.service)
units=""
while read -r unit was; do
  [ -n "$unit" ] || continue
  hp_save "$unit" "$was"
  units="$units $unit"
  hp_log "$unit was $was; stopping and masking until the end of the run"
done <<<"$states"
hp_save units "$units"
if [ -n "$units" ]; then
  # shellcheck disable=SC2086 # a list of unit names
  systemctl stop $units || true
  # shellcheck disable=SC2086
  systemctl mask --runtime $units
fi
