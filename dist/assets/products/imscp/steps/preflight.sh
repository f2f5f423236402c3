# Before any change: root, the installed version (PREVIOUS_VERSION) against the target,
# the distribution against the target's support, and a working login to the SQL server
# with the credentials every later step uses (written to a 0600 file of the run).
# shellcheck source=src/products/imscp/steps/common.sh
. "$HP_ASSETS/common.sh"

[ "$EUID" -eq 0 ] || hp_fail "i-MSCP's installer needs root (the action runs its steps as root or through sudo -n)"

previous=none
if [ -f "$IMSCP_CONF" ]; then
  previous=$(imscp_conf Version)
  [ -n "$previous" ] || hp_fail "$IMSCP_CONF has no Version line: cannot tell which i-MSCP is installed (nothing was changed)"
fi
hp_fact PREVIOUS_VERSION "$previous"
hp_log "installed: $previous; target: $TARGET_VERSION"

case "$MODE" in
  upgrade)
    [ "$previous" != none ] || hp_fail "i-MSCP is not installed here (no $IMSCP_CONF); use mode: install (nothing was changed)"
    if dpkg --compare-versions "$previous" lt 1.1.0; then
      hp_fail "i-MSCP $previous is older than 1.1.0: update it to the last 1.1.x release first (nothing was changed)"
    fi
    if dpkg --compare-versions "$previous" gt "$TARGET_VERSION"; then
      hp_fail "downgrade refused: i-MSCP $previous is installed and the target is $TARGET_VERSION; the installer cannot go back (restore a backup instead; nothing was changed)"
    fi
    if [ "$previous" = "$TARGET_VERSION" ]; then
      [ "$FORCE" = true ] || hp_fail "i-MSCP $TARGET_VERSION is already installed; nothing to do (force: true runs its installer again; nothing was changed)"
      hp_warn "i-MSCP $TARGET_VERSION is already installed; running its installer again (force)"
    fi
    ;;
  install)
    if [ "$previous" != none ]; then
      [ "$FORCE" = true ] || hp_fail "i-MSCP $previous is already installed; use mode: upgrade (nothing was changed)"
      hp_warn "i-MSCP $previous is already installed; installing $TARGET_VERSION over it (force)"
    fi
    ;;
esac

codename=$(imscp_codename)
hp_fact DISTRIBUTION "$codename"
case " $SUPPORTED " in
  *" $codename "*) hp_log "distribution $codename: supported by i-MSCP $TARGET_VERSION" ;;
  *)
    # shellcheck disable=SC2153 # the catalogue's list, not the fact PACKAGES_FILE
    case " $PACKAGES_FILES " in
      *" $codename "*)
        why="i-MSCP $TARGET_VERSION has a packages file for $codename but its notes do not support it (supported: $SUPPORTED)"
        [ "$FORCE" = true ] || hp_fail "$why; force: true goes on (nothing was changed)"
        hp_warn "$why; going on (force)"
        ;;
      *) hp_fail "$codename is not supported by i-MSCP $TARGET_VERSION (supported: $SUPPORTED; nothing was changed)" ;;
    esac
    ;;
esac

# The SQL login: the database-user and database-password inputs, else imscp.conf.
DB_HOST=$(imscp_conf DATABASE_HOST)
DB_HOST=${DB_HOST:-localhost}
DB_NAME=$(imscp_conf DATABASE_NAME)
DB_NAME=${DB_NAME:-imscp}
DB_USER=${DATABASE_USER_INPUT:-$(imscp_conf DATABASE_USER)}
DB_USER=${DB_USER:-root}
password=${DATABASE_PASSWORD:-$(imscp_conf DATABASE_PASSWORD)}
cnf_value() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"; }
(
  umask 077
  printf '[client]\nuser=%s\npassword=%s\nhost=%s\n' "$(cnf_value "$DB_USER")" "$(cnf_value "$password")" "$(cnf_value "$DB_HOST")" >"$IMSCP_DB_CNF"
)
if ! "$(imscp_mysql_client)" --defaults-file="$IMSCP_DB_CNF" -N -B -e 'SELECT 1' >/dev/null; then
  hp_fail "cannot log in to the SQL server as $DB_USER@$DB_HOST; set database-password (real i-MSCP installs keep it encrypted in imscp.conf; nothing was changed)"
fi
hp_fact DB_HOST "$DB_HOST"
hp_fact DB_NAME "$DB_NAME"
hp_fact DB_USER "$DB_USER"
if [ "$MODE" = upgrade ]; then
  imscp_sql 'SELECT 1' >/dev/null || hp_fail "the i-MSCP database $DB_NAME is not readable as $DB_USER (nothing was changed)"
  plugins=$(imscp_sql "SELECT CONCAT(plugin_name, ' (', plugin_status, ')') FROM plugin ORDER BY plugin_name" 2>/dev/null | paste -sd ' ' || true)
  hp_report plugins "${plugins:-none}"
  hp_log "plugins: ${plugins:-none}"
  # Room for the backup: the dump and its archive (later the archive and the restore's
  # dump), each estimated as the database's size, and the code tree's archive. InnoDB's
  # sizes in information_schema lag behind recent writes until ANALYZE TABLE (a sample of
  # pages per index: cheap at any size; LOCAL: not written to a binary log) counts again.
  tables=$(imscp_sql "SELECT CONCAT('\`', table_name, '\`') FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'" | paste -sd ,)
  if [ -n "$tables" ]; then imscp_sql "ANALYZE LOCAL TABLE $tables" >/dev/null; fi
  dbsize=$(imscp_sql 'SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables WHERE table_schema = DATABASE()')
  codesize=$(du -sb "$IMSCP_ROOT" 2>/dev/null | cut -f1 || true)
  hp_backup_room imscp $((2 * dbsize + ${codesize:-0})) "twice $DB_NAME's $(hp_iec "$dbsize"): its dump and the archive of it, and the code tree's $(hp_iec "${codesize:-0}")" "$dbsize"
fi
