# Before any change: root; the database connection (inputs, else vmm.cfg) in a 0600
# password file of the run; the database layout and Dovecot flavour; the installed
# version (PREVIOUS_VERSION) against the target; the Python the target's code needs;
# the configuration files that query the views the 0.6 update drops. Reports, as facts,
# what the later steps need to decide whether they apply.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

unchanged='(nothing was changed)'
[ "$EUID" -eq 0 ] || hp_fail "vmm's scripts and the package manager need root (the action runs its steps as root or through sudo -n) $unchanged"
for tool in psql pg_dump pg_restore; do
  hp_have "$tool" || hp_fail "$tool is missing on the host (Debian: apt-get install postgresql-client) $unchanged"
done

# --- the connection: inputs first, then the vmm.cfg in use, then vmm's defaults
cfg=$(vmm_cfg_find)
[ -n "$cfg" ] || { [ -f "$VMM_PKG_CFG" ] && cfg=$VMM_PKG_CFG; } || true
hp_fact VMM_CFG "${cfg:-none}"
from_cfg() { if [ -n "$cfg" ]; then vmm_cfg_get "$cfg" database "$1"; fi; }
PG_HOST=${PG_HOST_INPUT:-$(from_cfg host)}
# Without any vmm.cfg (a first install), vmm's own default: the vmm.cfg it ships says localhost.
if [ -z "$cfg" ] && [ -z "$PG_HOST_INPUT" ]; then PG_HOST=localhost; fi
PG_PORT=${PG_PORT_INPUT:-$(from_cfg port)}
PG_PORT=${PG_PORT:-5432}
PG_NAME=${PG_NAME_INPUT:-$(from_cfg name)}
PG_NAME=${PG_NAME:-mailsys}
PG_USER=${PG_USER_INPUT:-$(from_cfg user)}
PG_USER=${PG_USER:-vmm}
password=${PG_PASSWORD:-$(from_cfg pass)}
pgpass_field() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g'; }
(umask 077 && printf '*:*:*:%s:%s\n' "$(pgpass_field "$PG_USER")" "$(pgpass_field "$password")" >"$VMM_PGPASS")
hp_fact PG_HOST "$PG_HOST"
hp_fact PG_PORT "$PG_PORT"
hp_fact PG_NAME "$PG_NAME"
hp_fact PG_USER "$PG_USER"
where="$PG_USER@${PG_HOST:-local socket}:$PG_PORT/$PG_NAME"
hp_log "database: $where (connection from ${PG_HOST_INPUT:+the inputs and }${cfg:-the defaults of vmm})"
vmm_sql 'SELECT 1' >/dev/null || hp_fail "cannot connect to the vmm database as $where; set pg-host, pg-port, pg-database, pg-user and the pg-password secret $unchanged"
hp_log "PostgreSQL $(vmm_sql 'SHOW server_version'), client $(psql --version | awk '{print $3}')"

