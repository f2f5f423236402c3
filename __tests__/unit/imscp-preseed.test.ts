/**
 * The preseed generator (src/products/imscp/preseed.pl) run with perl against a fake
 * /etc/imscp and host, with the variables the i-MSCP procedure hands its steps. Every
 * question the vendor's installer can ask on that host (the stand-in's questions.json, read
 * from the vendor's source) must have an answer in the file that meets the vendor's rule,
 * or the generator must name it as a problem.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError } from '../../src/settings/settings.js'
import { procedureFor } from '../support/procedure.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const GENERATOR = join(ROOT, 'src', 'products', 'imscp', 'preseed.pl')
type Release = '1.2.0' | '1.2.1' | '1.2.3'

interface Rule {
  type: string
  pattern?: string
  min?: number
  max?: number
  values?: string[]
  extra?: string[]
  minLabels?: number
  notEqual?: string
  section?: string
}
interface Dialog {
  id: string
  when?: { key: string; in?: string[]; notIn?: string[]; has?: string }[]
  onlyWithoutPreseed?: boolean
  questions: { key: string; rule: Rule }[]
}
const QUESTIONS = JSON.parse(readFileSync(join(ROOT, '__tests__', 'fixtures', 'imscp', 'questions.json'), 'utf8')) as { releases: Record<Release, Dialog[]> }

const HOST_IP = '10.0.0.2'
const ALTERNATIVES: Record<string, string[]> = {
  httpd: ['apache_fcgid', 'apache_itk', 'apache_php_fpm'],
  po: ['courier', 'dovecot'],
  mta: ['postfix'],
  ftpd: ['proftpd'],
  named: ['bind', 'external_server'],
  sql: ['mariadb_10.0', 'mysql_5.5', 'remote_server']
}
const PACKAGES = `<?xml version="1.0" encoding="UTF-8"?>\n<install>\n${Object.entries(ALTERNATIVES)
  .map(([section, alts]) => `  <${section} default="${alts.at(-1)}">\n${alts.map((a) => `    <${a}>\n      <package>pkg-${a}</package>\n    </${a}>\n`).join('')}  </${section}>\n`)
  .join('')}</install>\n`

/** A fake host: /etc/imscp with the given files (path under /etc/imscp → KEY = value lines). */
function fakeEtc(files: Record<string, Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'imscp-preseed-'))
  for (const [path, values] of Object.entries(files)) {
    const file = join(root, 'etc', 'imscp', path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, Object.entries(values).map(([k, v]) => `${k} = ${v}\n`).join(''))
  }
  writeFileSync(join(root, 'packages.xml'), PACKAGES)
  for (const zone of ['UTC', 'Europe/Berlin', 'Europe/Paris', 'Europe/London']) {
    mkdirSync(dirname(join(root, 'zoneinfo', zone)), { recursive: true })
    writeFileSync(join(root, 'zoneinfo', zone), 'TZif')
  }
  return root
}

function procedureVars(inputs: Record<string, string>): { vars: Record<string, string>; secrets: Record<string, string> } {
  const procedure = procedureFor(inputs)
  return { vars: { ...procedure.vars, TARGET_VERSION: procedure.versions!.target }, secrets: procedure.secrets }
}

interface Generated {
  answers: Record<string, string>
  problems: { key: string; kind: string; reason: string }[]
  log: string
}

