// A sandbox host set up for i-MSCP runs: dressed as Debian 8 (or 7, or Ubuntu 12.04), with
// MariaDB holding an i-MSCP database at a chosen installed version, plugins in several
// states, listener files, restricted SQL users, the i-MSCP services running, and the
// stand-in releases (packed from __tests__/fixtures/imscp) served over HTTPS from the
// machine side. Used by the fixture tests and the i-MSCP procedure tests.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from './action-harness.ts'
import { serveFiles, type FileServer } from './file-server.ts'
import { SandboxHost, startedTogether, type ExecResult } from './sandbox.ts'

export const IMSCP_FIXTURES = join(REPO_ROOT, '__tests__', 'fixtures', 'imscp')

export type ImscpRelease = '1.2.0' | '1.2.1' | '1.2.3'
export const IMSCP_RELEASES: ImscpRelease[] = ['1.2.0', '1.2.1', '1.2.3']
/** What the host has before a test: nothing, a 1.1.x install (seeded directly) or a stand-in 1.2.x install. */
export type InstalledVersion = null | '1.1.22' | '1.2.0' | '1.2.1'
export type ImscpIdentity = 'debian-8' | 'debian-7' | 'ubuntu-12.04'

interface ReleaseData {
  buildDate: string
  codeName: string
  panelPortsAsked: boolean
  distros: Record<string, string[]>
  phpApcPackage: string[]
  phpApcConflict: string[]
  omit: string[]
  omitFiles: string[]
  confOmit: string[]
  dataOmit: Record<string, string[]>
  initDir: 'init.d' | 'sysvinit'
  panelStarter: string
  theme: string
}

export function releaseData(release: ImscpRelease): ReleaseData {
  return JSON.parse(readFileSync(join(IMSCP_FIXTURES, 'releases.json'), 'utf8'))[release] as ReleaseData
}

/** One dialog of questions.json (the fixture README describes the fields). */
export interface ImscpDialog {
  id: string
  phase: 'build' | 'setup'
  owner: string
  when: Array<{ key: string; in?: string[]; notIn?: string[]; has?: string }>
  askedWhen: string
  reconfigure: string[]
  onlyWithoutPreseed?: boolean
  preseedOnly?: boolean
  ask: string
  questions: Array<{
    key: string
    rule: { type: string } & Record<string, unknown>
    resolve: { from: string } & Record<string, unknown>
    store: Record<string, unknown>
    read: string
  }>
}

/** The dialogs of a release, in the order the installer shows them (questions.json). */
export function imscpDialogs(release: ImscpRelease): ImscpDialog[] {
  return (JSON.parse(readFileSync(join(IMSCP_FIXTURES, 'questions.json'), 'utf8')) as { releases: Record<string, ImscpDialog[]> }).releases[release]
}

/**
 * The keys a preseed file must answer for `release` on a host with this configuration, in the
 * installer's order: the keys of every dialog whose `when` holds for `config` (imscp.conf values
 * and answers: HTTPD_SERVER, PO_SERVER, MTA_SERVER, NAMED_SERVER, BIND_MODE, WEBMAIL_PACKAGES,
 * PANEL_SSL_ENABLED, DATABASE_HOST...). Under -p (the default) the dialogs never asked with a
 * preseed file (DATABASE_NAME) are left out.
 */
export function imscpQuestionsAsked(release: ImscpRelease, config: Record<string, string>, opts: { preseed?: boolean } = {}): string[] {
  const preseed = opts.preseed ?? true
  const holds = (c: ImscpDialog['when'][number]): boolean => {
    const v = config[c.key] ?? ''
    if (c.in && !c.in.includes(v)) return false
    if (c.notIn && c.notIn.includes(v)) return false
    if (c.has !== undefined && !v.split(',').includes(c.has)) return false
    return true
  }
  return imscpDialogs(release)
    .filter((d) => d.when.every(holds) && !(preseed && d.onlyWithoutPreseed))
    .flatMap((d) => d.questions.map((q) => q.key))
}

function manifestData(release: ImscpRelease): unknown {
  return (JSON.parse(readFileSync(join(IMSCP_FIXTURES, 'manifests.json'), 'utf8')) as { releases: Record<string, unknown> }).releases[release]
}

function renderConf(version: string, buildDate: string, codeName: string, ports: [string, string], theme: string, omit: string[]): string {
  const text = readFileSync(join(IMSCP_FIXTURES, 'archive', 'configs', 'debian', 'imscp.conf.in'), 'utf8')
    .replace('{VERSION}', version)
    .replace('{BUILD_DATE}', buildDate)
    .replace('{CODENAME}', codeName)
    .replace('{HTTP_PORT}', ports[0])
    .replace('{HTTPS_PORT}', ports[1])
    .replace('{THEME}', theme)
  return dropKeys(text, omit)
}