# --- what is installed: the layout, the code, the Dovecot flavour
schema=$(vmm_layout)
[ "$schema" != 0.4 ] || hp_fail "the database $PG_NAME has vmm 0.4's layout (a domains table): upgrade vmm 0.4 to 0.5.2 first, as vmm's upgrade notes say, then to 0.6 $unchanged"
hp_fact SCHEMA "$schema"
code=none
version=""
package=$(dpkg-query -W -f '${Status} ${Version}' vmm 2>/dev/null || true)
case "$package" in
  'install ok installed '*) code=package; version=${package##* }; version=${version%%-*} ;;
esac
disagree=""
if [ "$code" = none ]; then
  # 0.4-0.6 code: the version of the package the installed script imports, and what
  # `vmm version` says where that code runs; the egg-infos only when neither tells
  # (an upgrade leaves the older ones behind).
  script=$(vmm_cmd)
  prefix=/usr/local
  if [ -n "$script" ]; then prefix=$(dirname "$(dirname "$script")"); fi
  said=()
  while read -r dir; do
    read_version=$(vmm_code_version "$dir")
    if [ -n "$read_version" ]; then said+=("$dir says $read_version"); fi
  done < <(vmm_code_dirs "$prefix")
  ran=$(vmm_installed_version)
  if [ -n "$ran" ]; then said+=("$script version says $ran"); fi
  eggs=$(vmm_egg_versions "$prefix" | paste -sd ' ')
  if [ -n "$script" ] || [ "${#said[@]}" -gt 0 ] || [ -n "$eggs" ]; then code=tarball; fi
  told=$(if [ "${#said[@]}" -gt 0 ]; then printf '%s\n' "${said[@]}" | sed 's/.* says //' | sort -u; fi)
  case "$(printf '%s' "$told" | grep -c .)" in
    1) version=$told ;;
    0) case "$eggs" in
         *' '*) disagree="the egg-infos under $prefix name vmm $eggs and no VirtualMailManager code tells which one runs" ;;
         ?*) version=$eggs; hp_log "no VirtualMailManager code with a VERSION under $prefix; version $version from its egg-info" ;;
       esac ;;
    *) disagree="the installed code disagrees with itself: $(printf '%s; ' "${said[@]}")"
       disagree=${disagree%; } ;;
  esac
  if [ -n "$version" ]; then
    hp_log "vmm $version: $(if [ "${#said[@]}" -gt 0 ]; then printf '%s; ' "${said[@]}"; fi)egg-info: ${eggs:-none}"
    case "$version" in
      0.4* | 0.5*) [ "$schema" != 0.6 ] || disagree="the code says vmm $version, whose database never has the 0.6 layout that $PG_NAME has" ;;
    esac
  fi
fi
# Where the code leaves the version open, the database decides what the steps need:
# a 0.5 layout is 0.5.2's; a 0.6 one is 0.6.0's where only 0.6.0 leaves traces in it.
if [ -n "$disagree" ]; then
  case "$schema" in
    0.5) version=0.5.2; why="the database's 0.5 layout is vmm 0.5.2's" ;;
    0.6)
      traits=$(vmm_060_traits)
      if [ -n "$traits" ]; then
        version=0.6.0; why="only vmm 0.6.0 leaves what the database has: $traits"
      else
        [ "$FORCE" = true ] || hp_fail "$disagree, and the database (0.6 layout, nothing only 0.6.0 leaves) does not tell which 0.6 release it is; force: true treats it as 0.6.0 (its database fixes are safe to repeat) $unchanged"
        version=0.6.0; why="force: treated as 0.6.0"
      fi ;;
    *) hp_fail "$disagree, and $PG_NAME has no vmm tables to tell $unchanged" ;;
  esac
  hp_warn "$disagree; decided by the database: vmm $version ($why)"
  hp_report version-decided "vmm $version: $why ($disagree)"
fi
hp_fact CODE "$code"
if [ -z "$version" ]; then
  case "$schema" in
    empty) version=none ;;
    0.5) version=0.5.2 ;;
    0.6)
      why="the database has vmm 0.6's layout but no vmm code on this host tells which 0.6 release"
      [ "$FORCE" = true ] || hp_fail "$why; force: true treats it as 0.6.0 (its database fixes are safe to repeat) $unchanged"
      hp_warn "$why; treated as 0.6.0 (force)"
      version=0.6.0 ;;
  esac
fi
case "$version" in
  0.4*) hp_fail "vmm $version is installed: upgrade it to 0.5.2 first, as vmm's upgrade notes say $unchanged" ;;
  0.5.2) [ "$schema" != empty ] || hp_fail "vmm 0.5.2 code is installed but the database $PG_NAME has no vmm tables $unchanged" ;;
  0.5*) hp_fail "vmm $version is installed: the 0.6 update scripts are written for 0.5.2; upgrade to 0.5.2 first $unchanged" ;;
esac
hp_fact PREVIOUS_VERSION "$version"
flavour=$(vmm_flavour)
hp_fact FLAVOUR "${flavour:-none}"
dovecot=$(vmm_dovecot_version)
hp_fact DOVECOT_VERSION "${dovecot:-none}"
sieve=no
if [ -n "$dovecot" ] && dpkg --compare-versions "$dovecot" ge 1.2~beta2; then sieve=yes; fi
hp_fact DOVECOT_SIEVE "$sieve"
hp_log "installed: vmm $version (code: $code; database layout: $schema, flavour: ${flavour:-none}); Dovecot ${dovecot:-none}; target: vmm $TARGET_VERSION"