/** Runs the generator as the preseed-check and installer steps do, with the host's facts in the environment. */
function generate(root: string, release: Release, mode: 'install' | 'upgrade', inputs: Record<string, string> = {}, host: Record<string, string> = {}): Generated {
  const { vars, secrets } = procedureVars({ product: 'imscp', version: release, mode, host: 'runner', 'database-password': 'sql-pass1', ...inputs })
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...vars,
    ...secrets,
    IMSCP_ETC: join(root, 'etc', 'imscp'),
    PACKAGES_FILE: join(root, 'packages.xml'),
    ZONEINFO: join(root, 'zoneinfo'),
    DB_HOST: 'localhost',
    DB_NAME: 'imscp',
    DB_USER: 'imscp_admin',
    HOST_FQDN: 'host.imscp.test',
    HOST_IPS: HOST_IP,
    HOST_MAIN_IP: HOST_IP,
    HOST_TIMEZONE: 'Europe/Berlin',
    SQL_SERVER_FOUND: 'mariadb_10.0',
    ...host
  }
  const out = join(root, `preseed-${release}-${mode}.pl`)
  const problems = join(root, 'problems')
  const log = execFileSync('perl', [GENERATOR, out, problems], { env, encoding: 'utf8' })
  // The file must load as the installer loads it (require, a true last value).
  const dumped = execFileSync('perl', ['-e', 'our %questions; require $ARGV[0]; print map { "$_\\t" . (ref $main::questions{$_} ? join(",", @{ $main::questions{$_} }) : $main::questions{$_}) . "\\n" } sort keys %main::questions', out], { encoding: 'utf8' })
  const answers = Object.fromEntries(dumped.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('\t')), l.slice(l.indexOf('\t') + 1)]))
  const listed = readFileSync(problems, 'utf8').split('\n').filter(Boolean).map((l) => {
    const [key, kind, reason] = l.split('\t')
    return { key, kind, reason }
  })
  return { answers, problems: listed, log }
}

/** Does the installer take this answer without asking? The vendor's rule, as questions.json records it. */
function takes(rule: Rule, value: string | undefined, answers: Record<string, string>): boolean {
  if (value === undefined) return false
  const labels = value.split('.')
  switch (rule.type) {
    case 'fqdn':
      return labels.length >= (rule.minLabels ?? 3) && labels.every((l) => /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/.test(l))
    case 'regex':
      return new RegExp(rule.pattern!).test(value)
    case 'enum':
      return rule.values!.includes(value)
    case 'list':
      return value !== '' && value.split(',').every((v) => rule.values!.includes(v) || (rule.extra ?? []).includes(v))
    case 'hostIp':
      return value === HOST_IP
    case 'ip':
      return /^\d{1,3}(\.\d{1,3}){3}$/.test(value)
    case 'sqlLogin':
    case 'nonEmpty':
    case 'adminLogin':
      return value !== ''
    case 'any':
      return true
    case 'mysqlPrefix':
      return /^(no none|yes (infront|behind))$/.test(`${answers.MYSQL_PREFIX} ${answers.MYSQL_PREFIX_TYPE}`)
    case 'email':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)
    case 'timezone':
      return /^(UTC|[A-Z][A-Za-z_]+\/[A-Za-z_]+)$/.test(value)
    case 'sqlUser':
    case 'sqlPassword':
      return new RegExp(rule.pattern!).test(value) && value.length >= (rule.min ?? 1) && value.length <= (rule.max ?? Infinity)
    case 'secondaryDns':
      return value === 'no' || value.split(/[; ]+/).every((ip) => /^\d{1,3}(\.\d{1,3}){3}$/.test(ip) && ip !== '127.0.0.1')
    case 'primaryDns':
      return value !== 'no' && value.split(/[; ]+/).every((ip) => /^\d{1,3}(\.\d{1,3}){3}$/.test(ip) && ip !== '127.0.0.1')
    case 'port':
      return /^\d+$/.test(value) && Number(value) >= rule.min! && Number(value) <= rule.max! && (!rule.notEqual || answers[rule.notEqual] !== value)
    case 'alternative':
      return ALTERNATIVES[rule.section!].includes(value)
    default:
      throw new Error(`rule type ${rule.type} unknown to this test`)
  }
}

/** The questions the release asks on this host, given the answers, that the file does not answer so that it takes them. */
function unanswered(release: Release, answers: Record<string, string>): string[] {
  const missing: string[] = []
  for (const dialog of QUESTIONS.releases[release]) {
    if (dialog.onlyWithoutPreseed) continue
    const applies = (dialog.when ?? []).every((c) => {
      const v = answers[c.key] ?? ''
      return c.in ? c.in.includes(v) : c.notIn ? !c.notIn.includes(v) : v.split(',').includes(c.has!)
    })
    if (!applies) continue
    for (const q of dialog.questions) if (!takes(q.rule, answers[q.key], answers)) missing.push(`${dialog.id} ${q.key}=${answers[q.key] ?? '(none)'}`)
  }
  return missing
}

