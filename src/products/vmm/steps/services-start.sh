# Starts Postfix and Dovecot again (those that ran before services-stop, and both when
# neither did), and fails naming any that does not run. Also the undo of services-stop.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

running=$(cat "$HP_RUN_DIR/data/services-stop/running" 2>/dev/null || true)
# shellcheck disable=SC2086 # a list of unit names
stopped=$(hp_restart ${running:-postfix dovecot})
[ -z "$stopped" ] || hp_fail "not running after a restart:$stopped (journalctl -u on the host says why)"
hp_log "running: ${running:-postfix dovecot}"