# --- the target against what is installed
if [ "$MODE" = install ]; then
  [ "$schema" = empty ] || hp_fail "the database $PG_NAME already has vmm tables (layout $schema): use mode: upgrade $unchanged"
else
  [ "$version" != none ] || hp_fail "vmm is not installed here (no code, no vmm tables in $PG_NAME): use mode: install $unchanged"
  if dpkg --compare-versions "$version" gt "$TARGET_VERSION"; then
    hp_fail "downgrade refused: vmm $version is installed and the target is $TARGET_VERSION (restore a backup instead) $unchanged"
  fi
  [ "$version" != "$TARGET_VERSION" ] || hp_log "vmm $TARGET_VERSION is already installed: only what is still missing runs, then verify"
fi

# --- which steps run is decided on the runner from the facts above (each step's `when`
# in procedures.ts); what follows only refuses or warns before any change.
dovecot_update=no
if [ "$flavour" = managesieve ] && [ "$sieve" = yes ]; then
  if [ "$TARGET_SOURCE" = package ] || [ "$TARGET_HAS_DOVECOT_UPDATE" = true ]; then
    dovecot_update=yes
  else
    hp_warn "Dovecot $dovecot on a managesieve database wants dovecot_update_v1.2+.pgsql, which comes with vmm 0.6.1; $TARGET_VERSION has none, so the database keeps the Dovecot < 1.2 layout"
  fi
fi
# The room for the backup must be known before any change, so here: the database changes
# (the backup step runs) under the same condition as dbChanges in procedures.ts.
changes=no
if [ "$schema" = 0.5 ] || [ "$dovecot_update" = yes ] || { [ "$version" = 0.6.0 ] && [ "$TARGET_VERSION" != 0.6.0 ]; } ||
  { [ "$TARGET_SOURCE" = package ] && [ "$code" != package ]; }; then changes=yes; fi

# --- room for the backup (when one is taken): the dump, estimated as the database's size
# on disk (pg_dump -Fc compresses: it is smaller), here and for its copy to the runner; a
# restore streams the dump's SQL into psql and writes nothing as large.
if [ "$MODE" = upgrade ] && [ "$changes" = yes ]; then
  dbsize=$(vmm_sql 'SELECT pg_database_size(current_database())')
  hp_backup_room vmm "$dbsize" "the pg_dump of $PG_NAME, estimated as its size on disk" "$dbsize"
fi

# --- for 0.7.0, a database whose layout changes needs the SQL of a 0.6.x release
if [ "$TARGET_SOURCE" = package ] && { [ "$schema" = 0.5 ] || [ "$dovecot_update" = yes ]; }; then
  [ "$RELEASE_GIVEN" = yes ] || hp_fail "the database ($schema layout, $flavour flavour) must first reach vmm 0.6.2's Dovecot >= 1.2 layout with the SQL of a vmm 0.6.x release: set release-url or release-path to vmm 0.6.2 (or 0.6.1) $unchanged"
fi

# --- the Python the target's code runs on
py3broken=no
if [ "$TARGET_SOURCE" = tarball ]; then
  if ! vmm_python2_ok; then
    hp_fail "vmm $TARGET_VERSION is Python 2 code (upgrade.sh, update_config.py, setup.py, vmm) and this host has no Python 2 with psycopg2 as 'python' (Debian 12 and Ubuntu 22.04 and later ship none): use version 0.7.0, the distribution's Python 3 package, on the same database $unchanged"
  fi
  hp_log "python: $(python --version 2>&1), psycopg2 importable"
