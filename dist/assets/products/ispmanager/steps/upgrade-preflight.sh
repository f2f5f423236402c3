# An upgrade needs an installed panel; its current version becomes previous-version.
[ -x /usr/local/mgr5/bin/core ] || hp_fail "ISPmanager is not installed (no /usr/local/mgr5/bin/core); use mode: install"
[ -x /usr/local/mgr5/sbin/pkgupgrade.sh ] || hp_fail "/usr/local/mgr5/sbin/pkgupgrade.sh is missing; this installation cannot be upgraded with the vendor's tool"
version=$(/usr/local/mgr5/bin/core ispmgr -V)
hp_fact PREVIOUS_VERSION "$version"
hp_fact OS_ID "$(hp_os_release ID)"
hp_log "installed: ISPmanager $version"
