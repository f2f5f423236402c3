# Checks a running panel through its documented interfaces: version (core), licence
# (licctl), ihttpd, mgrctl and the HTTP API; the login page only warns. Every check runs and
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

CHECK=mgrctl
mgrctl_ok() {
  # mgrctl -i lists the panel's functions: a read-only call through the vendor's CLI.
  local out
  out=$(/usr/local/mgr5/sbin/mgrctl -m ispmgr -i lang=en 2>&1) || { printf 'mgrctl -m ispmgr -i: %s\n' "$(printf '%s' "$out" | tail -n 1)"; return 1; }
  hp_log "mgrctl answers ($(printf '%s\n' "$out" | grep -c .) lines of function information)"
}
check mgrctl_ok

main_ip=$(hp_main_ip)
public_ip=${PUBLIC_IP:-$main_ip}
address=$public_ip
# The domain names the panel only when it points at this host.
if [ -n "$PANEL_DOMAIN" ] && hp_resolve4 "$PANEL_DOMAIN" | grep -qx -e "$main_ip" -e "$public_ip"; then
  address=$PANEL_DOMAIN
fi
base="https://$(hp_url_host "$address"):1500"
# Asks the panel on its own address (name, IPv4 or IPv6 in the URL), connecting to the
# main address where ihttpd listens; the certificate is self-signed.
panel_get() {
  curl -sk --max-time 20 --connect-to "::$main_ip:" "$@"
}

CHECK=api
api_ok() {
  # The documented API: every answer is an XML <doc>; without credentials an error in it.
  local answer
  answer=$(panel_get "$base/ispmgr?out=xml&func=auth") || { printf '%s/ispmgr?out=xml does not answer\n' "$base"; return 1; }
  printf '%s' "$answer" | tr -d '\n' | grep -q '<doc[ >/]' || { printf '%s/ispmgr?out=xml answered without an XML doc\n' "$base"; return 1; }
  hp_log "the panel API answers at $base/ispmgr?out=xml"
  api_answers=yes
}
api_answers=no
check api_ok

# The login page's look is not part of any documented interface: only a warning, which
# says what the API check found rather than assuming it passed.
if panel_get "$base/ispmgr" | grep -qi 'password'; then
  hp_log "login page answers at $base/ispmgr"
elif [ "$api_answers" = yes ]; then
  hp_warn "$base/ispmgr answered without a login form (the API answers; the page may have changed)"
else
  hp_warn "$base/ispmgr shows no login form, and the API does not answer either (see the api check above)"
fi

# A deployment like the seed's puts the panel behind the domain on 443.
url="$base/ispmgr"
if [ "$address" = "$PANEL_DOMAIN" ] &&
  panel_get "https://$PANEL_DOMAIN/ispmgr?out=xml&func=auth" 2>/dev/null | tr -d '\n' | grep -q '<doc[ >/]'; then
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
