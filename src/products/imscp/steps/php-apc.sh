# 1.2.3 errata: remove php-apc from the release's packages file (the release copy in the
# run's folder; nothing else changes).
cp "$PACKAGES_FILE" "$PACKAGES_FILE.orig"
sed -i '/<package>[[:space:]]*php-apc[[:space:]]*<\/package>/d' "$PACKAGES_FILE"
diff -u "$PACKAGES_FILE.orig" "$PACKAGES_FILE" || true
rm -f "$PACKAGES_FILE.orig"
hp_report php-apc "removed from ${PACKAGES_FILE##*/docs/} (PHP $PHP_VERSION is not the distribution's)"
