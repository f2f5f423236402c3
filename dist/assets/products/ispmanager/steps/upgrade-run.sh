# The vendor's own upgrade path.
/usr/local/mgr5/sbin/pkgupgrade.sh coremanager </dev/null 2>&1 | tee "$UPGRADE_LOG"
