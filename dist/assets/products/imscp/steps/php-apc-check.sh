# 1.2.3 errata (check): php-apc is in 1.2.3's packages file for Debian 7 and Ubuntu 12.04
# but exists only for the distribution's own PHP; with another PHP, apt fails on it.
case "$DISTRIBUTION" in
  debian:wheezy) ours='^5\.4\.[0-9]+-(0\+deb7u[0-9]+|[0-9]+(\+deb7u[0-9]+)?)$' ;;
  ubuntu:precise) ours='^5\.3\.10-1ubuntu3(\.[0-9]+)*$' ;;
  *) hp_skip "$DISTRIBUTION: 1.2.3 lists php-apc only for Debian 7 and Ubuntu 12.04" ;;
esac
grep -q '<package>[[:space:]]*php-apc[[:space:]]*</package>' "$PACKAGES_FILE" || hp_skip "the packages file does not list php-apc"
php=$(dpkg-query -W -f '${Version}' php5-common 2>/dev/null || true)
[ -n "$php" ] || hp_skip "no PHP installed: the distribution's PHP comes with the install, and php-apc with it"
if printf '%s\n' "$php" | grep -Eq "$ours"; then hp_skip "PHP $php is the distribution's; php-apc exists for it"; fi
hp_fact PHP_VERSION "$php"
hp_log "PHP $php is not the distribution's: php-apc must go"
