/**
 * ISPmanager 6: install with the vendor's installer (flags only, no terminal), upgrade
 * with the vendor's pkgupgrade.sh, verify a running panel. Vendor facts behind each
 * choice: shared/research/products.md, section 1.
 */
import semver from 'semver'
import type { Procedure, Step, Vars } from '../../engine/procedure.js'
import { isDomainName, isHttpsUrl, isIpAddress, isSha256 } from '../../settings/validate.js'
import type { OptionSpec, ProcedureContext, Product } from '../product.js'

const STEPS = 'products/ispmanager/steps'

const oneOf = (values: string[]): Pick<OptionSpec, 'accepts' | 'valid'> => ({
  accepts: `one of: ${values.join(', ')}`,
  valid: (v) => values.includes(v)
})

const wholeNumber = (min: number, max: number, unit: string): Pick<OptionSpec, 'accepts' | 'valid'> => ({
  accepts: `a whole number of ${unit} from ${min} to ${max}`,
  valid: (v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max
})

const options: OptionSpec[] = [
  { name: 'panel-domain', accepts: 'a fully qualified domain name such as panel.example.com', valid: isDomainName },
  { name: 'public-ip', accepts: "the host's public IPv4 or IPv6 address", valid: isIpAddress },
  { name: 'installer-url', accepts: 'an https:// URL of the installer script', default: 'https://download.ispmanager.com/install.eu.sh', valid: isHttpsUrl },
  { name: 'installer-sha256', accepts: 'a SHA-256 checksum (64 hexadecimal characters)', valid: isSha256 },
  // Any other value makes the vendor's installer switch to its internal repository.
  { name: 'release', default: 'stable', ...oneOf(['stable', 'beta']) },
  { name: 'dbtype', default: 'mysql', ...oneOf(['mysql', 'sqlite']) },
  { name: 'mysql-server', default: 'mariadb', ...oneOf(['mariadb', 'mysql']) },
  { name: 'edition', default: 'ispmanager-lite', ...oneOf(['ispmanager-lite', 'ispmanager-lite-common', 'ispmanager', 'coremanager']) },
  { name: 'activation-key', accepts: 'an ISPmanager activation key (letters, digits, dashes)', secret: true, valid: (v) => /^[A-Za-z0-9-]{4,128}$/.test(v) },
  { name: 'dpkg-lock-wait', default: '300', ...wholeNumber(0, 3600, 'seconds') },
  { name: 'installer-timeout', default: '60', ...wholeNumber(5, 600, 'minutes') }
]

const INSTALL_LOG = '/root/isp_install.log'
const UPGRADE_LOG = '/root/isp_upgrade.log'

function commonVars({ settings, options: o }: ProcedureContext): Vars {
  return {
    FORCE: String(settings.force),
    EXPECTED_MAJOR: String(semver.minVersion(settings.version)?.major ?? 6),
    PANEL_DOMAIN: o['panel-domain'],
    PUBLIC_IP: o['public-ip'],
    DPKG_LOCK_WAIT: o['dpkg-lock-wait'],
    DBTYPE: o.dbtype
  }
}

function secrets({ options: o }: ProcedureContext): Vars {
  return o['activation-key'] ? { ACTIVATION_KEY: o['activation-key'] } : {}
}

const aptTimers: Step = {
  id: 'apt-timers',
  title: 'Stop and mask automatic apt runs for the duration',
  change: `${STEPS}/apt-timers-stop.sh`,
  undo: `${STEPS}/apt-timers-restore.sh`,
  temporary: true
}

const dpkgLocks: Step = { id: 'dpkg-locks', title: 'Wait for the dpkg/apt locks, then clear them', change: `${STEPS}/dpkg-locks.sh` }

const verify: Step = {
  id: 'verify',
  title: 'Verify version, licence, web server and login page',
  check: `${STEPS}/verify.sh`,
  collect: ['/usr/local/mgr5/var/ispmgr.log']
}

function install(context: ProcedureContext): Procedure {
  const o = context.options
  return {
    product: 'ispmanager',
    name: 'install',
    title: `ISPmanager ${context.settings.version} install (${o.edition})`,
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
    secrets: secrets(context),
    steps: [
      { id: 'preflight', title: 'Preflight: OS, hostname, ports, memory, not yet installed', check: `${STEPS}/preflight.sh` },
      // Before any apt-get of ours: the timers and locks would otherwise race it.
      aptTimers,
      dpkgLocks,
      {
        id: 'prerequisites',
        title: 'Install the prerequisites',
        change: `${STEPS}/prerequisites.sh`,
        vars: { PREREQUISITES: 'wget curl ca-certificates gnupg gpg dnsutils' },
        collect: ['/var/log/apt/history.log', '/var/log/apt/term.log']
      },
      { id: 'apparmor', title: 'Stop and disable AppArmor', check: `${STEPS}/apparmor-check.sh`, change: `${STEPS}/apparmor-stop.sh`, undo: `${STEPS}/apparmor-restore.sh` },
      { id: 'installer-download', title: 'Download the installer and check its checksum', change: `${STEPS}/installer-download.sh` },
      { id: 'letsencrypt', title: "Decide on Let's Encrypt from DNS", check: `${STEPS}/letsencrypt-decision.sh` },
      {
        id: 'installer',
        title: "Run the vendor's installer",
        change: `${STEPS}/installer-run.sh`,
        long: true,
        timeoutMinutes: Number(o['installer-timeout']),
        collect: [INSTALL_LOG, '/var/log/apt/term.log']
      },
      verify
    ]
  }
}

function upgrade(context: ProcedureContext): Procedure {
  return {
    product: 'ispmanager',
    name: 'upgrade',
    title: `ISPmanager ${context.settings.version} upgrade`,
    vars: { ...commonVars(context), UPGRADE_LOG },
    secrets: {},
    steps: [
      { id: 'preflight', title: 'Preflight: the panel is installed and upgradable', check: `${STEPS}/upgrade-preflight.sh` },
      aptTimers,
      dpkgLocks,
      { id: 'upgrade', title: 'Run pkgupgrade.sh coremanager', change: `${STEPS}/upgrade-run.sh`, long: true, timeoutMinutes: Number(context.options['installer-timeout']), collect: [UPGRADE_LOG] },
      verify
    ]
  }
}

function verifyOnly(context: ProcedureContext): Procedure {
  return { product: 'ispmanager', name: 'verify', title: `ISPmanager ${context.settings.version} verify`, vars: commonVars(context), secrets: {}, steps: [verify] }
}

export const ispmanager: Product = {
  id: 'ispmanager',
  title: 'ISPmanager',
  versions: '6.x',
  options,
  procedures: { install, upgrade, verify: verifyOnly },
  outputs: (facts) => ({
    panelUrl: facts.PANEL_URL,
    installedVersion: facts.INSTALLED_VERSION,
    previousVersion: facts.PREVIOUS_VERSION
  })
}
