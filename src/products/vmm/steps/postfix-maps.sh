# install (0.7.0): the package's Postfix pgsql-*.cf examples into Postfix's folder where
# none is there yet (as the package's README.Debian suggests), root:postfix 0640, with
# this run's database name and host. Their password is the Postfix database user's: the
# report names the files to complete.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

postfix_dir=$(vmm_postfix_dir)
added=""
for example in "$VMM_PKG_EXAMPLES"/postfix/pgsql-*.cf; do
  target=$postfix_dir/${example##*/}
  [ ! -e "$target" ] || continue
  install -o root -g postfix -m 0640 "$example" "$target"
  vmm_cf_connection "$target"
  added="$added ${target##*/}"
done
hp_report postfix-maps "added to $postfix_dir:$added; set their password (the Postfix database user's) and point main.cf's virtual_*_maps and transport_maps at them"
hp_warn "Postfix maps added to $postfix_dir:$added: set their password and point main.cf at them"