else
  hp_have python3 || hp_fail "vmm 0.7.0 is Python 3 code and this host has no python3 $unchanged"
  pkgdir=$HP_RUN_DIR/vmm-package
  if [ "$code" = package ]; then
    files=$(dpkg -L vmm | grep '/VirtualMailManager/.*\.py$' || true)
  else
    candidate=$(apt-cache policy vmm 2>/dev/null | sed -n 's/^ *Candidate: *//p')
    case "$candidate" in
      0.7.0*) ;;
      *) hp_fail "this distribution offers no vmm 0.7.0 package (apt-cache policy vmm: candidate ${candidate:-none}; Debian 12 and later, Ubuntu 24.04 and later have it) $unchanged" ;;
    esac
    rm -rf "$pkgdir" && mkdir -p "$pkgdir"
    (cd "$pkgdir" && apt-get download -q "vmm=$candidate" >/dev/null 2>&1) || hp_fail "apt-get download vmm=$candidate failed $unchanged"
    dpkg-deb -x "$pkgdir"/vmm_*.deb "$pkgdir/root"
    files=$(find "$pkgdir/root" -path '*/VirtualMailManager/*.py')
    hp_log "vmm $candidate is offered; its code checked in $pkgdir"
    # The package step's undo takes back the packages it adds, not an older version of one.
    upgrades=$(apt-get install -s -q --no-install-recommends vmm 2>/dev/null | sed -n 's/^Inst \([^ ]*\) \[\([^]]*\)\].*/\1 \2/p' | paste -sd ',' || true)
    [ -z "$upgrades" ] || hp_fail "apt-get install vmm would also upgrade installed packages (now: $upgrades), which a failed run could not take back: upgrade them first (apt-get upgrade) $unchanged"
  fi
  # 0.7.0 calls collections.Callable, which Python 3.10 removed (collections.abc.Callable).
  # shellcheck disable=SC2086 # one path a line, none with spaces
  if [ -n "$files" ] && grep -q 'collections\.Callable' $files && ! python3 -c 'import collections; collections.Callable' 2>/dev/null; then
    py3broken=yes
    why="vmm 0.7.0's code uses collections.Callable, which $(python3 --version 2>&1) no longer has (removed in Python 3.10): every vmm command would die with AttributeError"
    [ "$PY3_COMPAT" = true ] || hp_fail "$why; python3-compat: true adds a documented wrapper (/usr/local/sbin/vmm) that puts that one name back, without touching the package $unchanged"
    hp_log "$why; python3-compat: the wrapper will be installed"
  fi
fi
hp_fact VMM_PY3_BROKEN "$py3broken"

# --- Postfix and Dovecot files that still query the views the 0.6 update drops
stale=""
if [ "$schema" = 0.5 ] || [ "$schema" = 0.6 ]; then
  postfix_dir=$(vmm_postfix_dir)
  views=$(printf '%s' "$VMM_OLD_VIEWS" | tr ' ' '|')
  stale=$(grep -lE "^[[:space:]]*(query|password_query|user_query|iterate_query)[[:space:]]*=.*\\b($views)\\b" \
    "$postfix_dir"/*.cf /etc/dovecot/*.conf /etc/dovecot/*.conf.ext /etc/dovecot/conf.d/*.conf* 2>/dev/null | sort -u | paste -sd ' ' || true)
fi
hp_fact STALE_CONFIGS "$([ -n "$stale" ] && echo yes || echo no)"
hp_fact STALE_FILES "$stale"
if [ -n "$stale" ]; then
  hp_report stale-configs "$stale"
  why="these files query vmm 0.5.2's views, which the 0.6 layout no longer has: $stale"
  if [ "$UPDATE_CONFIGS" = true ]; then
    hp_log "$why; update-configs: they will be rewritten to the release's queries (backed up, diff in the log)"
  elif [ "$schema" = 0.5 ] && [ "$MODE" = upgrade ]; then
    [ "$FORCE" = true ] || hp_fail "$why; Postfix and Dovecot would fail every lookup after the update: set update-configs: true to rewrite them (backed up, diff in the log), or force: true to go on and change them yourself $unchanged"
    hp_warn "$why; going on (force): change them yourself after the update"
  else
    hp_warn "$why; set update-configs: true to rewrite them"
  fi
fi