/** Removes the `KEY = ...` lines of these keys. */
function dropKeys(text: string, keys: string[]): string {
  return text
    .split('\n')
    .filter((l) => !keys.some((k) => l.startsWith(`${k} =`)))
    .join('\n')
}

// The packages the host's offline repository offers (nginx, php-cgi, php-cli), plus php-apc
// where the release names it: the repository has no php-apc, so installing it fails for real.
// (The servers' alternatives come from manifests.json, read from the real packages files.)
function packagesXml(release: ReleaseData, codename: string): string {
  const apc = release.phpApcPackage.includes(codename)
    ? '    <package>php-apc</package>\n'
    : release.phpApcConflict.includes(codename)
      ? '    <package_conflict>php-apc</package_conflict>\n'
      : ''
  return `<?xml version="1.0" encoding="UTF-8"?>\n<packages>\n  <frontend>\n    <package>nginx</package>\n    <package>php-cgi</package>\n    <package>php-cli</package>\n${apc}  </frontend>\n</packages>\n`
}

const packed = new Map<ImscpRelease, string>()

/** Packs a stand-in release as GitHub's archive would be (imscp-<release>/...); once per process. */
export function packRelease(release: ImscpRelease): string {
  const done = packed.get(release)
  if (done) return done
  const data = releaseData(release)
  const dir = mkdtempSync(join(tmpdir(), `imscp-${release}-`))
  const root = join(dir, `imscp-${release}`)
  cpSync(join(IMSCP_FIXTURES, 'archive'), root, { recursive: true })
  for (const file of [...data.omit, ...data.omitFiles]) rmSync(join(root, file), { recursive: true })
  writeFileSync(join(root, 'engine', 'release.json'), JSON.stringify(data, null, 2))
  writeFileSync(join(root, 'engine', 'setup', 'questions.json'), JSON.stringify(imscpDialogs(release)))
  writeFileSync(join(root, 'autoinstaller', 'manifest.json'), JSON.stringify(manifestData(release)))
  // One set of init scripts, under the release's folder, with the release's panel starter.
  const initDir = join(root, 'configs', 'debian', data.initDir)
  if (data.initDir !== 'sysvinit') renameSync(join(root, 'configs', 'debian', 'sysvinit'), initDir)
  const panel = join(initDir, 'imscp_panel')
  writeFileSync(panel, readFileSync(panel, 'utf8').replace('@STARTER@', data.panelStarter))
  for (const [file, keys] of Object.entries(data.dataOmit)) {
    const path = join(root, 'configs', 'debian', file)
    writeFileSync(path, dropKeys(readFileSync(path, 'utf8'), keys))
  }
  const ports: [string, string] = data.panelPortsAsked ? ['', ''] : ['8080', '4443']
  writeFileSync(join(root, 'configs', 'debian', 'imscp.conf'), renderConf(release, data.buildDate, data.codeName, ports, data.theme, data.confOmit))
  rmSync(join(root, 'configs', 'debian', 'imscp.conf.in'))
  for (const [distro, codenames] of Object.entries(data.distros)) {
    mkdirSync(join(root, 'docs', distro), { recursive: true })
    for (const codename of codenames) writeFileSync(join(root, 'docs', distro, `packages-${codename}.xml`), packagesXml(data, codename))
  }
  const tarball = join(dir, `imscp-${release}.tar.gz`)
  execFileSync('tar', ['-czf', tarball, '--owner=0', '--group=0', '-C', dir, `imscp-${release}`])
  packed.set(release, tarball)
  return tarball
}

export interface PluginSeed {
  name: string
  status: string
  backend: boolean
  /** info.php's require_api; absent as in plugins of the 1.2.0-1.2.2 era. */
  requireApi?: string
  version?: string
  /** Listed in gui/data/persistent/protected_plugins.php. */
  protected?: boolean
}

/** A mix of states; Monitorix (enabled, backend, no require_api) breaks a 1.2.3 update. */
export const MIXED_PLUGINS: PluginSeed[] = [
  { name: 'Monitorix', status: 'enabled', backend: true, version: '0.0.5', protected: true },
  { name: 'ClamAV', status: 'disabled', backend: true, version: '0.0.3' },
  { name: 'DebugBar', status: 'uninstalled', backend: false, version: '0.0.9' },
  { name: 'Mailman', status: 'todelete', backend: true, version: '0.0.2' },
  { name: 'PanelRedirect', status: 'enabled', backend: false, requireApi: '1.0.0', version: '0.0.6' }
]

