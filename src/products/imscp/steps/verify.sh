# Checks a running i-MSCP: the Version in imscp.conf is the target, the i-MSCP services and
# nginx run, and the panel answers at the URL imscp.conf describes (prefix,
# BASE_SERVER_VHOST, HTTP or HTTPS port), asked from the host with that Host header.
# Every check runs and is reported; the step fails if any failed.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

[ -f "$IMSCP_CONF" ] || hp_fail "i-MSCP is not installed here (no $IMSCP_CONF)"
failed=""
version=$(imscp_conf Version)
hp_fact INSTALLED_VERSION "$version"
hp_log "version: $version (expected $TARGET_VERSION)"
[ "$version" = "$TARGET_VERSION" ] || failed="$failed version($version)"

for unit in $IMSCP_SERVICES nginx; do
  state=$(systemctl is-active "$unit" 2>/dev/null || true)
  hp_log "$unit: ${state:-unknown}"
  [ "$state" = active ] || failed="$failed $unit(${state:-unknown})"
done

prefix=$(imscp_conf BASE_SERVER_VHOST_PREFIX)
prefix=${prefix:-http://}
vhost=$(imscp_conf BASE_SERVER_VHOST)
address=$(imscp_conf BASE_SERVER_IP)
if [ "$prefix" = https:// ]; then port=$(imscp_conf BASE_SERVER_VHOST_HTTPS_PORT); else port=$(imscp_conf BASE_SERVER_VHOST_HTTP_PORT); fi
url="$prefix$vhost:$port/"
hp_fact PANEL_URL "$url"
hp_fact PANEL_ADDRESS "$address"
# The panel's name need not resolve anywhere: it is asked for at BASE_SERVER_IP.
code=$(curl -sk -o /dev/null -w '%{http_code}' --max-time 20 --resolve "$vhost:$port:$address" "$url" || true)
hp_log "panel $url (at $address): HTTP $code"
[ "$code" = 200 ] || failed="$failed panel(HTTP $code)"

[ -z "$failed" ] || hp_fail "verification failed:$failed"
hp_log "i-MSCP $version verified; panel: $url"
