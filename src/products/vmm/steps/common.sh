# Helpers the vmm steps share (sent as an asset, sourced by each step).
# Every PostgreSQL client reads the password from the run's 0600 password file only
# (written by the preflight): it is never on a command line or in the environment.
VMM_PGPASS=$HP_RUN_DIR/vmm.pgpass
export PGPASSFILE=$VMM_PGPASS PGCONNECT_TIMEOUT=10
# The vmm.cfg places of the 0.5/0.6 code, in its search order; 0.7.0 reads only its own.
VMM_CFG_PLACES="/root/vmm.cfg /usr/local/etc/vmm.cfg /etc/vmm.cfg"
# shellcheck disable=SC2034 # the constants below are used by the steps that source this file
VMM_PKG_CFG=/etc/vmm/vmm.cfg
# shellcheck disable=SC2034
VMM_PKG_EXAMPLES=/usr/share/doc/vmm/examples
# 0.5.2's views that the 0.6 update drops (postfix_gid stays).
# shellcheck disable=SC2034
VMM_OLD_VIEWS="postfix_maildir postfix_alias postfix_transport postfix_relocated postfix_uid dovecot_password dovecot_user"
# What `python setup.py install --prefix /usr/local` and install.sh leave (0.5.2-0.6.2).
# shellcheck disable=SC2034
VMM_TARBALL_CODE="/usr/local/sbin/vmm /usr/local/lib/python2*/*-packages/VirtualMailManager*"
# shellcheck disable=SC2034
VMM_SHIM_MARK='hostpanel-action python3-compat shim'

# vmm_cfg_find: the vmm.cfg the installed 0.5/0.6 code reads ('' when none).
vmm_cfg_find() {
  local place
  for place in $VMM_CFG_PLACES; do
    if [ -f "$place" ]; then printf '%s\n' "$place"; return 0; fi
  done
}

# vmm_postfix_dir: Postfix's configuration folder (where its pgsql-*.cf maps live).
vmm_postfix_dir() {
  postconf -h config_directory 2>/dev/null || echo /etc/postfix
}

# vmm_reload_running: Postfix and Dovecot, where they run, read their configuration again.
vmm_reload_running() {
  local unit
  for unit in postfix dovecot; do
    if [ "$(systemctl is-active "$unit" 2>/dev/null || true)" = active ]; then systemctl reload-or-restart "$unit"; fi
  done
}

# vmm_dovecot_xyz: Dovecot's version cut to x.y.z (2.3.19.1 -> 2.3.19), the form vmm 0.6 takes.
vmm_dovecot_xyz() {
  printf '%s\n' "$DOVECOT_VERSION" | cut -d. -f1-3
}

# vmm_dovecot_version_ok VERSION: VERSION has the form vmm 0.6 accepts in misc.dovecot_version
# (x.y.z, or x.y.alphaN / betaN / rcN).
vmm_dovecot_version_ok() {
  printf '%s\n' "$1" | grep -qE '^[0-9]+\.[0-9]+\.([0-9]+|(alpha|beta|rc)[0-9]+)$'
}