export interface ImscpHostOptions {
  identity?: ImscpIdentity
  installed?: InstalledVersion
  plugins?: PluginSeed[]
  /** A listener file using the old iMSCP::HooksManager name, the real iMSCP::EventManager, or none. */
  listener?: 'hooks-manager' | 'event-manager' | 'none'
  /** Restricted SQL users with names and passwords under 6 characters (1.1.x or 1.2.0 only). */
  shortSqlUsers?: boolean
  /** Only the SASL user (postfix/postfix.data) is short: 'sasl', 4 characters (1.1.x or 1.2.0 only). */
  shortSaslUser?: boolean
  /**
   * A listener file (listeners.d, or hooks.d on 1.1.x) that makes the next installer run fail
   * after its copy phase and setup tasks, just before the services are restarted: fatal() from
   * the beforeSetupRestartServices event, so `[fatal] ...` in imscp-setup.log, exit 255.
   */
  failAfterCopy?: boolean
  /** A PHP that is not the distribution's (dpkg shows php5-common 5.6.40-1~dotdeb+7.1). */
  nonDistroPhp?: boolean
  /** The sandbox host's name; by default one tagged with this test run (see sandbox.ts). */
  name?: string
}

export interface ImscpHost {
  host: SandboxHost
  server: FileServer
  workDir: string
  /** The i-MSCP SQL user (all privileges, password login only; also in /root/.my.cnf [mysqldump]).
   * root keeps its socket login for the helpers below. */
  sqlUser: string
  sqlPassword: string
  /** A complete, valid set of answers for this host for 1.2.1 and 1.2.3 (what the action must put in its
   * preseed file; 1.2.0 also asks DNSBL_CHECKS_ONLY). imscpQuestionsAsked() lists the keys per release. */
  preseed: Record<string, string>
  releaseUrl(release: ImscpRelease): string
  /** Action inputs: product imscp, version, this host over SSH, release-url, log-dir, plus extra. */
  inputs(release?: ImscpRelease, extra?: Record<string, string>): Record<string, string>
  /** Writes a preseed file on the host: $main::questions{...} lines, then `end` (default `1;`). */
  writePreseed(path: string, values: Record<string, string>, opts?: { end?: string }): Promise<void>
  /** Adds or removes the fault listener of the failAfterCopy option. */
  setFault(on: boolean): Promise<void>
  /** Runs `perl imscp-autoinstall ARGS` from the unpacked release on the host (fetched over HTTPS). */
  installer(release: ImscpRelease, args: string): Promise<ExecResult>
  /** SQL as root on the i-MSCP database; tab-separated rows. Throws on error. */
  sql(query: string): Promise<string>
  /** Row count of every table of the i-MSCP database. */
  tableCounts(): Promise<Record<string, number>>
  /** CHECKSUM TABLE of every table of the i-MSCP database. */
  tableChecksums(): Promise<Record<string, string>>
  /** One sha256 over every file under /etc/imscp (names and contents). */
  etcHash(): Promise<string>
  pluginStatuses(): Promise<Record<string, string>>
  /** The Version line of /etc/imscp/imscp.conf ('' when none). */
  installedVersion(): Promise<string>
  down(): Promise<void>
}

const SQL_USER = 'imscp_admin'
const SQL_PASSWORD = 'imscp-sql-pass1'
const PANEL_VHOST = 'panel.imscp.test'

