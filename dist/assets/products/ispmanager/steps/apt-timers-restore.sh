# Removes the runtime masks of the automatic apt units, then restores each one's enabled
# and active state. All are unmasked first: a timer does not start while the service it
# triggers is still masked. A mask of the host's own (in /etc) is left as it was.
units=$(hp_load units)
[ -n "${units// /}" ] || exit 0
enable=""
start=""
for unit in $units; do
  was=$(hp_load "$unit" unknown/unknown)
  case "$was" in enabled/*) enable="$enable $unit" ;; esac
  case "$was" in */active) start="$start $unit" ;; esac
done
# shellcheck disable=SC2086 # lists of unit names
systemctl unmask --runtime $units
# shellcheck disable=SC2086
[ -z "$enable" ] || systemctl enable $enable
# shellcheck disable=SC2086
[ -z "$start" ] || systemctl start $start || hp_warn "could not start again:$start"
# shellcheck disable=SC2086
while read -r unit now; do
  hp_log "$unit restored ($(hp_load "$unit" unknown/unknown) now $now)"
done <<<"$(hp_unit_states $units)"
