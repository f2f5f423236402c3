# Helpers the i-MSCP steps share (sent as an asset, sourced by each step).
IMSCP_CONF=/etc/imscp/imscp.conf
IMSCP_ROOT=/var/www/imscp
# shellcheck disable=SC2034 # used by the steps that source this file
IMSCP_PLUGINS=$IMSCP_ROOT/gui/plugins
# shellcheck disable=SC2034
IMSCP_PROTECTED=$IMSCP_ROOT/gui/data/persistent/protected_plugins.php
IMSCP_SERVICES="imscp_network imscp_daemon imscp_panel"
# The SQL credentials of the run (0600, written by the preflight from imscp.conf and inputs):
# every client reads this file only, so /root/.my.cnf cannot change who logs in.
IMSCP_DB_CNF=$HP_RUN_DIR/imscp-db.cnf

# imscp_conf KEY [FILE]: a value of imscp.conf ('' when absent).
imscp_conf() {
  local file=${2:-$IMSCP_CONF}
  [ -f "$file" ] || return 0
  sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$file" | tail -n 1 | sed 's/[[:space:]]*$//'
}

imscp_mysql_client() {
  if hp_have mysql; then printf 'mysql\n'; else printf 'mariadb\n'; fi
}

# imscp_sql QUERY: rows of the i-MSCP database, tab-separated, no header.
imscp_sql() {
  "$(imscp_mysql_client)" --defaults-file="$IMSCP_DB_CNF" -N -B "$DB_NAME" -e "$1"
}

# imscp_sql_quote VALUE: a quoted SQL string literal.
imscp_sql_quote() {
  printf "'%s'" "$(printf '%s' "$1" | sed -e "s/\\\\/\\\\\\\\/g" -e "s/'/\\\\'/g")"
}