async function must(host: SandboxHost, cmd: string, what: string): Promise<string> {
  const r = await host.exec(cmd)
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`)
  return r.stdout
}

/** Single-quotes for bash. */
const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

// sandbox.sh identity knows debian-8; older releases get their files written here.
const OWN_IDENTITIES: Record<string, { osRelease: string; lsb: string; debianVersion: string }> = {
  'debian-7': {
    osRelease: 'PRETTY_NAME="Debian GNU/Linux 7 (wheezy)"\nNAME="Debian GNU/Linux"\nVERSION_ID="7"\nVERSION="7 (wheezy)"\nVERSION_CODENAME=wheezy\nID=debian\nHOME_URL="http://www.debian.org/"\n',
    lsb: 'DISTRIB_ID=Debian\nDISTRIB_RELEASE=7\nDISTRIB_CODENAME=wheezy\nDISTRIB_DESCRIPTION="Debian GNU/Linux 7 (wheezy)"\n',
    debianVersion: '7.11'
  },
  'ubuntu-12.04': {
    osRelease: 'NAME="Ubuntu"\nVERSION="12.04.5 LTS, Precise Pangolin"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu precise (12.04.5 LTS)"\nVERSION_ID="12.04"\nVERSION_CODENAME=precise\nHOME_URL="http://www.ubuntu.com/"\n',
    lsb: 'DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=12.04\nDISTRIB_CODENAME=precise\nDISTRIB_DESCRIPTION="Ubuntu 12.04.5 LTS"\n',
    debianVersion: 'wheezy/sid'
  }
}

async function setIdentity(host: SandboxHost, identity: ImscpIdentity): Promise<void> {
  if (identity === 'debian-8') return host.setIdentity('debian-8')
  const id = OWN_IDENTITIES[identity]
  await must(
    host,
    `printf %s ${sh(id.osRelease)} >/usr/lib/os-release && ln -sfn ../usr/lib/os-release /etc/os-release && printf %s ${sh(id.lsb)} >/etc/lsb-release && echo ${sh(id.debianVersion)} >/etc/debian_version`,
    `identity ${identity}`
  )
}

function preseedFor(host: SandboxHost, short: boolean, shortSasl = short): Record<string, string> {
  const user = (long: string, brief: string): string => (short ? brief : long)
  return {
    HTTPD_SERVER: 'apache_php_fpm',
    PO_SERVER: 'dovecot',
    FTPD_SERVER: 'proftpd',
    MTA_SERVER: 'postfix',
    NAMED_SERVER: 'bind',
    SQL_SERVER: 'mariadb_10.0',
    SERVER_HOSTNAME: 'panel.sandbox.test',
    BASE_SERVER_IP: host.info.address,
    BASE_SERVER_PUBLIC_IP: host.info.address,
    DATABASE_HOST: 'localhost',
    DATABASE_NAME: 'imscp',
    DATABASE_USER: SQL_USER,
    DATABASE_PASSWORD: SQL_PASSWORD,
    DATABASE_USER_HOST: 'localhost',
    MYSQL_PREFIX: 'no',
    MYSQL_PREFIX_TYPE: 'none',
    ADMIN_LOGIN_NAME: 'admin',
    ADMIN_PASSWORD: 'admin-pass1',
    DEFAULT_ADMIN_ADDRESS: 'admin@imscp.test',
    PHP_TIMEZONE: 'Europe/Paris',
    SERVICES_SSL_ENABLED: 'no',
    BACKUP_IMSCP: 'yes',
    BACKUP_DOMAINS: 'yes',
    FTPD_SQL_USER: user('vftp_user', 'vftp'),
    FTPD_SQL_PASSWORD: user('vftp-pass1', 'ftp1'),
    PHP_FPM_POOLS_LEVEL: 'per_site',
    SASL_SQL_USER: shortSasl ? 'sasl' : 'sasl_user',
    SASL_SQL_PASSWORD: shortSasl ? 'sas1' : 'sasl-pass1',
    BIND_MODE: 'master',
    SECONDARY_DNS: 'no',
    BIND_IPV6: 'no',
    LOCAL_DNS_RESOLVER: 'no',
    DOVECOT_SQL_USER: user('dovecot_user', 'dove'),
    DOVECOT_SQL_PASSWORD: user('dovecot-pass1', 'dov1'),
    ANTI_ROOTKITS_PACKAGES: 'Rkhunter',
    FILEMANAGER_PACKAGE: 'Net2ftp',
    BASE_SERVER_VHOST: PANEL_VHOST,
    PANEL_SSL_ENABLED: 'no',
    BASE_SERVER_VHOST_PREFIX: 'http://',
    BASE_SERVER_VHOST_HTTP_PORT: '8080',
    BASE_SERVER_VHOST_HTTPS_PORT: '4443',
    PHPMYADMIN_SQL_USER: user('pma_user', 'pma'),
    PHPMYADMIN_SQL_PASSWORD: user('pma-pass1', 'pma1'),
    WEBMAIL_PACKAGES: 'Roundcube',
    ROUNDCUBE_SQL_USER: user('roundcube_user', 'rcube'),
    ROUNDCUBE_SQL_PASSWORD: user('roundcube-pass1', 'rc1'),
    WEBSTATS_PACKAGES: 'No'
  }
}

function preseedText(values: Record<string, string>, end = '1;'): string {
  const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
  return Object.entries(values).map(([k, v]) => `$main::questions{${quote(k)}} = ${quote(v)};\n`).join('') + `${end}\n`
}

function infoPhp(p: PluginSeed): string {
  const api = p.requireApi ? `    'require_api' => '${p.requireApi}',\n` : ''
  return `<?php\nreturn array(\n    'author' => 'Test Author',\n    'email' => 'author@imscp.test',\n    'version' => '${p.version ?? '0.0.1'}',\n${api}    'date' => '2014-11-20',\n    'name' => '${p.name}',\n    'desc' => '${p.name} test plugin',\n    'url' => 'http://www.i-mscp.net'\n);\n`
}

// Plugins of the 0.2.x API era checked the API themselves in their main class.
function pluginClassPhp(p: PluginSeed): string {
  return `<?php\nclass iMSCP_Plugin_${p.name} extends iMSCP_Plugin_Action\n{\n    public function register(iMSCP_Events_Manager_Interface $eventsManager)\n    {\n        $eventsManager->registerListener(iMSCP_Events::onBeforeInstallPlugin, $this);\n    }\n\n    public function onBeforeInstallPlugin($event)\n    {\n        if ($event->getParam('pluginName') == '${p.name}' && version_compare($event->getParam('pluginManager')->getPluginApiVersion(), '0.2.13', '<')) {\n            set_page_message(tr('Your i-MSCP version is not compatible with this plugin.'), 'error');\n            $event->stopPropagation();\n        }\n    }\n}\n`
}

function pluginBackendPm(p: PluginSeed): string {
  return `package Plugin::${p.name};\n\nuse strict;\nuse warnings;\nuse iMSCP::EventManager;\n\nsub install { 0 }\nsub change { 0 }\nsub update { 0 }\nsub enable { 0 }\nsub disable { 0 }\nsub uninstall { 0 }\n\n1;\n`
}

function listenerPl(kind: 'hooks-manager' | 'event-manager'): string {
  const pkg = kind === 'hooks-manager' ? 'iMSCP::HooksManager' : 'iMSCP::EventManager'
  return `# Adds a line to the panel's nginx configuration after the setup.\npackage Listener::Panel::Header;\n\nuse strict;\nuse warnings;\nuse ${pkg};\n\n${pkg}->getInstance()->register('afterInstall', sub { 0 });\n\n1;\n`
}

