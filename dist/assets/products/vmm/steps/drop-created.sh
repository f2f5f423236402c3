# Undo of create-db (install): the database was empty before, so everything the create
# script made is dropped again, in one transaction.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

vmm_psql --single-transaction -f "$HP_ASSETS/drop-all.pgsql" >/dev/null
hp_log "dropped what the create script made in $PG_NAME"
