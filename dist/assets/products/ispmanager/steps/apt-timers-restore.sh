# Removes the runtime masks of the automatic apt units, then restores each one's enabled
# and active state. All are unmasked first: a timer does not start while the service it
# triggers is still masked. A mask of the host's own (in /etc) is left as it was. Each
# enable costs systemd a reload: only a unit that is not back as it was gets one.
units=$(hp_load units)
[ -n "${units// /}" ] || exit 0
# shellcheck disable=SC2086 # a list of unit names
systemctl unmask --runtime $units
enable=""
start=""
# shellcheck disable=SC2086 # a list of unit names
while read -r unit now; do
  [ -n "$unit" ] || continue
  was=$(hp_load "$unit" unknown/unknown)
  case "$was/$now" in enabled/*/enabled/*) ;; enabled/*) enable="$enable $unit" ;; esac
  case "$was/$now" in */active/*/active) ;; */active/*) start="$start $unit" ;; esac
done <<<"$(hp_unit_states $units)"
# shellcheck disable=SC2086 # lists of unit names
[ -z "$enable" ] || systemctl enable $enable
# shellcheck disable=SC2086
[ -z "$start" ] || systemctl start $start || hp_warn "could not start again:$start"
# shellcheck disable=SC2086
while read -r unit now; do
  hp_log "$unit restored ($(hp_load "$unit" unknown/unknown) now $now)"
done <<<"$(hp_unit_states $units)"