// The fault switch: a real listener file (a vendor mechanism) that stops the setup after the
// copy phase, the FrontEnd's files and the plugins, before the services are restarted.
const FAULT_LISTENER = `# Test fault: the installer fails after its copy phase.
package Listener::StandinFault;

use strict;
use warnings;
use iMSCP::Debug;
use iMSCP::EventManager;

iMSCP::EventManager->getInstance()->register('beforeSetupRestartServices', sub { fatal('Stand-in fault: setup stopped before restarting the services'); });

1;
`

/** Starts a host with the given i-MSCP state; always take it down (down()). */
export async function imscpHost(opts: ImscpHostOptions = {}): Promise<ImscpHost> {
  const { identity = 'debian-8', installed = null, plugins = [], listener = 'none', shortSqlUsers = false, shortSaslUser = shortSqlUsers, nonDistroPhp = false } = opts
  if (shortSaslUser && installed !== '1.1.22' && installed !== '1.2.0') throw new Error('short SQL users exist only on a 1.1.x or 1.2.0 install')
  const host = await SandboxHost.up(opts.name)
  let server: FileServer | undefined
  try {
    await setIdentity(host, identity)
    const files = Object.fromEntries(IMSCP_RELEASES.map((r) => [`/imscp-${r}.tar.gz`, packRelease(r)]))
    server = await serveFiles(host.info.gateway, host.info.gatewayCert, host.info.gatewayKey, files)
    const fileServer = server
    const releaseUrl = (r: ImscpRelease): string => fileServer.url(`/imscp-${r}.tar.gz`)
    const workDir = mkdtempSync(join(tmpdir(), 'hostpanel-run-'))
    const preseed = preseedFor(host, false)

    const writePreseed = async (path: string, values: Record<string, string>, o: { end?: string } = {}): Promise<void> => {
      await must(host, `printf %s ${sh(preseedText(values, o.end))} >${sh(path)}`, 'writing the preseed file')
    }
    const unpack = async (r: ImscpRelease): Promise<string> => {
      const dir = `/usr/local/src/imscp-${r}`
      await must(host, `test -d ${dir} || curl -fsS ${sh(releaseUrl(r))} | tar -xz -C /usr/local/src`, `fetching i-MSCP ${r}`)
      return dir
    }
    const installer = async (r: ImscpRelease, args: string): Promise<ExecResult> => host.exec(`cd ${await unpack(r)} && perl imscp-autoinstall ${args}`)
    const sql = async (query: string): Promise<string> => must(host, `mariadb -N -B imscp -e ${sh(query)}`, `SQL ${query}`)
    const tables = async (): Promise<string[]> =>
      (await must(host, `mariadb -N -B -e "SELECT table_name FROM information_schema.tables WHERE table_schema = 'imscp' ORDER BY 1"`, 'listing tables'))
        .split('\n')
        .filter(Boolean)

    // The i-MSCP SQL user logs in with its password only (root's socket login ignores passwords).
    const grant = `CREATE USER '${SQL_USER}'@'localhost' IDENTIFIED BY '${SQL_PASSWORD}'; GRANT ALL PRIVILEGES ON *.* TO '${SQL_USER}'@'localhost' WITH GRANT OPTION`
    await must(
      host,
      `mariadb -e ${sh(grant)} && printf '[mysqldump]\\nuser = ${SQL_USER}\\npassword = ${SQL_PASSWORD}\\n' >/root/.my.cnf && chmod 600 /root/.my.cnf`,
      'i-MSCP SQL user'
    )
    if (nonDistroPhp) {
      await must(
        host,
        'd=$(mktemp -d) && mkdir $d/DEBIAN && printf "Package: php5-common\\nVersion: 5.6.40-1~dotdeb+7.1\\nArchitecture: all\\nMaintainer: Dotdeb <dotdeb@example.invalid>\\nProvides: phpapi-20131226\\nDescription: PHP 5.6 from Dotdeb (marker)\\n" >$d/DEBIAN/control && dpkg-deb -b $d /tmp/php5-common.deb >/dev/null && dpkg -i /tmp/php5-common.deb >/dev/null',
        'non-distribution PHP marker'
      )
    }
    if (installed === '1.2.0' || installed === '1.2.1') {
      const file = '/root/imscp-seed-preseed.pl'
      // 1.2.0's Policyd package asks DNSBL_CHECKS_ONLY (1.2.0:engine/PerlLib/Package/Policyd/Installer.pm:89).
      await writePreseed(file, { ...preseedFor(host, shortSqlUsers, shortSaslUser), ...(installed === '1.2.0' ? { DNSBL_CHECKS_ONLY: 'no' } : {}) })
      const r = await installer(installed, `-d -n -p ${file}`)
      if (r.code !== 0) throw new Error(`seeding i-MSCP ${installed} failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`)
      await must(host, `rm -f ${file}`, 'removing the seed preseed file')
    } else if (installed === '1.1.22') {
      await seed11(host, preseedFor(host, shortSqlUsers, shortSaslUser), await unpack('1.2.0'))
    }
    if (plugins.length > 0) await seedPlugins(host, plugins)
    const listenerDir = installed?.startsWith('1.1.') ? '/etc/imscp/hooks.d' : '/etc/imscp/listeners.d'
    if (listener !== 'none') {
      await must(host, `mkdir -p ${listenerDir} && printf %s ${sh(listenerPl(listener))} >${listenerDir}/10_panel_header.pl`, 'listener file')
    }
    const setFault = async (on: boolean): Promise<void> => {
      const dir = (await host.exec('test -d /etc/imscp/hooks.d')).code === 0 ? '/etc/imscp/hooks.d' : listenerDir
      await must(host, on ? `mkdir -p ${dir} && printf %s ${sh(FAULT_LISTENER)} >${dir}/99_standin_fault.pl` : 'rm -f /etc/imscp/hooks.d/99_standin_fault.pl /etc/imscp/listeners.d/99_standin_fault.pl', 'fault listener file')
    }
    if (opts.failAfterCopy) await setFault(true)

    return {
      host,
      server,
      workDir,
      sqlUser: SQL_USER,
      sqlPassword: SQL_PASSWORD,
      preseed,
      releaseUrl,
      inputs: (release = '1.2.3', extra = {}) => ({
        product: 'imscp',
        version: release,
        host: host.info.address,
        'ssh-key': readFileSync(host.info.sshKey, 'utf8'),
        'known-hosts': readFileSync(host.info.knownHosts, 'utf8'),
        'release-url': releaseUrl(release),
        'log-dir': join(workDir, 'logs'),
        ...extra
      }),
      writePreseed,
      installer,
      setFault,
      sql,
      tableCounts: async () => {
        const counts: Record<string, number> = {}
        for (const t of await tables()) counts[t] = Number((await sql(`SELECT COUNT(*) FROM \`${t}\``)).trim())
        return counts
      },
      tableChecksums: async () => {
        const sums: Record<string, string> = {}
        for (const t of await tables()) sums[t] = (await sql(`CHECKSUM TABLE \`${t}\``)).trim().split('\t')[1]
        return sums
      },
      etcHash: async () =>
        (await must(host, `cd /etc/imscp && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1`, 'hashing /etc/imscp')).trim(),
      pluginStatuses: async () =>
        Object.fromEntries(
          (await sql('SELECT plugin_name, plugin_status FROM plugin ORDER BY plugin_name'))
            .split('\n')
            .filter(Boolean)
            .map((l) => l.split('\t'))
        ),
      installedVersion: async () => (await host.exec(`sed -n 's/^Version = //p' /etc/imscp/imscp.conf`)).stdout.trim(),
      down: async () => {
        await fileServer.close()
        await host.down()
      }
    }
  } catch (error) {
    await server?.close()
    await host.down()
    throw error
  }
}