const CURRENT_121 = {
  'imscp.conf': {
    Version: '1.2.1', SERVER_HOSTNAME: 'host.imscp.test', BASE_SERVER_IP: HOST_IP, BASE_SERVER_PUBLIC_IP: '', BASE_SERVER_VHOST: 'panel.imscp.test',
    BASE_SERVER_VHOST_PREFIX: 'http://', PANEL_SSL_ENABLED: 'no', SERVICES_SSL_ENABLED: 'no', DEFAULT_ADMIN_ADDRESS: 'admin@imscp.test',
    DATABASE_HOST: 'localhost', DATABASE_NAME: 'imscp', DATABASE_USER: 'imscp_admin', DATABASE_PASSWORD: 'c2VjcmV0', MYSQL_PREFIX: 'no', MYSQL_PREFIX_TYPE: 'none',
    PHP_TIMEZONE: 'Europe/Paris', BACKUP_IMSCP: 'yes', BACKUP_DOMAINS: 'no', ANTI_ROOTKITS_PACKAGES: 'Rkhunter', WEBSTATS_PACKAGES: 'No', FILEMANAGER_PACKAGE: 'Net2ftp',
    WEBMAIL_PACKAGES: 'Roundcube', HTTPD_SERVER: 'apache_php_fpm', PO_SERVER: 'dovecot', FTPD_SERVER: 'proftpd', MTA_SERVER: 'postfix', NAMED_SERVER: 'bind', SQL_SERVER: 'mariadb_10.0'
  },
  'proftpd/proftpd.data': { DATABASE_USER: 'vftp_user', DATABASE_PASSWORD: 'vftp-pass1' },
  'postfix/postfix.data': { DATABASE_USER: 'sasl_user', DATABASE_PASSWORD: 'sasl-pass1' },
  'dovecot/dovecot.data': { DATABASE_USER: 'dovecot_user', DATABASE_PASSWORD: 'dovecot-pass1' },
  // The copy phase of an earlier run reset the .data file: the values are in .old.data.
  'pma/phpmyadmin.data': { DATABASE_USER: '', DATABASE_PASSWORD: '' },
  'pma/phpmyadmin.old.data': { DATABASE_USER: 'pma_user', DATABASE_PASSWORD: 'pma-pass1' },
  'roundcube/roundcube.data': { DATABASE_USER: 'roundcube_user', DATABASE_PASSWORD: 'roundcube-pass1' },
  'php-fpm/phpfpm.data': { PHP_FPM_POOLS_LEVEL: 'per_site' },
  'bind/bind.data': { BIND_MODE: 'master', SECONDARY_DNS: '', BIND_IPV6: 'no', LOCAL_DNS_RESOLVER: 'no' }
}

const OLD_1122 = {
  'imscp.conf': {
    Version: '1.1.22', SERVER_HOSTNAME: 'host.imscp.test', BASE_SERVER_IP: HOST_IP, BASE_SERVER_VHOST: 'panel.imscp.test', DEFAULT_ADMIN_ADDRESS: 'admin@imscp.test',
    DATABASE_HOST: 'localhost', DATABASE_NAME: 'imscp', DATABASE_USER: 'imscp_admin', LOCAL_DNS_RESOLVER: 'no', ANTI_ROOTKITS_ADDONS: 'Chkrootkit', WEBSTATS_ADDONS: 'Awstats',
    AWSTATS_MODE: '1', FILEMANAGER_ADDON: 'AjaXplorer', HTTPD_SERVER: 'apache_fcgid', PO_SERVER: 'courier', FTPD_SERVER: 'proftpd', MTA_SERVER: 'postfix', NAMED_SERVER: 'bind', SQL_SERVER: 'mysql_5.5'
  },
  'proftpd/proftpd.data': { DATABASE_USER: 'vftp_user', DATABASE_PASSWORD: 'vftp-pass1' },
  'postfix/postfix.data': { DATABASE_USER: 'sasl_user', DATABASE_PASSWORD: 'sasl-pass1' },
  'courier/courier.data': { DATABASE_USER: 'authdaemon_u', DATABASE_PASSWORD: 'courier-pass1' },
  'pma/phpmyadmin.data': { DATABASE_USER: 'pma_user', DATABASE_PASSWORD: 'pma-pass1' },
  'roundcube/roundcube.data': { DATABASE_USER: 'roundcube_user', DATABASE_PASSWORD: 'roundcube-pass1' },
  'apache/apache.data': { INI_LEVEL: 'per_domain' }
}