# imscp_tables_proof: "table rows checksum" for every table of the database, sorted. Both
# stream, at any table size (no bound like PostgreSQL's 1 GB for one value): COUNT(*), and
# CHECKSUM TABLE, which reads the table row by row (https://mariadb.com/kb/en/checksum-table)
# and adds each row's CRC32 into a 32-bit sum (MariaDB's handler::calculate_checksum,
# sql/handler.cc), so no value grows with the table and row order does not matter.
imscp_tables_proof() {
  local table
  imscp_sql "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1" | while read -r table; do
    printf '%s %s %s\n' "$table" "$(imscp_sql "SELECT COUNT(*) FROM \`$table\`")" "$(imscp_sql "CHECKSUM TABLE \`$table\`" | cut -f2)"
  done
}

# imscp_codename: "debian:wheezy" style, from lsb_release as the installer reads it.
imscp_codename() {
  local id codename
  if hp_have lsb_release; then
    id=$(lsb_release -si 2>/dev/null)
    codename=$(lsb_release -sc 2>/dev/null)
  else
    id=$(hp_os_release ID)
    codename=$(hp_os_release VERSION_CODENAME)
  fi
  printf '%s:%s\n' "$(printf '%s' "$id" | tr '[:upper:]' '[:lower:]')" "$codename"
}

# imscp_active_services: the i-MSCP services (and nginx) running now, space-separated.
imscp_active_services() {
  local unit active=""
  for unit in $IMSCP_SERVICES nginx; do
    if [ "$(systemctl is-active "$unit" 2>/dev/null || true)" = active ]; then active="$active $unit"; fi
  done
  printf '%s\n' "${active# }"
}

# imscp_export_answers: makes the inputs, and what the host is, visible to the preseed
# generator (it runs no command of its own, so a test can hand it any host).
imscp_export_answers() {
  local name
  for name in $(compgen -v PRESEED_) DATABASE_PASSWORD ADMIN_PASSWORD; do
    if [ -n "${!name:-}" ]; then export "${name?}"; fi
  done
  HOST_FQDN=$(hostname -f 2>/dev/null || true)
  HOST_IPS=$(ip -o addr show scope global 2>/dev/null | awk '{ split($4, a, "/"); print a[1] }' | paste -sd ' ')
  HOST_MAIN_IP=$(hp_main_ip)
  HOST_TIMEZONE=$(cat /etc/timezone 2>/dev/null || timedatectl show -p Timezone --value 2>/dev/null || true)
  SQL_SERVER_FOUND=$(imscp_sql_server)
  # The administrator the installer would otherwise ask for, the server_ips it counts as this
  # host's, and whether a preseed name belongs to a reseller or customer (none before an install).
  EXISTING_ADMIN=$(imscp_sql "SELECT admin_name FROM admin WHERE created_by = 0 AND admin_type = 'admin' ORDER BY admin_id LIMIT 1" 2>/dev/null || true)
  DB_SERVER_IPS=$(imscp_sql 'SELECT ip_number FROM server_ips' 2>/dev/null | paste -sd ' ' || true)
  ADMIN_NAME_TAKEN=""
  if [ -n "${PRESEED_ADMIN_LOGIN_NAME:-}" ]; then
    ADMIN_NAME_TAKEN=$(imscp_sql "SELECT admin_id FROM admin WHERE created_by <> 0 AND admin_name = $(imscp_sql_quote "$PRESEED_ADMIN_LOGIN_NAME") LIMIT 1" 2>/dev/null || true)
  fi
  export HOST_FQDN HOST_IPS HOST_MAIN_IP HOST_TIMEZONE SQL_SERVER_FOUND EXISTING_ADMIN DB_SERVER_IPS ADMIN_NAME_TAKEN
  export PANEL_HOSTNAME ADMIN_EMAIL WEBMAILS DB_USER DB_HOST DB_NAME TARGET_VERSION MODE SQL_MIN PORTS_ASKED WEBMAILS_ASKED \
    POLICYD_ASKED RESOLVER_IN_CONF FILEMANAGERS ANSWER_RULES PACKAGES_FILE
}

# imscp_sql_server: the running SQL server as i-MSCP names it (mysql_5.5, mariadb_10.0).
imscp_sql_server() {
  local version
  version=$({ mysqld --version || mariadbd --version || /usr/sbin/mysqld --version || /usr/sbin/mariadbd --version; } 2>/dev/null | head -n 1)
  case "$version" in
    *-MariaDB*) printf '%s\n' "$version" | sed -n 's/.* \([0-9][0-9]*\.[0-9][0-9]*\)\.[0-9][0-9]*-MariaDB.*/mariadb_\1/p' ;;
    *Ver\ *) printf '%s\n' "$version" | sed -n 's/.*Ver \([0-9][0-9]*\.[0-9][0-9]*\).*/mysql_\1/p' ;;
  esac
}

# imscp_preseed OUT PROBLEMS: writes the preseed file (0600) and the list of problems.
imscp_preseed() {
  imscp_export_answers
  (umask 077 && perl "$HP_ASSETS/preseed.pl" "$1" "$2")
}

imscp_dump_client() {
  if hp_have mysqldump; then printf 'mysqldump\n'; else printf 'mariadb-dump\n'; fi
}

# imscp_rqst_mngr: runs i-MSCP's request manager, as the panel's daemon would; names the
# plugins it left with an error.
imscp_rqst_mngr() {
  local errors
  if ! perl "$IMSCP_ROOT/engine/imscp-rqst-mngr"; then
    errors=$(imscp_sql "SELECT CONCAT(plugin_name, ': ', plugin_error) FROM plugin WHERE plugin_error IS NOT NULL" | paste -sd ';')
    hp_fail "i-MSCP's request manager failed: ${errors:-see the log}"
  fi
}

# imscp_plugins_disable NAME...: disables enabled plugins as the 1.2.x plugin manager does:
# a backend plugin goes through todisable and the request manager, the others directly.
imscp_plugins_disable() {
  local name backend queued=0
  for name in "$@"; do
    backend=$(imscp_sql "SELECT plugin_backend FROM plugin WHERE plugin_name = $(imscp_sql_quote "$name") AND plugin_status = 'enabled'")
    case "$backend" in
      yes) imscp_sql "UPDATE plugin SET plugin_status = 'todisable' WHERE plugin_name = $(imscp_sql_quote "$name")"; queued=1 ;;
      no) imscp_sql "UPDATE plugin SET plugin_status = 'disabled' WHERE plugin_name = $(imscp_sql_quote "$name")" ;;
      *) continue ;;
    esac
    hp_log "disabling plugin $name (backend: $backend)"
  done
  if [ "$queued" = 1 ]; then imscp_rqst_mngr; fi
}

# imscp_panel_url: PANEL_URL, PANEL_VHOST, PANEL_PORT and PANEL_ADDRESS from imscp.conf
# (prefix, BASE_SERVER_VHOST, the HTTP or HTTPS port, BASE_SERVER_IP).
imscp_panel_url() {
  local prefix
  prefix=$(imscp_conf BASE_SERVER_VHOST_PREFIX)
  prefix=${prefix:-http://}
  PANEL_VHOST=$(imscp_conf BASE_SERVER_VHOST)
  PANEL_ADDRESS=$(imscp_conf BASE_SERVER_IP)
  if [ "$prefix" = https:// ]; then PANEL_PORT=$(imscp_conf BASE_SERVER_VHOST_HTTPS_PORT); else PANEL_PORT=$(imscp_conf BASE_SERVER_VHOST_HTTP_PORT); fi
  PANEL_URL="$prefix$PANEL_VHOST:$PANEL_PORT/"
}

# imscp_panel_code: the HTTP status the panel answers at its URL, asked at BASE_SERVER_IP
# (its name need not resolve anywhere); 000 when nothing answers.
imscp_panel_code() {
  imscp_panel_url
  curl -sk -o /dev/null -w '%{http_code}' --max-time 20 --resolve "$PANEL_VHOST:$PANEL_PORT:$PANEL_ADDRESS" "$PANEL_URL" || true
}

# imscp_not_running UNIT...: each of the units that does not run, as "unit(why)" after a
# space; nothing when all run. Running is not systemd's word (a SysV unit whose script
# failed is "active (exited)"): imscp_daemon is its process listening on 127.0.0.1:9876
# (1.2.3:daemon/defs.h:12), nginx its process, imscp_panel the panel answering 200 at its
# URL through nginx and the panel's PHP. imscp_network only sets firewall rules and keeps
# no process: for it systemd's word is all there is.
imscp_not_running() {
  local unit state code failed=""
  for unit in "$@"; do
    case "$unit" in
      imscp_daemon)
        if ! pgrep -f 'daemon/imscp_daemon' >/dev/null || ! (exec 3<>/dev/tcp/127.0.0.1/9876) 2>/dev/null; then
          failed="$failed imscp_daemon(no process answering on 127.0.0.1:9876)"
        fi
        ;;
      nginx) pgrep -x nginx >/dev/null || failed="$failed nginx(no process)" ;;
      imscp_panel)
        code=$(imscp_panel_code)
        # The URL is the host's text: it is reported as a fact, not repeated in the message.
        [ "$code" = 200 ] || failed="$failed imscp_panel(the panel URL answers HTTP $code)"
        ;;
      *)
        state=$(systemctl is-active "$unit" 2>/dev/null || true)
        [ "$state" = active ] || failed="$failed $unit(${state:-unknown})"
        ;;
    esac
  done
  printf '%s' "$failed"
}

# imscp_running UNIT...: true when every unit runs (for hp_wait_until).
imscp_running() {
  [ -z "$(imscp_not_running "$@")" ]
}
