# Grants Postfix's and Dovecot's database users what vmm's lookup functions read (they
# are SECURITY INVOKER): the release's set-permissions.py (Python 2) for 0.6.x, the
# package's (Python 3) for 0.7.0. -H takes a value; the password comes from the run's
# password file (libpq's PGPASSFILE), never from -p.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

if [ "$TARGET_SOURCE" = package ]; then
  python=python3
  script=$VMM_PKG_EXAMPLES/pgsql/set-permissions.py
else
  python=python
  script=$RELEASE_DIR/pgsql/set-permissions.py
fi
[ -f "$script" ] || hp_fail "$script is missing"
# The database users Postfix and Dovecot log in as, from their configuration.
postfix_dir=$(vmm_postfix_dir)
postfix_user=$(sed -n 's/^[[:space:]]*user[[:space:]]*=[[:space:]]*//p' "$postfix_dir"/pgsql-*.cf 2>/dev/null | head -n 1 || true)
dovecot_user=$(sed -n 's/^[[:space:]]*connect[[:space:]]*=.*user=\([^[:space:]]*\).*/\1/p' /etc/dovecot/dovecot-sql.conf.ext /etc/dovecot/dovecot-sql.conf 2>/dev/null | head -n 1 || true)
args=()
if [ -n "$PG_HOST" ]; then args+=(-H "$PG_HOST"); fi
args+=(-P "$PG_PORT" -n "$PG_NAME" -U "$PG_USER" -D "${dovecot_user:-dovecot}" -M "${postfix_user:-postfix}")
hp_log "$python ${script##*/} ${args[*]}   (password from the run's PGPASSFILE)"
# setsid: no controlling terminal, so nothing can prompt.
setsid -w "$python" "$script" "${args[@]}" </dev/null || hp_fail "${script##*/} failed (see the log); the grants are given in one transaction, so none was given"
hp_report grants "Dovecot: ${dovecot_user:-dovecot}, Postfix: ${postfix_user:-postfix} (${script##*/})"
