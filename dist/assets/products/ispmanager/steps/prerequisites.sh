# The packages the deployment needs before the installer runs; only missing ones are installed.
missing=""
for package in $PREREQUISITES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $package"
done
if [ -z "$missing" ]; then
  hp_log "all present: $PREREQUISITES"
  exit 0
fi
hp_log "installing:$missing"
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
