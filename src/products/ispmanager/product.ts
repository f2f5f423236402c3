/**
 * ISPmanager 6: install with the vendor's installer (flags only, no terminal), upgrade
 * with the vendor's pkgupgrade.sh, verify a running panel. Vendor facts behind each
 * choice: shared/research/products.md, section 1.
 */
import type { Procedure, Step, Vars } from '../../engine/procedure.js'
import { isDomainName, isHttpsUrl, isIpAddress, isSha256, MAX_URL_LENGTH, specialAddress } from '../../settings/validate.js'
import { oneOf, wholeNumber } from '../options.js'
import type { ModeContext, OptionSpec, Product } from '../product.js'
import { catalogue, VERSION_NOTE, type IspRelease } from './catalogue.js'

const STEPS = 'products/ispmanager/steps'

const options: OptionSpec[] = [
  { name: 'panel-domain', description: "The panel's domain. Let's Encrypt is used only when it resolves to the host's public IP.", accepts: 'a fully qualified domain name such as panel.example.com (ASCII; punycode for IDN)', valid: isDomainName },
  { name: 'public-ip', description: "The host's public IP (default: its main address).", accepts: "the host's public IP address: a dotted-quad IPv4 address or an IPv6 address without zone", valid: isIpAddress, refuses: specialAddress },
  { name: 'installer-url', description: 'Installer script URL (https only). Credentials in it (user:password@) are masked.', accepts: `an https:// URL of printable ASCII (no spaces, quotes or encoded control characters), at most ${MAX_URL_LENGTH} characters`, default: 'https://download.ispmanager.com/install.eu.sh', valid: isHttpsUrl },
  { name: 'installer-sha256', description: 'Expected SHA-256 of the installer; a mismatch stops the run before it executes.', accepts: 'a SHA-256 checksum (64 hexadecimal characters)', valid: isSha256 },
  // Any other value makes the vendor's installer switch to its internal repository.
  { name: 'release', description: 'The vendor branch to install from.', default: 'stable', ...oneOf(['stable', 'beta']) },
  { name: 'dbtype', description: "Database for the panel's own data.", default: 'mysql', ...oneOf(['mysql', 'sqlite']) },
  { name: 'mysql-server', description: 'MySQL server flavour; dropped on Debian, where the installer refuses it.', default: 'mariadb', ...oneOf(['mariadb', 'mysql']) },
  { name: 'edition', description: 'What the installer installs.', default: 'ispmanager-lite', ...oneOf(['ispmanager-lite', 'ispmanager-lite-common', 'ispmanager', 'coremanager']) },
  { name: 'activation-key', description: 'Licence activation key (a secret).', accepts: 'an ISPmanager activation key: 4 to 128 letters, digits and dashes, starting with a letter or digit', secret: true, valid: (v) => /^[A-Za-z0-9][A-Za-z0-9-]{3,127}$/.test(v) },
  { name: 'dpkg-lock-wait', description: 'Seconds to wait for the dpkg/apt locks before stopping their holders.', default: '300', ...wholeNumber(0, 3600, 'seconds') },
  { name: 'installer-timeout', description: 'Minutes the installer or the upgrade may run.', default: '60', ...wholeNumber(5, 600, 'minutes') }
]

const INSTALL_LOG = '/root/isp_install.log'
const UPGRADE_LOG = '/root/isp_upgrade.log'
const APT_UNITS = 'unattended-upgrades apt-daily.timer apt-daily-upgrade.timer apt-daily.service apt-daily-upgrade.service'

type Context = ModeContext<IspRelease>

function commonVars({ settings, options: o, release }: Context): Vars {
  return {
    FORCE: String(settings.force),
    EXPECTED_MAJOR: String(release.major),
    SUPPORTED_OS: release.supported.join(' '),
    EOL_OS: release.endOfLife.join(' '),
    PANEL_DOMAIN: o['panel-domain'],
    PUBLIC_IP: o['public-ip'],
    DPKG_LOCK_WAIT: o['dpkg-lock-wait'],
    DBTYPE: o.dbtype
  }
}

