# Runs the vendor's installer non-interactively: every choice comes from a flag, no
# terminal, no edits to the vendor's script. It deletes its own log when it ends, so its
# output is kept in $INSTALL_LOG (and followed live by the action).
set -- --release "$RELEASE" --silent --ignore-hostname --dbtype "$DBTYPE"
if [ -n "$MYSQL_SERVER" ] && [ "$DBTYPE" = mysql ]; then
  if [ "$OS_ID" = debian ]; then
    hp_warn "mysql-server '$MYSQL_SERVER' dropped: the ISPmanager installer refuses --mysql-server on Debian"
  else
    set -- "$@" --mysql-server "$MYSQL_SERVER"
  fi
fi
if [ -n "$LE_DOMAIN" ]; then
  set -- "$@" --le-domain "$LE_DOMAIN"
else
  set -- "$@" --no-letsencrypt
fi
if [ -n "${ACTIVATION_KEY:-}" ]; then
  # The vendor's installer takes the key only as a flag; it lives for the installer's run.
  set -- "$@" --activation-key "$ACTIVATION_KEY"
fi
set -- "$@" "$EDITION"
hp_log "sh $INSTALLER_PATH $(printf '%s ' "$@" | sed 's/--activation-key [^ ]*/--activation-key ***/')"

rc=0
sh "$INSTALLER_PATH" "$@" </dev/null 2>&1 | tee "$INSTALL_LOG" || rc=$?
if grep -q 'Trial license for this IP has expired' "$INSTALL_LOG"; then
  hp_fail "licence: Trial license for this IP has expired (ISPmanager licenses the host's public IP; set activation-key)"
fi
if grep -q 'Do not use install.sh script for upgrading' "$INSTALL_LOG"; then
  hp_fail "ISPmanager is already installed; use mode: upgrade"
fi
if [ "$rc" -ne 0 ]; then
  hp_fail "the installer exited $rc: $(grep -v '^\s*$' "$INSTALL_LOG" | tail -n 1)"
fi
for binary in /usr/local/mgr5/bin/core /usr/local/mgr5/sbin/mgrctl; do
  [ -x "$binary" ] || hp_fail "the installer exited 0 but $binary is missing"
done
hp_log "installer finished"
