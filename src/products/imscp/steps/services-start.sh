# Undo of services-stop: start the i-MSCP services that ran before.
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

for unit in $(hp_load running); do
  service "$unit" start
done