describe('the preseed file answers every question the release asks', () => {
  it.each([
    ['1.2.1', '1.2.1', CURRENT_121],
    ['1.2.3', '1.2.1', CURRENT_121],
    ['1.2.3', '1.1.22', OLD_1122],
    ['1.2.1', '1.1.22', OLD_1122],
    ['1.2.0', '1.1.22', OLD_1122]
  ] as const)('%s upgrade from %s', (release, _from, files) => {
    const { answers, problems } = generate(fakeEtc(files), release, 'upgrade', { 'admin-password': 'admin-pass1' }, { EXISTING_ADMIN: 'admin' })
    expect(problems).toEqual([])
    expect(unanswered(release, answers)).toEqual([])
    expect(answers.ADMIN_LOGIN_NAME).toBe('admin')
  })

  it.each(['1.2.0', '1.2.1', '1.2.3'] as const)('%s install on a bare host, with every server the packages file offers as its default', (release) => {
    const { answers, problems } = generate(fakeEtc({}), release, 'install', { 'admin-password': 'admin-pass1', 'admin-email': 'admin@imscp.test', 'panel-hostname': 'panel.imscp.test' })
    expect(problems).toEqual([])
    expect(unanswered(release, answers)).toEqual([])
    expect(answers).toMatchObject({ HTTPD_SERVER: 'apache_php_fpm', PO_SERVER: 'dovecot', SQL_SERVER: 'mariadb_10.0', BASE_SERVER_IP: HOST_IP, BASE_SERVER_PUBLIC_IP: HOST_IP, PHP_TIMEZONE: 'Europe/Berlin', ADMIN_LOGIN_NAME: 'admin' })
  })

  it('answers the other implementations too: fcgid, courier, a slave DNS server, RainLoop', () => {
    const preseed = 'HTTPD_SERVER=apache_fcgid\nPO_SERVER=courier\nBIND_MODE=slave\nPRIMARY_DNS=10.0.0.53;10.0.0.54\nSASL_SQL_USER=sasl_user2'
    const { answers, problems } = generate(fakeEtc({}), '1.2.3', 'install', { 'admin-password': 'admin-pass1', 'admin-email': 'admin@imscp.test', webmails: 'rainloop,roundcube', preseed })
    expect(problems).toEqual([])
    expect(unanswered('1.2.3', answers)).toEqual([])
    expect(answers).toMatchObject({ INI_LEVEL: 'per_user', WEBMAIL_PACKAGES: 'RainLoop,Roundcube', PRIMARY_DNS: '10.0.0.53;10.0.0.54', SASL_SQL_USER: 'sasl_user2', BASE_SERVER_VHOST: 'admin.host.imscp.test' })
    expect(answers.AUTHDAEMON_SQL_PASSWORD).toMatch(/^[A-Za-z0-9]{16}$/)
  })

  it("takes the vendor's default servers when the packages file names none", () => {
    const root = fakeEtc({})
    writeFileSync(join(root, 'packages.xml'), '<install>\n  <frontend>\n    <package>nginx</package>\n  </frontend>\n</install>\n')
    const { answers, problems } = generate(root, '1.2.3', 'install', { 'admin-password': 'admin-pass1', 'admin-email': 'admin@imscp.test' })
    expect(problems).toEqual([])
    expect(answers).toMatchObject({ HTTPD_SERVER: 'apache_php_fpm', PO_SERVER: 'dovecot', MTA_SERVER: 'postfix', FTPD_SERVER: 'proftpd', NAMED_SERVER: 'bind', SQL_SERVER: 'mariadb_10.0' })
  })

  it('logs each answer with its source, passwords as ***, and reads the real data files', () => {
    const { answers, log } = generate(fakeEtc(CURRENT_121), '1.2.3', 'upgrade', { 'admin-password': 'admin-pass1', preseed: 'PHP_TIMEZONE=Europe/London' }, { EXISTING_ADMIN: 'admin' })
    expect(log).toContain('PHP_TIMEZONE = Europe/London (from the preseed input)')
    expect(log).toMatch(/SASL_SQL_USER = sasl_user \(from .*\/etc\/imscp\/postfix\/postfix\.data\)/)
    expect(log).toMatch(/PHPMYADMIN_SQL_USER = pma_user \(from .*\/etc\/imscp\/pma\/phpmyadmin\.old\.data\)/)
    expect(log).toContain('ADMIN_PASSWORD = *** (from the admin-password input)')
    expect(log).toContain('ADMIN_LOGIN_NAME = admin (from the administrator in the database)')
    expect(log).not.toMatch(/pass1/)
    expect(answers).toMatchObject({ PHPMYADMIN_SQL_PASSWORD: 'pma-pass1', SASL_SQL_PASSWORD: 'sasl-pass1', DATABASE_PASSWORD: 'sql-pass1', BACKUP_DOMAINS: 'no', BASE_SERVER_VHOST_HTTP_PORT: '8080' })
  })

  it('moves the 1.1.x *_ADDONS answers to the packages 1.2.x asks for, AjaXplorer becoming Pydio from 1.2.1', () => {
    const upgraded = generate(fakeEtc(OLD_1122), '1.2.3', 'upgrade', { 'admin-password': 'admin-pass1' }, { EXISTING_ADMIN: 'admin' })
    expect(upgraded.answers).toMatchObject({ ANTI_ROOTKITS_PACKAGES: 'Chkrootkit', WEBSTATS_PACKAGES: 'Awstats', AWSTATS_MODE: '1', FILEMANAGER_PACKAGE: 'Pydio', LOCAL_DNS_RESOLVER: 'no' })
    expect(upgraded.log).toMatch(/FILEMANAGER_PACKAGE = Pydio \(from .*imscp\.conf \(1\.1\.x FILEMANAGER_ADDON\)\)/)
    expect(generate(fakeEtc(OLD_1122), '1.2.0', 'upgrade', { 'admin-password': 'admin-pass1' }, { EXISTING_ADMIN: 'admin' }).answers.FILEMANAGER_PACKAGE).toBe('AjaXplorer')
  })
})

