# Checks a running vmm mail server: `vmm version` shows the target; Postfix and Dovecot
# are active; Postfix's pgsql: tables of virtual_mailbox_maps, virtual_alias_maps and
# transport_maps answer without an error (postmap -q); with test-address, the address
# resolves through them, vmm itself reads it (domaininfo, userinfo), and Dovecot's
# userdb (doveadm user) and, with test-password, its passdb (doveadm auth test) answer.
# Every check runs and is reported; the step fails if any failed.
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

failed=""
cmd=$(vmm_cmd)
if [ -z "$cmd" ]; then
  failed="$failed vmm(not installed)"
else
  out=$(vmm_version_output "$cmd") || true
  version=$(vmm_version_in "$out")
  hp_log "$cmd version: $(printf '%s' "$out" | head -n 1)"
  hp_fact INSTALLED_VERSION "$version"
  if printf '%s' "$out" | grep -q "has no attribute 'Callable'"; then
    failed="$failed vmm(dies on $(python3 --version 2>&1): collections.Callable is gone since Python 3.10; python3-compat: true adds the wrapper)"
  elif [ "$version" != "$TARGET_VERSION" ]; then
    failed="$failed version(${version:-none}, expected $TARGET_VERSION)"
  fi
  if grep -qs "$VMM_SHIM_MARK" "$cmd"; then hp_report python3-compat "$cmd: the wrapper that puts collections.Callable back runs /usr/sbin/vmm"; fi
fi
for unit in postfix dovecot; do
  state=$(systemctl is-active "$unit" 2>/dev/null || true)
  hp_log "$unit: ${state:-unknown}"
  [ "$state" = active ] || failed="$failed $unit(${state:-unknown})"
done

# Postfix's own lookups on every pgsql: table of the three maps. Without test-address an
# address no domain has is looked up: it finds nothing, but the query must run (a map
# that cannot log in or queries what the database lacks fails here).
key=${TEST_ADDRESS:-postmaster@hostpanel-verify.invalid}
found=""
answers=""
tables=0
mkdir -p "$HP_STEP_DIR"
err=$HP_STEP_DIR/postmap.err
for param in virtual_mailbox_maps virtual_alias_maps transport_maps; do
  for table in $(postconf -h "$param" 2>/dev/null | tr ',' ' '); do
    case "$table" in pgsql:*) ;; *) continue ;; esac
    tables=$((tables + 1))
    answer=$(postmap -q "$key" "$table" 2>"$err" || true)
    if grep -qE 'fatal|warning|error' "$err"; then
      failed="$failed $param($(head -n 1 "$err"))"
      cat "$err"
    fi
    hp_log "postmap -q $key $table: ${answer:-(not found)}"
    answers="$answers $param=${answer:--}"
    if [ -n "$answer" ] && [ "$param" != transport_maps ]; then found="$found $param"; fi
  done
done
hp_report postfix-lookups "$tables pgsql tables of virtual_mailbox_maps, virtual_alias_maps, transport_maps queried"
if [ -n "$TEST_ADDRESS" ]; then
  domain=${TEST_ADDRESS#*@}
  hp_report test-address-postfix "${answers# }"
  [ -n "$found" ] || failed="$failed postfix($TEST_ADDRESS: neither a mailbox nor an alias)"
  case " $found " in
    *" virtual_mailbox_maps "*)
      if user=$(doveadm user "$TEST_ADDRESS" 2>&1); then
        hp_log "doveadm user $TEST_ADDRESS: $(printf '%s' "$user" | tr -s '\t\n' '= ')"
        hp_report test-address-dovecot "$(printf '%s' "$user" | grep -E '^(uid|gid|home|mail)[[:space:]]' | tr -s '\t\n' '= ')"
      else
        failed="$failed dovecot-userdb($(printf '%s' "$user" | tail -n 1))"
      fi
      if [ -n "${TEST_PASSWORD:-}" ]; then
        # The password goes on stdin (no terminal: doveadm reads it from there).
        if printf '%s\n' "$TEST_PASSWORD" | setsid -w doveadm auth test -x service=imap "$TEST_ADDRESS" >/dev/null 2>&1; then
          hp_log "doveadm auth test $TEST_ADDRESS (imap): succeeded"
        else
          failed="$failed dovecot-passdb(imap login of $TEST_ADDRESS refused)"
        fi
      fi
      if [ -n "$cmd" ] && [ "$version" = "$TARGET_VERSION" ]; then
        for sub in "domaininfo $domain" "userinfo $TEST_ADDRESS"; do
          # shellcheck disable=SC2086 # subcommand and its argument
          if info=$("$cmd" $sub 2>&1); then hp_log "vmm $sub: ok"; printf '%s\n' "$info"; else failed="$failed vmm-${sub%% *}($(printf '%s' "$info" | tail -n 1))"; fi
        done
      fi ;;
  esac
fi

[ -z "$failed" ] || hp_fail "verification failed:$failed"
hp_log "vmm ${version:-?} verified"
