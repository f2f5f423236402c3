# 1.2.0 errata (check): is there a hooks.d folder to rename?
[ -d /etc/imscp/hooks.d ] || hp_skip "no /etc/imscp/hooks.d"
hp_log "/etc/imscp/hooks.d: $(find /etc/imscp/hooks.d -mindepth 1 -maxdepth 1 | wc -l) file(s)"