describe('what cannot be answered is named before any change', () => {
  it("refuses an upgrade without the administrator's password, naming admin-password and why", () => {
    const { problems } = generate(fakeEtc(CURRENT_121), '1.2.3', 'upgrade', {}, { EXISTING_ADMIN: 'admin' })
    expect(problems).toEqual([
      {
        key: 'ADMIN_PASSWORD',
        kind: 'unanswered',
        reason: expect.stringContaining("takes the administrator's password from the preseed file even when one exists, asks for it when it is missing (exit 5 under --noprompt), and sets it on every run; its hash cannot be read back: set admin-password (or ADMIN_PASSWORD in preseed)")
      }
    ])
  })

  it('takes ADMIN_* from the preseed input, and says when the name adds a second administrator or belongs to a customer', () => {
    const second = generate(fakeEtc(CURRENT_121), '1.2.3', 'upgrade', { preseed: 'ADMIN_LOGIN_NAME=boss\nADMIN_PASSWORD=boss-pass1' }, { EXISTING_ADMIN: 'admin' })
    expect(second.answers).toMatchObject({ ADMIN_LOGIN_NAME: 'boss', ADMIN_PASSWORD: 'boss-pass1' })
    expect(second.problems).toEqual([{ key: 'ADMIN_LOGIN_NAME', kind: 'notice', reason: "ADMIN_LOGIN_NAME 'boss' is not the administrator 'admin': the installer adds a second administrator and leaves 'admin' as it is" }])
    const taken = generate(fakeEtc(CURRENT_121), '1.2.3', 'upgrade', { preseed: 'ADMIN_LOGIN_NAME=client1\nADMIN_PASSWORD=boss-pass1' }, { EXISTING_ADMIN: 'admin', ADMIN_NAME_TAKEN: '7' })
    expect(taken.problems[0]).toMatchObject({ key: 'ADMIN_LOGIN_NAME', kind: 'bad' })
  })

  it('lists a SASL user of 4 characters as too short for 1.2.3 (the sql-users step refuses it)', () => {
    const files = { ...CURRENT_121, 'postfix/postfix.data': { DATABASE_USER: 'sasl', DATABASE_PASSWORD: 'sasl-pass1' } }
    const { problems } = generate(fakeEtc(files), '1.2.3', 'upgrade', { 'admin-password': 'admin-pass1' }, { EXISTING_ADMIN: 'admin' })
    expect(problems).toEqual([{ key: 'SASL_SQL_USER', kind: 'short', reason: expect.stringMatching(/^SASL_SQL_USER 'sasl' has 4 characters \(from .*postfix\/postfix\.data\); i-MSCP 1\.2\.3 needs at least 6$/) }])
  })

  it('names configured answers the release would not take: a server not in the packages file, a bad time zone, SSL without a certificate', () => {
    const files = { ...CURRENT_121, 'imscp.conf': { ...CURRENT_121['imscp.conf'], SQL_SERVER: 'mariadb_10.11', PHP_TIMEZONE: 'Mars/Base', SERVICES_SSL_ENABLED: 'yes' } }
    const { problems } = generate(fakeEtc(files), '1.2.3', 'upgrade', { 'admin-password': 'admin-pass1' }, { EXISTING_ADMIN: 'admin' })
    expect(problems.map((p) => `${p.key} ${p.kind}`)).toEqual(['SQL_SERVER bad', 'PHP_TIMEZONE bad', 'SERVICES_SSL_CERTIFICATE_PATH unanswered'])
    expect(problems[0].reason).toContain("SQL_SERVER 'mariadb_10.11' is not one of the packages file's alternatives (mariadb_10.0, mysql_5.5, remote_server)")
  })
})

