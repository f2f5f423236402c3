# Checks a running i-MSCP: the Version in imscp.conf is the target, and its services run by
# the same test the undo's restore passes (imscp_not_running: processes, the daemon's port,
# the panel answering 200 at the URL imscp.conf describes, asked at BASE_SERVER_IP with
# that name). Every check runs and is reported; the step fails if any failed.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

[ -f "$IMSCP_CONF" ] || hp_fail "i-MSCP is not installed here (no $IMSCP_CONF)"
failed=""
version=$(imscp_conf Version)
hp_fact INSTALLED_VERSION "$version"
hp_log "version: $version (expected $TARGET_VERSION)"
[ "$version" = "$TARGET_VERSION" ] || failed="$failed version($version)"

# shellcheck disable=SC2086 # a list of unit names
failed="$failed$(imscp_not_running $IMSCP_SERVICES nginx)"
imscp_panel_url
hp_fact PANEL_URL "$PANEL_URL"
hp_fact PANEL_ADDRESS "$PANEL_ADDRESS"
hp_log "services: ${failed:-all running}; panel $PANEL_URL (at $PANEL_ADDRESS)"

[ -z "$failed" ] || hp_fail "verification failed:$failed"
hp_log "i-MSCP $version verified; panel: $PANEL_URL"
