# Read-only checks before anything changes. Every failure names what to fix; FORCE
# turns the checks that are safe to skip into warnings.
problems=""
problem() {
  if [ "$2" = soft ] && [ "$FORCE" = true ]; then
    hp_warn "$1 (continuing: force is set)"
  else
    printf 'FAILED: %s\n' "$1"
    problems="${problems:+$problems; }$1"
  fi
}

[ "$EUID" -eq 0 ] || problem "not running as root" hard

# dpkg has the panel's package installed (not just its config files left behind). dpkg
# keeps a file list for each unpacked package: without one there is no need to read its
# whole status database (tens of milliseconds on a full host).
panel_package_installed() {
  local list
  for list in /var/lib/dpkg/info/ispmanager-lite-common.list /var/lib/dpkg/info/ispmanager-lite-common:*.list; do
    [ -e "$list" ] || continue
    case "$(dpkg-query -W -f='${Status}\n' ispmanager-lite-common 2>/dev/null)" in *" installed"*) return 0 ;; esac
    return 1
  done
  return 1
}

# An installed panel makes the other checks moot (its own ihttpd holds port 1500).
if [ -x /usr/local/mgr5/bin/core ] || panel_package_installed; then
  hp_fail "ISPmanager is already installed ($(/usr/local/mgr5/bin/core ispmgr -V 2>/dev/null || echo 'version unknown')); use mode: upgrade (nothing was changed)"
fi

os_id=$(hp_os_release ID)
codename=$(hp_os_release VERSION_CODENAME)
hp_log "operating system: $(hp_os_release PRETTY_NAME) ($os_id $codename)"
# Releases the vendor's installer accepts (from the catalogue); the EOL ones only with
# --silent, which allows them.
case " $SUPPORTED_OS " in
  *" $os_id:$codename "*) ;;
  *)
    case " $EOL_OS " in
      *" $os_id:$codename "*) problem "$os_id $codename is end-of-life for ISPmanager" soft ;;
      *) problem "unsupported operating system '$os_id $codename'; ISPmanager $EXPECTED_MAJOR installs on: $SUPPORTED_OS" hard ;;
    esac
    ;;
esac
hp_fact OS_ID "$os_id"
hp_fact OS_CODENAME "$codename"

fqdn=$(hostname -f 2>/dev/null || hostname)
if [ "${#fqdn}" -lt 2 ] || [ "${#fqdn}" -gt 50 ] || [ "${fqdn#*.}" = "$fqdn" ] || [ "${fqdn#*_}" != "$fqdn" ]; then
  problem "hostname '$fqdn' is not a valid FQDN for ISPmanager (2-50 characters, a dot, no underscore)" soft
fi
hp_log "hostname: $fqdn"

# Naming the holder (-p) reads every process's file descriptors: only when one listens.
ports='( sport = :443 or sport = :1500 )'
listening=$(ss -Hltn "$ports")
[ -z "$listening" ] || listening=$(ss -Hltnp "$ports")
for port in 443 1500; do
  holder=$(awk -v port=":$port" 'substr($4, length($4) - length(port) + 1) == port { print $NF; exit }' <<<"$listening")
  [ -z "$holder" ] || problem "TCP port $port is already in use: $holder" hard
done

mem_kb=0
while read -r key value _; do
  if [ "$key" = MemTotal: ]; then mem_kb=$value; break; fi
done </proc/meminfo
mem_mb=$((mem_kb / 1024))
hp_log "memory: ${mem_mb} MB"
if [ "$DBTYPE" = mysql ] && [ "$mem_mb" -le 1024 ]; then
  problem "${mem_mb} MB of memory is too little for dbtype mysql (the installer needs more than 1024 MB; use dbtype sqlite)" soft
fi

main_ip=$(hp_main_ip)
[ -n "$main_ip" ] || problem "the host has no global IPv4 address" hard
hp_fact MAIN_IP "$main_ip"
hp_fact PUBLIC_IP "${PUBLIC_IP:-$main_ip}"
hp_log "main address: $main_ip; public address: ${PUBLIC_IP:-$main_ip (detected)}"

if [ -n "$problems" ]; then
  hp_fail "$problems (nothing was changed)"
fi
hp_log "preflight passed"