/** Runs `body` against a fresh i-MSCP host and always removes the host afterwards. */
export async function withImscpHost(opts: ImscpHostOptions, body: (panel: ImscpHost) => Promise<void>): Promise<void> {
  const panel = await imscpHost(opts)
  try {
    await body(panel)
  } finally {
    await panel.down()
  }
}

/** Starts several hosts at once; if any fails to start, takes the others down and says why. */
export function imscpHosts(options: ImscpHostOptions[]): Promise<ImscpHost[]> {
  return startedTogether(options.map((o) => imscpHost(o)))
}

// A host as i-MSCP 1.1.22 leaves it, written directly (there is no 1.1.x stand-in): its
// imscp.conf keys (*_ADDONS, FILEMANAGER_ADDON and LOCAL_DNS_RESOLVER; no *_PACKAGES, no panel
// ports, no imscp_panel service: 1.1.22:configs/debian/imscp.conf:72, 85, 96, 167), the SQL
// password encrypted with /etc/imscp/imscp-db-keys, the database, the servers' data files and
// their .old.data copies (1.1.22:engine/PerlLib/Servers/ftpd/proftpd/installer.pm:236, 524),
// /etc/cron.d/imscp, and its two init scripts (1.1.22:configs/debian/init.d/install.xml).
const OLD_DATA: Array<[file: string, values: (a: Record<string, string>) => Record<string, string>]> = [
  ['proftpd/proftpd.data', (a) => ({ DATABASE_USER: a.FTPD_SQL_USER, DATABASE_PASSWORD: a.FTPD_SQL_PASSWORD })],
  ['postfix/postfix.data', (a) => ({ DATABASE_USER: a.SASL_SQL_USER, DATABASE_PASSWORD: a.SASL_SQL_PASSWORD })],
  ['dovecot/dovecot.data', (a) => ({ DATABASE_USER: a.DOVECOT_SQL_USER, DATABASE_PASSWORD: a.DOVECOT_SQL_PASSWORD })],
  ['pma/phpmyadmin.data', (a) => ({ DATABASE_USER: a.PHPMYADMIN_SQL_USER, DATABASE_PASSWORD: a.PHPMYADMIN_SQL_PASSWORD })],
  ['roundcube/roundcube.data', (a) => ({ DATABASE_USER: a.ROUNDCUBE_SQL_USER, DATABASE_PASSWORD: a.ROUNDCUBE_SQL_PASSWORD })],
  ['bind/bind.data', (a) => ({ BIND_MODE: a.BIND_MODE, PRIMARY_DNS: 'no', SECONDARY_DNS: a.SECONDARY_DNS, BIND_IPV6: a.BIND_IPV6 })],
  ['php-fpm/phpfpm.data', (a) => ({ PHP_FPM_POOLS_LEVEL: a.PHP_FPM_POOLS_LEVEL })]
]

