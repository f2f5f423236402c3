# Installs the distribution's vmm package (0.7.0, Python 3) without its recommends: the
# recommended dovecot-lmtpd would turn on LMTP in a running Dovecot (its
# conf.d/20-lmtp.conf). Records, for the undo, what dpkg had and what the account files
# were before: the package's postinst adds system groups (vmm, dovemail), which its
# purge leaves, and the shadow tools rewrite their backup copies (/etc/group-, ...).
# shellcheck source=src/products/vmm/steps/common.sh
. "$HP_ASSETS/common.sh"

mkdir -p "$HP_STEP_DIR"
vmm_dpkg_state >"$HP_STEP_DIR/dpkg-before"
vmm_accounts >"$HP_STEP_DIR/accounts-before"
keep=$(hp_backup_dir vmm)/account-files-before
mkdir -p "$keep"
for file in "${VMM_ACCOUNT_FILES[@]}"; do
  if [ -e "$file-" ]; then cp -p "$file-" "$keep/"; fi
done
md5sum "${VMM_ACCOUNT_FILES[@]}" >"$HP_STEP_DIR/account-files.md5" 2>/dev/null || true
if [ -e /var/lib/vmm ]; then hp_save var-lib-vmm kept; fi
hp_log "apt-get install -y --no-install-recommends vmm"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends vmm </dev/null || hp_fail "apt-get install vmm failed (see the log)"
added=$(vmm_dpkg_added "$HP_STEP_DIR/dpkg-before" | paste -sd ' ')
hp_report package "$(dpkg-query -W -f '${Package} ${Version}' vmm); added: ${added:-nothing}"
