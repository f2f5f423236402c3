# The packages the deployment needs before the installer runs; only missing ones are installed.
# One dpkg-query for all of them (each call reads the whole status database); it exits 1
# when one of them is unknown to dpkg.
# shellcheck disable=SC2086 # a list of package names
installed=" $({ dpkg-query -W -f='${Package} ${Status}\n' $PREREQUISITES 2>/dev/null || true; } | awk '$NF == "installed" { printf "%s ", $1 }')"
missing=""
for package in $PREREQUISITES; do
  case "$installed" in *" $package "*) ;; *) missing="$missing $package" ;; esac
done
if [ -z "$missing" ]; then
  hp_log "all present: $PREREQUISITES"
  exit 0
fi
hp_log "installing:$missing"
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
