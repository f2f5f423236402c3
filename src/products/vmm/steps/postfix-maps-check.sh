# install (0.7.0): is any of the package's Postfix pgsql-*.cf examples missing from
# Postfix's folder? If not, the postfix-maps step has nothing to do.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

postfix_dir=$(vmm_postfix_dir)
for example in "$VMM_PKG_EXAMPLES"/postfix/pgsql-*.cf; do
  [ -e "$postfix_dir/${example##*/}" ] || exit 0
done
hp_skip "every pgsql-*.cf of the package is already in $postfix_dir (kept as they are)"
