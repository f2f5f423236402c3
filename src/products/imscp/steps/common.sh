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

# imscp_tables_proof: "table rows checksum" for every table of the database, sorted.
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

# imscp_export_answers: makes the inputs the preseed generator reads visible to it.
imscp_export_answers() {
  local name
  for name in $(compgen -v PRESEED_) DATABASE_PASSWORD ADMIN_PASSWORD; do
    if [ -n "${!name:-}" ]; then export "${name?}"; fi
  done
  export PANEL_HOSTNAME ADMIN_EMAIL WEBMAILS DB_USER DB_HOST DB_NAME TARGET_VERSION SQL_MIN PORTS_ASKED WEBMAILS_ASKED IMSCP_DB_CNF
}

# imscp_preseed OUT PROBLEMS: writes the preseed file (0600) and the list of doubtful answers.
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