async function seed11(host: SandboxHost, answers: Record<string, string>, src: string): Promise<void> {
  const omit = ['ANTI_ROOTKITS_PACKAGES', 'WEBSTATS_PACKAGES', 'FILEMANAGER_PACKAGE', 'WEBMAIL_PACKAGES', 'BASE_SERVER_VHOST_HTTP_PORT', 'BASE_SERVER_VHOST_HTTPS_PORT', 'IMSCP_PANEL_SNAME']
  const values: Record<string, string> = {
    ...Object.fromEntries(
      ['SERVER_HOSTNAME', 'BASE_SERVER_IP', 'BASE_SERVER_PUBLIC_IP', 'BASE_SERVER_VHOST', 'PANEL_SSL_ENABLED', 'SERVICES_SSL_ENABLED', 'DEFAULT_ADMIN_ADDRESS', 'DATABASE_HOST', 'DATABASE_NAME', 'DATABASE_USER', 'DATABASE_USER_HOST', 'MYSQL_PREFIX', 'MYSQL_PREFIX_TYPE', 'PHP_TIMEZONE', 'LOCAL_DNS_RESOLVER', 'BACKUP_IMSCP', 'BACKUP_DOMAINS', 'HTTPD_SERVER', 'PO_SERVER', 'FTPD_SERVER', 'MTA_SERVER', 'NAMED_SERVER', 'SQL_SERVER'].map((k) => [k, answers[k]])
    ),
    ANTI_ROOTKITS_ADDONS: 'Rkhunter',
    WEBSTATS_ADDONS: 'No',
    FILEMANAGER_ADDON: 'AjaXplorer'
  }
  let conf = renderConf('1.1.22', '20150206', 'Eagle', ['', ''], '2015012501', omit)
  for (const [key, value] of Object.entries(values)) conf = conf.replace(new RegExp(`^${key} =.*$`, 'm'), `${key} = ${value}`)
  const data = (values: Record<string, string>): string => Object.entries(values).map(([k, v]) => `${k} = ${v}\n`).join('')
  const users = OLD_DATA.slice(0, 5).map(([, f]) => f(answers))
  const script = [
    'set -e',
    `mkdir -p /etc/imscp /var/www/imscp/gui/plugins /var/www/imscp/gui/data/persistent /var/log/imscp`,
    `printf %s ${sh(conf)} >/etc/imscp/imscp.conf && chmod 640 /etc/imscp/imscp.conf`,
    // The stand-in's own iMSCP::Crypt writes imscp-db-keys and encrypts the password.
    `pass=$(perl -I${src}/engine/PerlLib -MiMSCP::Crypt -e 'print iMSCP::Crypt::encrypt_db_password($ARGV[0])' ${sh(answers.DATABASE_PASSWORD)})`,
    `sed -i "s|^DATABASE_PASSWORD =.*|DATABASE_PASSWORD = $pass|" /etc/imscp/imscp.conf`,
    `mariadb -e 'CREATE DATABASE imscp CHARACTER SET utf8 COLLATE utf8_unicode_ci'`,
    `mariadb imscp <${src}/configs/debian/database/database.sql`,
    `mariadb imscp -e "REPLACE INTO config VALUES ('DATABASE_REVISION', '198'); INSERT INTO admin (admin_name, admin_pass, admin_type, email) VALUES ('admin', 'x', 'admin', 'admin@imscp.test')"`,
    ...OLD_DATA.flatMap(([file, f]) => [
      `mkdir -p /etc/imscp/${file.split('/')[0]}`,
      `printf %s ${sh(data(f(answers)))} >/etc/imscp/${file}`,
      `cp /etc/imscp/${file} /etc/imscp/${file.replace(/\.data$/, '.old.data')}`
    ]),
    ...users.map((u) => `mariadb -e ${sh(`CREATE USER '${u.DATABASE_USER}'@'localhost' IDENTIFIED BY '${u.DATABASE_PASSWORD}'`)}`),
    `cp -a ${src}/engine ${src}/daemon /var/www/imscp/`,
    `mkdir -p /etc/imscp/cron.d && sed 's/{VERSION}/1.1.22/' ${src}/configs/debian/cron.d/imscp | tee /etc/imscp/cron.d/imscp >/etc/cron.d/imscp`,
    ...['imscp_daemon', 'imscp_network'].flatMap((s) => [`install -m 755 ${src}/configs/debian/init.d/${s} /etc/init.d/${s}`, `update-rc.d ${s} defaults >/dev/null`]),
    'systemctl daemon-reload',
    'service imscp_network start',
    'service imscp_daemon start'
  ]
  await must(host, script.join('\n'), 'seeding i-MSCP 1.1.22')
}

