# Prints what a step script left in its result folder ($HP_READ), one file a line as
# "NAME VALUE", both base64 so that nothing in them can shape the listing, then removes
# the folder. Values are capped: a result is a fact or a message, not a log.
[ -d "$HP_READ" ] || exit 0
for file in "$HP_READ"/*; do
  [ -f "$file" ] || continue
  printf '%s %s\n' "$(printf '%s' "${file##*/}" | base64 -w0)" "$(head -c 262144 "$file" | base64 -w0)"
done
rm -rf "$HP_READ"
