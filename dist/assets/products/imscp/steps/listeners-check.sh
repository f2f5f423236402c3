# 1.2.3 errata (check): listener files that still use iMSCP::HooksManager, gone in 1.2.3.
files=$(grep -l 'iMSCP::HooksManager' /etc/imscp/listeners.d/*.pl /etc/imscp/hooks.d/*.pl 2>/dev/null || true)
[ -n "$files" ] || hp_skip "no listener file uses iMSCP::HooksManager"
hp_log "to rewrite: $(printf '%s' "$files" | paste -sd ' ')"
