# Checks a running panel: version, licence, web server, login page. Every check runs and
# is reported; the step fails if any of them failed.
failed=""
check() {
  if "$@"; then return 0; fi
  failed="$failed $CHECK"
  printf 'FAILED: %s\n' "$CHECK"
}

CHECK=version
version_ok() {
  local version
  version=$(/usr/local/mgr5/bin/core ispmgr -V 2>/dev/null) || return 1
  hp_fact INSTALLED_VERSION "$version"
  hp_log "version: $version"
  case "$version" in "$EXPECTED_MAJOR".*) ;; *) printf 'version %s is not ISPmanager %s\n' "$version" "$EXPECTED_MAJOR"; return 1 ;; esac
}
check version_ok

CHECK=licence
licence_ok() {
  local info
  info=$(/usr/local/mgr5/sbin/licctl info ispmgr 2>&1) || { printf '%s\n' "$info"; return 1; }
  printf '%s\n' "$info" | sed 's/^/licence: /'
  hp_fact LICENCE "$(printf '%s' "$info" | tr '\n' ' ' | cut -c1-200)"
}
check licence_ok

CHECK=ihttpd
ihttpd_ok() {
  local state
  state=$(systemctl is-active ihttpd 2>/dev/null || true)
  hp_log "ihttpd: $state"
  [ "$state" = active ]
}
check ihttpd_ok

main_ip=$(hp_main_ip)
public_ip=${PUBLIC_IP:-$main_ip}
address=$public_ip
# The domain names the panel only when it points at this host.
if [ -n "$PANEL_DOMAIN" ] && hp_resolve4 "$PANEL_DOMAIN" | grep -qx -e "$main_ip" -e "$public_ip"; then
  address=$PANEL_DOMAIN
fi
CHECK=login-page
login_ok() {
  local page
  # The panel binds the main address, not loopback; its certificate is self-signed.
  page=$(curl -sk --max-time 20 --resolve "$address:1500:$main_ip" "https://$address:1500/ispmgr") || return 1
  printf '%s' "$page" | grep -qi 'password' || { printf 'https://%s:1500/ispmgr answered without a login form\n' "$address"; return 1; }
  hp_log "login page answers at https://$address:1500/ispmgr"
}
check login_ok

# A deployment like the seed's puts the panel behind the domain on 443, path /.
url="https://$address:1500/ispmgr"
if [ "$address" = "$PANEL_DOMAIN" ] &&
  curl -skL --max-time 10 --resolve "$PANEL_DOMAIN:443:$main_ip" "https://$PANEL_DOMAIN/" 2>/dev/null | grep -qi 'password'; then
  url="https://$PANEL_DOMAIN/"
  hp_log "the panel also answers at $url"
fi
hp_fact PANEL_URL "$url"
# where the panel answers, for the runner to ask without resolving the name
hp_fact PANEL_ADDRESS "$public_ip"

if [ -n "$failed" ]; then
  hp_fail "verification failed:$failed"
fi
hp_log "all checks passed"