const aptTimers: Step = {
  id: 'apt-timers',
  title: 'Stop and mask automatic apt runs for the duration',
  change: `${STEPS}/apt-timers-stop.sh`,
  undo: `${STEPS}/apt-timers-restore.sh`,
  temporary: true,
  runbook: [`systemctl stop + mask ${APT_UNITS}; each put back as it was at the end`]
}

function dpkgLocks(o: Record<string, string>): Step {
  return {
    id: 'dpkg-locks',
    title: 'Wait for the dpkg/apt locks, then clear them',
    change: `${STEPS}/dpkg-locks.sh`,
    runbook: [`wait up to ${o['dpkg-lock-wait']} s for /var/lib/dpkg/lock-frontend, /var/lib/dpkg/lock, /var/cache/apt/archives/lock; then stop their holders (named in the log)`]
  }
}

function verify(o: Record<string, string>, release: IspRelease): Step {
  const where = o['panel-domain'] || (o['public-ip'].includes(':') ? `[${o['public-ip']}]` : o['public-ip']) || '<main address>'
  return {
    id: 'verify',
    title: 'Verify version, licence, web server, mgrctl and the panel API',
    check: `${STEPS}/verify.sh`,
    collect: ['/usr/local/mgr5/var/ispmgr.log'],
    runbook: [
      `/usr/local/mgr5/bin/core ispmgr -V is ${release.major}.*; licctl info ispmgr; systemctl is-active ihttpd; mgrctl -m ispmgr -i lang=en`,
      `https://${where}:1500/ispmgr?out=xml&func=auth answers with an XML doc (the documented API; self-signed certificate accepted); the login page only warns`
    ]
  }
}

function installerCommand(o: Record<string, string>): string {
  const flags = [`--release ${o.release}`, '--silent', '--ignore-hostname', `--dbtype ${o.dbtype}`]
  if (o.dbtype === 'mysql' && o['mysql-server']) flags.push(`[--mysql-server ${o['mysql-server']}: not on Debian]`)
  flags.push(o['panel-domain'] ? `[--le-domain ${o['panel-domain']} if it resolves to the host, else --no-letsencrypt]` : '--no-letsencrypt')
  if (o['activation-key']) flags.push('--activation-key ***')
  return `sh /root/install.eu.sh ${flags.join(' ')} ${o.edition} </dev/null  (output kept in ${INSTALL_LOG})`
}

