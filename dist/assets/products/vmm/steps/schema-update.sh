# vmm 0.5.2 -> 0.6: the release's update script for the database's Dovecot flavour,
# strictly (ON_ERROR_STOP) and in one transaction with the optional types it drops
# created first where missing. Any error leaves the database as it was; the backup's
# undo then restores and proves it all the same.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

case "$FLAVOUR" in
  managesieve) script=$RELEASE_DIR/pgsql/update_tables_0.5.x-0.6.pgsql ;;
  sieve) script=$RELEASE_DIR/pgsql/update_tables_0.5.x-0.6-dovecot-1.2.x.pgsql ;;
  *) hp_fail "the 0.5.2 database has neither users.managesieve nor users.sieve: unknown Dovecot flavour" ;;
esac
[ -f "$script" ] || hp_fail "the release has no ${script##*/}"
missing=$(vmm_sql "SELECT string_agg(t, ' ') FROM unnest(ARRAY['address_maildir', 'dovecotpassword', 'dovecotuser', 'recipient_destination', 'recipient_transport', 'recipient_uid', 'sender_login']) t WHERE to_regtype('public.' || t) IS NULL")
hp_report optional-types-created "${missing:-none (the database has all seven)}"
hp_log "psql -v ON_ERROR_STOP=1 --single-transaction -f optional-types.pgsql -f ${script#"$RELEASE_DIR"/}   (missing optional types: ${missing:-none})"
vmm_run_sql "${script##*/}" --single-transaction -f "$HP_ASSETS/optional-types.pgsql" -f "$script"
printf '%s\n' "$VMM_SQL_OUT" | grep -v '^$' || true
[ "$(vmm_layout)" = 0.6 ] || hp_fail "${script##*/} ran but the database has no service_set table"
hp_log "database $PG_NAME now has vmm 0.6's layout ($FLAVOUR flavour)"