export const PROTECTED_PLUGINS = '/var/www/imscp/gui/data/persistent/protected_plugins.php'

/**
 * protected_plugins.php as the plugin manager writes it: a header comment, then one
 * `$protectedPlugins[] = 'Name';` line per plugin; with no plugin left the file is removed
 * (1.2.3:gui/library/iMSCP/Plugin/Manager.php:1363-1394; 1.2.1 :1396-1421).
 */
export function protectedPluginsPhp(names: string[], when = '2015-06-07 12:00:00', by = 'admin'): string {
  return `<?php\n/**\n * Protected plugin list\n * Auto-generated by i-MSCP Plugin Manager\n * Last update: ${when} by ${by}\n */\n\n${names.map((n) => `$protectedPlugins[] = '${n}';\n`).join('')}\n`
}

async function seedPlugins(host: SandboxHost, plugins: PluginSeed[]): Promise<void> {
  const q = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
  const rows = plugins.map((p) => {
    const info = { author: 'Test Author', email: 'author@imscp.test', version: p.version ?? '0.0.1', ...(p.requireApi ? { require_api: p.requireApi } : {}), date: '2014-11-20', name: p.name, desc: `${p.name} test plugin`, url: 'http://www.i-mscp.net' }
    return `(${q(p.name)}, 'Action', ${q(JSON.stringify(info))}, ${q(JSON.stringify({ enabled: true }))}, 0, ${q(p.status)}, NULL, ${q(p.backend ? 'yes' : 'no')}, 0)`
  })
  const protectedNames = plugins.filter((p) => p.protected).map((p) => p.name)
  const script = [
    'set -e',
    `mariadb imscp -e ${sh(`INSERT INTO plugin (plugin_name, plugin_type, plugin_info, plugin_config, plugin_priority, plugin_status, plugin_error, plugin_backend, plugin_locked) VALUES ${rows.join(', ')}`)}`,
    ...plugins.flatMap((p) => {
      const dir = `/var/www/imscp/gui/plugins/${p.name}`
      return [
        `mkdir -p ${dir}${p.backend ? '/backend' : ''}`,
        `printf %s ${sh(infoPhp(p))} >${dir}/info.php`,
        `printf %s ${sh(pluginClassPhp(p))} >${dir}/${p.name}.php`,
        ...(p.backend ? [`printf %s ${sh(pluginBackendPm(p))} >${dir}/backend/${p.name}.pm`] : [])
      ]
    }),
    'mkdir -p /var/www/imscp/gui/data/persistent',
    ...(protectedNames.length > 0 ? [`printf %s ${sh(protectedPluginsPhp(protectedNames))} >${PROTECTED_PLUGINS}`] : [`rm -f ${PROTECTED_PLUGINS}`])
  ]
  await must(host, script.join('\n'), 'seeding plugins')
}