function install(context: Context): Procedure {
  const o = context.options
  return {
    product: 'ispmanager',
    name: 'install',
    title: `ISPmanager ${context.release.version} install (${o.edition})`,
    versions: catalogue.versions(context.release),
    vars: {
      ...commonVars(context),
      INSTALLER_URL: o['installer-url'],
      INSTALLER_SHA256: o['installer-sha256'],
      INSTALLER_PATH: '/root/install.eu.sh',
      INSTALL_LOG,
      RELEASE: o.release,
      MYSQL_SERVER: o['mysql-server'],
      EDITION: o.edition
    },
    secrets: o['activation-key'] ? { ACTIVATION_KEY: o['activation-key'] } : {},
    steps: [
      {
        id: 'preflight',
        title: 'Preflight: OS, hostname, ports, memory, not yet installed',
        check: `${STEPS}/preflight.sh`,
        runbook: [
          `root; OS one of ${context.release.supported.join(', ')} (end-of-life ones only with force); FQDN hostname; ports 443 and 1500 free`,
          `more than 1024 MB of memory for dbtype mysql; ISPmanager not installed yet (else: use mode upgrade)`
        ]
      },
      // Before any apt-get of ours: the timers and locks would otherwise race it.
      aptTimers,
      dpkgLocks(o),
      {
        id: 'prerequisites',
        title: 'Install the prerequisites',
        change: `${STEPS}/prerequisites.sh`,
        vars: { PREREQUISITES: 'wget curl ca-certificates gnupg gpg dnsutils' },
        collect: ['/var/log/apt/history.log', '/var/log/apt/term.log'],
        runbook: ['apt-get install -y (the missing ones of) wget curl ca-certificates gnupg gpg dnsutils']
      },
      {
        id: 'apparmor',
        title: 'Stop and disable AppArmor',
        check: `${STEPS}/apparmor-check.sh`,
        change: `${STEPS}/apparmor-stop.sh`,
        undo: `${STEPS}/apparmor-restore.sh`,
        runbook: ['systemctl stop + disable apparmor (skipped when not installed; restored if the run fails)']
      },
      {
        id: 'installer-download',
        title: 'Download the installer and check its checksum',
        change: `${STEPS}/installer-download.sh`,
        runbook: [`curl ${o['installer-url']} → /root/install.eu.sh; sha256 logged${o['installer-sha256'] ? `, must be ${o['installer-sha256']}` : ''}`]
      },
      {
        id: 'letsencrypt',
        title: "Decide on Let's Encrypt from DNS",
        check: `${STEPS}/letsencrypt-decision.sh`,
        runbook: [o['panel-domain'] ? `getent ahostsv4 ${o['panel-domain']} on the host: --le-domain if it includes ${o['public-ip'] || 'the main address'}` : 'no panel-domain: --no-letsencrypt']
      },
      {
        id: 'installer',
        title: "Run the vendor's installer",
        change: `${STEPS}/installer-run.sh`,
        long: true,
        timeoutMinutes: Number(o['installer-timeout']),
        collect: [INSTALL_LOG, '/var/log/apt/term.log'],
        runbook: [installerCommand(o)]
      },
      verify(o, context.release)
    ]
  }
}

function upgrade(context: Context): Procedure {
  const o = context.options
  return {
    product: 'ispmanager',
    name: 'upgrade',
    title: `ISPmanager ${context.release.version} upgrade`,
    versions: catalogue.versions(context.release),
    vars: { ...commonVars(context), UPGRADE_LOG },
    secrets: {},
    steps: [
      { id: 'preflight', title: 'Preflight: the panel is installed and upgradable', check: `${STEPS}/upgrade-preflight.sh`, runbook: ['/usr/local/mgr5/bin/core and sbin/pkgupgrade.sh exist; the installed version becomes previous-version'] },
      aptTimers,
      dpkgLocks(o),
      {
        id: 'upgrade',
        title: 'Run pkgupgrade.sh coremanager',
        change: `${STEPS}/upgrade-run.sh`,
        long: true,
        timeoutMinutes: Number(o['installer-timeout']),
        collect: [UPGRADE_LOG],
        runbook: [`/usr/local/mgr5/sbin/pkgupgrade.sh coremanager </dev/null  (output kept in ${UPGRADE_LOG}; limit ${o['installer-timeout']} min)`]
      },
      verify(o, context.release)
    ]
  }
}

function verifyOnly(context: Context): Procedure {
  return { product: 'ispmanager', name: 'verify', title: `ISPmanager ${context.release.version} verify`, versions: catalogue.versions(context.release), vars: commonVars(context), secrets: {}, steps: [verify(context.options, context.release)] }
}

export const ispmanager: Product<IspRelease> = {
  id: 'ispmanager',
  title: 'ISPmanager',
  catalogue,
  versionNote: VERSION_NOTE,
  options,
  modes: {
    install: { kind: 'host', summary: "install with the vendor's installer, then verify", procedure: install },
    upgrade: { kind: 'host', summary: "upgrade with the vendor's pkgupgrade.sh, then verify", procedure: upgrade },
    verify: { kind: 'host', summary: 'verify a running panel (nightly use)', procedure: verifyOnly }
  },
  outputs: ['panel-url', 'installed-version', 'previous-version']
}
