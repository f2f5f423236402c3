# 1.2.0 errata: /etc/imscp/hooks.d is now /etc/imscp/listeners.d. The installer loads
# listener files from hooks.d while it exists, so its files move and the folder goes.
mkdir -p /etc/imscp/listeners.d
moved=""
for file in /etc/imscp/hooks.d/* /etc/imscp/hooks.d/.[!.]*; do
  [ -e "$file" ] || continue
  target=/etc/imscp/listeners.d/${file##*/}
  [ ! -e "$target" ] || hp_fail "both hooks.d and listeners.d have ${file##*/}: merge them by hand"
  mv "$file" "$target"
  moved="$moved ${file##*/}"
done
rmdir /etc/imscp/hooks.d
hp_report listeners-moved "${moved:-none}"
hp_log "moved to /etc/imscp/listeners.d:${moved:- nothing}; /etc/imscp/hooks.d removed"
