# The Postfix and Dovecot files that still query vmm 0.5.2's views (found by the
# preflight) are rewritten only with update-configs: true.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

if [ "$UPDATE_CONFIGS" != true ]; then
  hp_warn "not rewritten (update-configs is false), and still querying vmm 0.5.2's views: $STALE_FILES"
  hp_skip "update-configs is false: $STALE_FILES left as they are"
fi