describe('the preseed input', () => {
  function refusal(preseed: string, version = '1.2.3'): string {
    try {
      procedureVars({ product: 'imscp', version, mode: 'upgrade', host: 'runner', preseed })
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).input).toBe('preseed')
      return (error as Error).message
    }
    throw new Error(`accepted: ${preseed}`)
  }

  it("accepts every key of the release's docs/preseed.pl", () => {
    const all = 'SERVER_IPS=10.0.0.3,10.0.0.4\nINI_LEVEL=per_site\nBIND_IPV6=yes\nSERVICES_SSL_PRIVATE_KEY_PATH=/root/key.pem\nDATABASE_TYPE=mysql\nRAINLOOP_SQL_USER=rainloop_user'
    expect(procedureVars({ product: 'imscp', version: '1.2.3', mode: 'upgrade', host: 'runner', preseed: all }).vars).toMatchObject({ PRESEED_INI_LEVEL: 'per_site', PRESEED_SERVER_IPS: '10.0.0.3,10.0.0.4' })
    expect(refusal('BASE_SERVER_VHOST_HTTP_PORT=8080', '1.2.1')).toContain("'BASE_SERVER_VHOST_HTTP_PORT' is not a key of i-MSCP 1.2.1's docs/preseed.pl")
  })

  it.each([
    ['SERVER_HOSTNAME=host name.example.com', 'SERVER_HOSTNAME: i-MSCP 1.2.3 takes a fully qualified host name'],
    ["BASE_SERVER_VHOST=panel'.example.com", 'BASE_SERVER_VHOST'],
    ['DATABASE_HOST=/var/run/mysqld/mysqld.sock', 'DATABASE_HOST: i-MSCP 1.2.3 takes a host name or an IP address (no path or socket)'],
    ['SQL_SERVER=../../etc/passwd', 'SQL_SERVER'],
    ['PHP_TIMEZONE=$(reboot)', 'PHP_TIMEZONE'],
    ['DEFAULT_ADMIN_ADDRESS=::error::x@y.z', 'DEFAULT_ADMIN_ADDRESS'],
    ['FILEMANAGER_PACKAGE=AjaXplorer', 'FILEMANAGER_PACKAGE: i-MSCP 1.2.3 takes Net2ftp or Pydio'],
    ['WEBMAIL_PACKAGES=Rainloop', 'WEBMAIL_PACKAGES'],
    ['INI_LEVEL=per_vhost', 'INI_LEVEL'],
    ['SASL_SQL_USER=sasl', 'SASL_SQL_USER: i-MSCP 1.2.3 takes 6 to 16 printable ASCII characters'],
    ['FTPD_SQL_PASSWORD=with space', 'FTPD_SQL_PASSWORD'],
    ['BASE_SERVER_VHOST_HTTP_PORT=80', 'BASE_SERVER_VHOST_HTTP_PORT: i-MSCP 1.2.3 takes a port from 1023 to 65535']
  ])('refuses %s naming the key, never the value', (line, says) => {
    const message = refusal(line)
    expect(message).toContain(says)
    expect(message).not.toContain(line.slice(line.indexOf('=') + 1))
  })
})