# vmm_cfg_get FILE SECTION OPTION: a value of an INI file ('' when absent).
vmm_cfg_get() {
  [ -f "$1" ] || return 0
  awk -v want="$2" -v opt="$3" '
    /^[[:space:]]*\[/ { gsub(/^[[:space:]]*\[|\][[:space:]]*$/, ""); section = $0; next }
    section == want {
      line = $0
      if (match(line, "^[[:space:]]*" opt "[[:space:]]*[=:]")) {
        value = substr(line, RLENGTH + 1); sub(/^[[:space:]]+/, "", value); sub(/[[:space:]]+$/, "", value); found = value
      }
    }
    END { printf "%s", found }' "$1"
}

# vmm_cfg_set FILE SECTION OPTION VALUE: sets one value in place, comments kept; the
# option (and the section) is added when missing.
vmm_cfg_set() {
  local tmp
  tmp=$(mktemp "$1.XXXXXX")
  VALUE=$4 awk -v want="$2" -v opt="$3" '
    function flush() { if (section == want && !done) { print opt " = " ENVIRON["VALUE"]; done = 1 } }
    /^[[:space:]]*\[/ { flush(); name = $0; gsub(/^[[:space:]]*\[|\][[:space:]]*$/, "", name); section = name; print; next }
    section == want && !done && match($0, "^[[:space:]]*" opt "[[:space:]]*[=:]") { print opt " = " ENVIRON["VALUE"]; done = 1; next }
    { print }
    END { flush(); if (!done) { print ""; print "[" want "]"; print opt " = " ENVIRON["VALUE"] } }' "$1" >"$tmp"
  chmod --reference="$1" "$tmp"
  chown --reference="$1" "$tmp"
  mv "$tmp" "$1"
}

# vmm_cfg_set_database FILE PASSWORD: this run's connection as FILE's [database] section.
vmm_cfg_set_database() {
  vmm_cfg_set "$1" database host "${PG_HOST:-}"
  vmm_cfg_set "$1" database port "$PG_PORT"
  vmm_cfg_set "$1" database name "$PG_NAME"
  vmm_cfg_set "$1" database user "$PG_USER"
  vmm_cfg_set "$1" database pass "$2"
}

# vmm_cf_connection FILE [FROM]: the database connection of a Postfix pgsql map (hosts,
# user, password, dbname): carried over from FROM, the file it replaces, where that has
# them; else dbname and hosts of this run (the password is then the admin's to set).
vmm_cf_connection() {
  local key value
  if [ -f "${2:-}" ]; then
    for key in hosts user password dbname; do
      grep -qE "^[[:space:]]*${key}[[:space:]]*=" "$2" || continue
      value=$(vmm_cfg_get "$2" "" "$key")
      vmm_cfg_set "$1" "" "$key" "$value"
    done
  else
    vmm_cfg_set "$1" "" dbname "$PG_NAME"
    vmm_cfg_set "$1" "" hosts "${PG_HOST:-localhost}"
  fi
}

# vmm_conn: the connection options of every client (psql, pg_dump, pg_restore).
vmm_conn() {
  if [ -n "${PG_HOST:-}" ]; then printf -- '-h\n%s\n' "$PG_HOST"; fi
  printf -- '-p\n%s\n-U\n%s\n-d\n%s\n' "$PG_PORT" "$PG_USER" "$PG_NAME"
}

# vmm_psql ARGS...: psql as the vmm database user, strict, no psqlrc.
vmm_psql() {
  local conn
  mapfile -t conn < <(vmm_conn)
  psql -X -q -v ON_ERROR_STOP=1 "${conn[@]}" "$@"
}

# vmm_sql QUERY: rows, unaligned, no header.
vmm_sql() {
  vmm_psql -A -t -c "$1"
}

# vmm_run_sql NAME PSQL-ARGS...: psql, its output kept in VMM_SQL_OUT; on failure the
# output goes to the log and the step fails naming NAME and psql's first ERROR (the
# scripts run in one transaction: nothing of them stays).
vmm_run_sql() {
  local name=$1
  shift
  if ! VMM_SQL_OUT=$(vmm_psql "$@" 2>&1); then
    printf '%s\n' "$VMM_SQL_OUT"
    hp_fail "$name failed, rolled back: $(printf '%s\n' "$VMM_SQL_OUT" | grep -m1 'ERROR' | sed 's/^psql:[^ ]*//' | sed 's/^ *//')"
  fi
}

# vmm_tables_proof: "table rows digest" for every base table. The digest sums two 64-bit
# hashes of every row's text (as numeric: no overflow), so PostgreSQL holds one row at a
# time, sorts nothing, and the result does not depend on row order: equal proofs mean the
# same rows, at any table size (a string_agg of the table as one value fails past 1 GB,
# PostgreSQL's limit for a value). The hashes are hashtextextended with two seeds where the
# server has it (PostgreSQL 11 and later: 2-3 times cheaper), else the halves of its md5.
vmm_tables_proof() {
  local table halves
  halves="('x' || left(h, 16))::bit(64)::bigint::numeric, ('x' || right(h, 16))::bit(64)::bigint::numeric FROM (SELECT md5(t::text) AS h"
  if [ "$(vmm_sql 'SHOW server_version_num')" -ge 110000 ]; then
    halves="hashtextextended(h, 0)::numeric, hashtextextended(h, 1)::numeric FROM (SELECT t::text AS h"
  fi
  vmm_sql "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1" | while read -r table; do
    vmm_sql "SELECT '$table', count(*), md5(coalesce(sum(a), 0) || ':' || coalesce(sum(b), 0))
               FROM (SELECT $halves FROM public.\"$table\" t) r) s(a, b)" | tr '|' ' '
  done
}

# vmm_layout: 0.4 | 0.5 | 0.6 | empty, from the tables the database has.
vmm_layout() {
  vmm_sql "SELECT CASE WHEN to_regclass('public.service_set') IS NOT NULL THEN '0.6'
                       WHEN to_regclass('public.domain_data') IS NOT NULL THEN '0.5'
                       WHEN to_regclass('public.domains') IS NOT NULL THEN '0.4'
                       ELSE 'empty' END"
}

# vmm_flavour: managesieve (Dovecot < 1.2) or sieve, from the service column of users
# (0.5) or service_set (0.6); '' when neither has one.
vmm_flavour() {
  vmm_sql "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'
             AND table_name IN ('users', 'service_set') AND column_name IN ('managesieve', 'sieve') LIMIT 1"
}

# vmm_dovecot_version: Dovecot's own version (2.3.19.1), '' without Dovecot.
vmm_dovecot_version() {
  if hp_have dovecot; then dovecot --version 2>/dev/null | awk '{print $1}'; fi
}

# vmm_cmd: the vmm command line program the host runs as `vmm` (root's PATH order).
vmm_cmd() {
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin command -v vmm || true
}

# vmm_version_output CMD: what `CMD version` (0.5/0.6) or `CMD --version` (0.7, argparse)
# prints; its exit status.
vmm_version_output() {
  local out rc=0
  out=$("$1" version 2>&1) || rc=$?
  if printf '%s' "$out" | grep -q "invalid choice: 'version'"; then
    rc=0
    out=$("$1" --version 2>&1) || rc=$?
  fi
  printf '%s\n' "$out"
  return "$rc"
}

# vmm_version_in OUTPUT: the version number in what `vmm version` printed ('' when none).
vmm_version_in() {
  printf '%s\n' "$1" | sed -n 's/.*version \([0-9][0-9.]*\).*/\1/p' | head -n 1
}

# vmm_installed_version: the code's version from `vmm version`, else '' (the output of
# a failing vmm goes to the log).
vmm_installed_version() {
  local cmd out
  cmd=$(vmm_cmd)
  [ -n "$cmd" ] || return 0
  if out=$(vmm_version_output "$cmd"); then
    vmm_version_in "$out"
  else
    printf '%s version: %s\n' "$cmd" "$(printf '%s' "$out" | tail -n 1)" >&2
  fi
}

# vmm_code_dirs PREFIX: the VirtualMailManager packages a 0.4-0.6 `vmm` script under
# PREFIX/sbin imports. The script takes the package from its interpreter's path, not from
# its own folder (vmm-0.6.0:vmm:16-17); setup.py put it under the same prefix
# (vmm-0.6.0:upgrade.sh:48,51). Only the `python` the script runs counts when the host has
# a Python 2; else every python2.x. One folder a line.
vmm_code_dirs() {
  local python='2*' dir
  if hp_have python && python --version 2>&1 | grep -q '^Python 2\.'; then
    python=$(python --version 2>&1 | sed -n 's/^Python \([0-9]*\.[0-9]*\).*/\1/p')
  fi
  for dir in "$1"/lib/python$python/dist-packages/VirtualMailManager "$1"/lib/python$python/site-packages/VirtualMailManager; do
    if [ -d "$dir" ]; then printf '%s\n' "$dir"; fi
  done
}

# vmm_code_version DIR: VERSION of the package in DIR, read from its file (the host may
# have no Python that runs it): constants.py from 0.6.0 (vmm-0.6.0:VirtualMailManager/
# constants.py:19), constants/VERSION.py before (vmm-0.5.2:VirtualMailManager/constants/
# VERSION.py:7). '' when neither has one.
vmm_code_version() {
  local file
  for file in "$1/constants.py" "$1/constants/VERSION.py"; do
    if [ -f "$file" ]; then sed -n "s/^VERSION *= *['\"]\([0-9][0-9a-z.]*\)['\"].*/\1/p" "$file" | head -n 1; return 0; fi
  done
}

# vmm_egg_versions PREFIX: the versions of every VirtualMailManager egg-info under PREFIX,
# one a line. An upgrade leaves the older ones: upgrade.sh removes only the package
# folder (vmm-0.6.0:upgrade.sh:42-46) and setup.py writes its own egg-info beside.
vmm_egg_versions() {
  local info
  for info in "$1"/lib/python2*/*-packages/VirtualMailManager-*.egg-info; do
    [ -e "$info" ] || continue
    if [ -f "$info" ]; then sed -n 's/^Version: *//p' "$info"; else sed -n 's/^Version: *//p' "$info/PKG-INFO"; fi
  done | sort -u
}

# vmm_060_traits: what only vmm 0.6.0 leaves in a 0.6 database ('' when none):
# accounts on the transport literally named 'domain' (0.6.0's usertransport took
# '<address> domain' as that name, fixed in 0.6.1, products.md section 5), and, Dovecot
# < 1.2 flavour, a dovecotpassword() that finds no row for accounts inheriting their
# domain's services (vmm-0.6.0:pgsql/update_tables_0.5.x-0.6.pgsql:310, gone in 0.6.1).
vmm_060_traits() {
  local n left=()
  n=$(vmm_sql "SELECT count(*) FROM users WHERE tid = (SELECT tid FROM transport WHERE transport = 'domain')")
  [ "$n" = 0 ] || left+=("$n accounts on the transport 'domain'")
  if [ "$(vmm_flavour)" = managesieve ]; then
    n=$(vmm_sql "SELECT count(*) FROM users u WHERE u.ssid IS NULL AND NOT EXISTS (SELECT 1 FROM dovecotpassword(u.local_part,
      (SELECT domainname FROM domain_name n WHERE n.gid = u.gid AND n.is_primary)))")
    [ "$n" = 0 ] || left+=("dovecotpassword() finds no row for $n accounts inheriting their services")
  fi
  local IFS=$'\x1f'
  printf '%s' "${left[*]}" | sed 's/\x1f/; /g'
}

# The account files whose backup copies (FILE-) the shadow tools rewrite on every change.
# shellcheck disable=SC2034
VMM_ACCOUNT_FILES=(/etc/passwd /etc/group /etc/shadow /etc/gshadow)

# vmm_dpkg_state: "package status" for every package dpkg knows, status the two letters
# of dpkg -l (ii installed, rc configuration files only, ...).
vmm_dpkg_state() {
  dpkg-query -W -f '${binary:Package} ${db:Status-Abbrev}\n' | awk '{print $1, substr($2, 1, 2)}' | sort
}

# vmm_dpkg_added BEFORE [with-state]: the packages present now (unpacked or more) that
# were not in BEFORE (a vmm_dpkg_state), one a line; with-state adds what they were
# then: rc (configuration files only) or none.
vmm_dpkg_added() {
  vmm_dpkg_state | awk -v with="${2:-}" 'NR == FNR { was[$1] = substr($2, 2, 1); next }
    { now = substr($2, 2, 1) }
    now != "n" && now != "c" && (!($1 in was) || was[$1] == "n" || was[$1] == "c") {
      if (with == "") print $1; else print $1, (was[$1] == "c" ? "rc" : "none") }' "$1" -
}

# vmm_accounts: "user NAME" and "group NAME" for every account in the host's files, sorted.
vmm_accounts() {
  { getent passwd | sed 's/:.*//; s/^/user /'; getent group | sed 's/:.*//; s/^/group /'; } | sort
}

# vmm_python2_ok: `python` (what upgrade.sh, update_config.py and setup.py run) is
# Python 2 and imports psycopg2.
vmm_python2_ok() {
  hp_have python && python --version 2>&1 | grep -q '^Python 2\.' && python -c 'import psycopg2' >/dev/null 2>&1
}

# vmm_keep_code PATH...: archives those of PATH (globs of the installed code, vmm.cfg) that
# exist into this run's backup folder as vmm-code-before.tar.gz, for the step's undo
# (hp_load archive / paths), and prints what it kept; nothing, and no archive, when none does.
vmm_keep_code() {
  local archive path saved=()
  archive=$(hp_backup_dir vmm)/vmm-code-before.tar.gz
  for path in "$@"; do
    if [ -e "$path" ]; then saved+=("${path#/}"); fi
  done
  [ "${#saved[@]}" -gt 0 ] || return 0
  tar -C / -czf "$archive" "${saved[@]}"
  chmod 600 "$archive"
  hp_save archive "$archive"
  hp_save paths "${saved[*]}"
  printf '%s\n' "${saved[*]}"
}
