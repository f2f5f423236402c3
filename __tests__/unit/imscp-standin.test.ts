/**
 * The i-MSCP stand-in's data (questions.json, manifests.json): the questions each release asks,
 * in order, their shape and their citations. Where the vendor mirror is on this machine, every
 * citation must name a line of that tag's file, and the line that reads a value must name its
 * key; without the mirror (CI), the shape and the per-release facts are still checked.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IMSCP_FIXTURES, IMSCP_RELEASES, imscpDialogs, imscpQuestionsAsked, protectedPluginsPhp, type ImscpRelease } from '../support/imscp-host.js'

const MIRROR = '/work/.mirror/i-MSCP+imscp/repo'
const hasMirror = existsSync(join(MIRROR, 'HEAD'))
const CITE = /^(1\.2\.[0-3]):([\w./-]+):(\d+)$/
const RULES = ['fqdn', 'regex', 'enum', 'list', 'hostIp', 'ip', 'sqlLogin', 'nonEmpty', 'any', 'mysqlPrefix', 'adminLogin', 'email', 'timezone', 'sqlUser', 'sqlPassword', 'secondaryDns', 'primaryDns', 'port', 'alternative']
const RESOLVE = ['setupGetQuestion', 'setupGetQuestion||data', 'questions||conf', 'preseedOnly']

interface Manifest {
  copy: Array<{ type: 'file' | 'folder'; target: string; source: string; from?: string; mode?: string; live?: boolean }>
  alternatives: Record<string, Record<string, { default: string; alternatives: string[] } | string>>
}
const manifests = JSON.parse(readFileSync(join(IMSCP_FIXTURES, 'manifests.json'), 'utf8')) as { releases: Record<string, Manifest> }

const fileLines = new Map<string, string[] | null>()
function mirrorLines(tag: string, path: string): string[] | null {
  const key = `${tag}:${path}`
  if (!fileLines.has(key)) {
    try {
      fileLines.set(key, execFileSync('git', ['-C', MIRROR, 'show', key], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] }).split('\n'))
    } catch {
      fileLines.set(key, null)
    }
  }
  return fileLines.get(key) ?? null
}
/** The cited line's text (mirror only). */
function cited(citation: string): string {
  const [, tag, path, line] = CITE.exec(citation) ?? []
  const lines = mirrorLines(tag, path)
  if (!lines) throw new Error(`${citation}: no such file at that tag`)
  const text = lines[Number(line) - 1]
  if (text === undefined) throw new Error(`${citation}: no such line`)
  return text
}

// The sandbox host's servers and answers (as imscp-host.ts seeds them).
const SANDBOX = { HTTPD_SERVER: 'apache_php_fpm', PO_SERVER: 'dovecot', MTA_SERVER: 'postfix', FTPD_SERVER: 'proftpd', NAMED_SERVER: 'bind', SQL_SERVER: 'mariadb_10.0', DATABASE_HOST: 'localhost', BIND_MODE: 'master', PANEL_SSL_ENABLED: 'no', WEBMAIL_PACKAGES: 'Roundcube', WEBSTATS_PACKAGES: 'No' }

describe.each(IMSCP_RELEASES)('questions.json, %s', (release: ImscpRelease) => {
  const dialogs = imscpDialogs(release)
  const keys = dialogs.flatMap((d) => d.questions.map((q) => q.key))

  it('lists the server selection (build phase) before the setup dialog, the core questions first, in the vendor order', () => {
    const phases = dialogs.map((d) => d.phase)
    expect(phases.lastIndexOf('build')).toBeLessThan(phases.indexOf('setup'))
    expect(dialogs.filter((d) => d.phase === 'build').map((d) => d.questions[0].key)).toEqual(['FTPD_SERVER', 'HTTPD_SERVER', 'MTA_SERVER', 'NAMED_SERVER', 'PO_SERVER', 'SQL_SERVER'])
    const core = dialogs.filter((d) => d.owner === 'core').map((d) => d.id)
    expect(core).toEqual([
      'setupAskServerHostname',
      ...(release === '1.2.0' ? ['setupAskLocalDnsResolver'] : []),
      'setupAskServerIps', 'setupAskSqlDsn', 'setupAskSqlUserHost', 'setupAskImscpDbName', 'setupAskDbPrefixSuffix',
      'setupAskDefaultAdmin', 'setupAskAdminEmail', 'setupAskPhpTimezone', 'setupAskServicesSsl', 'setupAskImscpBackup', 'setupAskDomainBackup'
    ])
    // Servers after the core, packages after the servers.
    const owners = dialogs.filter((d) => d.phase === 'setup').map((d) => d.owner.split(':')[0])
    expect(owners.join(' ')).toMatch(/^(core )+(server )+(package ?)+$/)
  })

  it('has every question of the release', () => {
    const always = [
      'SERVER_HOSTNAME', 'BASE_SERVER_IP', 'BASE_SERVER_PUBLIC_IP', 'DATABASE_HOST', 'DATABASE_USER', 'DATABASE_PASSWORD', 'DATABASE_USER_HOST', 'DATABASE_NAME',
      'MYSQL_PREFIX', 'MYSQL_PREFIX_TYPE', 'ADMIN_LOGIN_NAME', 'ADMIN_PASSWORD', 'DEFAULT_ADMIN_ADDRESS', 'PHP_TIMEZONE', 'SERVICES_SSL_ENABLED', 'BACKUP_IMSCP', 'BACKUP_DOMAINS',
      'FTPD_SQL_USER', 'FTPD_SQL_PASSWORD', 'SASL_SQL_USER', 'SASL_SQL_PASSWORD', 'DOVECOT_SQL_USER', 'AUTHDAEMON_SQL_USER', 'PHP_FPM_POOLS_LEVEL', 'INI_LEVEL',
      'BIND_MODE', 'PRIMARY_DNS', 'SECONDARY_DNS', 'BIND_IPV6', 'LOCAL_DNS_RESOLVER', 'BASE_SERVER_VHOST', 'PANEL_SSL_ENABLED', 'BASE_SERVER_VHOST_PREFIX',
      'PHPMYADMIN_SQL_USER', 'PHPMYADMIN_SQL_PASSWORD', 'ANTI_ROOTKITS_PACKAGES', 'FILEMANAGER_PACKAGE', 'WEBSTATS_PACKAGES', 'AWSTATS_MODE', 'ROUNDCUBE_SQL_USER', 'ROUNDCUBE_SQL_PASSWORD'
    ]
    expect(keys).toEqual(expect.arrayContaining(always))
    const later = ['WEBMAIL_PACKAGES', 'RAINLOOP_SQL_USER', 'RAINLOOP_SQL_PASSWORD']
    const ports = ['BASE_SERVER_VHOST_HTTP_PORT', 'BASE_SERVER_VHOST_HTTPS_PORT']
    for (const k of later) expect(keys.includes(k)).toBe(release !== '1.2.0')
    for (const k of ports) expect(keys.includes(k)).toBe(release === '1.2.3')
    expect(keys.includes('DNSBL_CHECKS_ONLY')).toBe(release === '1.2.0')
    // LOCAL_DNS_RESOLVER: a core question in 1.2.0, bind's from 1.2.1.
    expect(dialogs.find((d) => d.questions.some((q) => q.key === 'LOCAL_DNS_RESOLVER'))?.owner).toBe(release === '1.2.0' ? 'core' : 'server:named/bind')
  })

  it('has the release\'s rules: SQL user lengths from 1.2.1, file managers, proftpd characters in 1.2.3', () => {
    const rule = (key: string): Record<string, unknown> => dialogs.flatMap((d) => d.questions).find((q) => q.key === key)!.rule
    for (const key of ['FTPD_SQL_USER', 'SASL_SQL_USER', 'DOVECOT_SQL_USER', 'AUTHDAEMON_SQL_USER', 'PHPMYADMIN_SQL_USER', 'ROUNDCUBE_SQL_USER']) {
      expect(rule(key)).toMatchObject(release === '1.2.0' ? { type: 'sqlUser' } : { type: 'sqlUser', min: 6, max: 16 })
      if (release === '1.2.0') expect(rule(key).min).toBeUndefined()
    }
    expect(rule('FILEMANAGER_PACKAGE').values).toEqual(release === '1.2.0' ? ['AjaXplorer', 'Net2ftp'] : ['Net2ftp', 'Pydio'])
    expect(rule('FTPD_SQL_USER').pattern).toBe(release === '1.2.3' ? '^[\\x21-\\x7e]+$' : '^[\\x21-\\x5b\\x5d-\\x7e]+$')
    // The vendor's yes/no regex as written: /^yes|no$/.
    expect(rule('BACKUP_IMSCP')).toEqual({ type: 'regex', pattern: '^yes|no$' })
    expect(new RegExp(rule('BACKUP_IMSCP').pattern as string).test('yesterday')).toBe(true)
  })

  it('every entry has a known rule, resolution and store, and tag:path:line citations of this release', () => {
    for (const d of dialogs) {
      expect(d.id).toMatch(/^[\w:]+$/)
      expect(['build', 'setup']).toContain(d.phase)
      expect(CITE.exec(d.ask)?.[1]).toBe(release)
      for (const c of d.when) expect(c.in ?? c.notIn ?? c.has).toBeDefined()
      for (const q of d.questions) {
        expect(q.key).toMatch(/^[A-Z][A-Z0-9_]+$/)
        expect(RULES).toContain(q.rule.type)
        expect(RESOLVE).toContain(q.resolve.from)
        if (q.resolve.from === 'setupGetQuestion||data') expect(q.resolve.file).toBe(q.store.file)
        expect(Object.keys(q.store).some((k) => ['conf', 'file', 'db'].includes(k))).toBe(true)
        expect(CITE.exec(q.read)?.[1]).toBe(release)
      }
    }
  })

  ;(hasMirror ? it : it.skip)('citations name real lines: the read line names its key, the ask line holds the condition (mirror)', () => {
    for (const d of dialogs) {
      expect(cited(d.ask)).toMatch(/reconfigure|@alts > 1|\$httpsPort|\$masterDnsIps/)
      for (const q of d.questions) {
        const text = cited(q.read)
        expect(text).toContain(d.phase === 'build' ? "_SERVER' }" : `'${q.key}'`)
        const file = q.store.file as string | undefined
        if (file && q.key.endsWith('_SQL_USER')) expect(existsSync(join(IMSCP_FIXTURES, 'archive', /^(roundcube|rainloop)\//.test(file) ? 'packages' : 'configs/debian', file))).toBe(true)
      }
    }
  })

  it('imscpQuestionsAsked lists what the sandbox host is asked, in order', () => {
    const asked = imscpQuestionsAsked(release, SANDBOX)
    expect(asked.slice(0, 6)).toEqual(['FTPD_SERVER', 'HTTPD_SERVER', 'MTA_SERVER', 'NAMED_SERVER', 'PO_SERVER', 'SQL_SERVER'])
    expect(asked).toEqual(expect.arrayContaining(['SASL_SQL_USER', 'DOVECOT_SQL_USER', 'PHP_FPM_POOLS_LEVEL', 'SECONDARY_DNS', 'BIND_IPV6', 'ROUNDCUBE_SQL_USER', 'ADMIN_PASSWORD']))
    for (const k of ['AUTHDAEMON_SQL_USER', 'INI_LEVEL', 'PRIMARY_DNS', 'DATABASE_USER_HOST', 'DATABASE_NAME', 'BASE_SERVER_VHOST_HTTPS_PORT', 'RAINLOOP_SQL_USER', 'AWSTATS_MODE']) expect(asked).not.toContain(k)
    expect(asked.indexOf('SERVER_HOSTNAME')).toBeLessThan(asked.indexOf('SASL_SQL_USER'))
    expect(asked.indexOf('SASL_SQL_USER')).toBeLessThan(asked.indexOf('BASE_SERVER_VHOST'))
    expect(imscpQuestionsAsked(release, SANDBOX, { preseed: false })).toContain('DATABASE_NAME')
    const other = imscpQuestionsAsked(release, { ...SANDBOX, PO_SERVER: 'courier', HTTPD_SERVER: 'apache_fcgid', NAMED_SERVER: 'external_server', DATABASE_HOST: 'db.example.test', PANEL_SSL_ENABLED: 'yes', WEBMAIL_PACKAGES: 'RainLoop,Roundcube', WEBSTATS_PACKAGES: 'Awstats' })
    expect(other).toEqual(expect.arrayContaining(['AUTHDAEMON_SQL_USER', 'INI_LEVEL', 'DATABASE_USER_HOST', 'AWSTATS_MODE', ...(release === '1.2.0' ? [] : ['RAINLOOP_SQL_USER'])]))
    expect(other.includes('BASE_SERVER_VHOST_HTTPS_PORT')).toBe(release === '1.2.3')
    for (const k of ['DOVECOT_SQL_USER', 'PHP_FPM_POOLS_LEVEL', 'BIND_MODE']) expect(other).not.toContain(k)
  })
})

describe.each(IMSCP_RELEASES)('manifests.json, %s', (release: ImscpRelease) => {
  const manifest = manifests.releases[release]

  it('installs the release\'s init scripts (init.d before 1.2.3, sysvinit plus upstart and systemd files in 1.2.3) and the other files outside /etc/imscp', () => {
    const files = manifest.copy.filter((e) => e.type === 'file')
    const init = files.filter((e) => e.target.startsWith('/etc/init.d/'))
    expect(init.map((e) => e.target).sort()).toEqual(['/etc/init.d/imscp_daemon', '/etc/init.d/imscp_network', '/etc/init.d/imscp_panel'])
    for (const e of init) expect(e.from).toMatch(release === '1.2.3' ? /^configs\/debian\/sysvinit\// : /^configs\/debian\/init\.d\//)
    const targets = files.map((e) => e.target)
    expect(targets).toEqual(expect.arrayContaining(['/etc/logrotate.d/imscp', '/etc/sysctl.d/imscp.conf', '/usr/sbin/maillogconvert.pl', '/usr/local/sbin/vlogger']))
    expect(targets.includes('/etc/init/imscp_panel.conf')).toBe(release === '1.2.3')
    expect(targets.includes('/etc/systemd/system/bind9.service')).toBe(release === '1.2.3')
    expect(files.filter((e) => e.live).map((e) => e.target)).toEqual(['/usr/local/sbin/vlogger'])
    for (const e of manifest.copy) {
      expect(e.target.startsWith('/etc/imscp') || e.target.startsWith('/var/www/imscp')).toBe(false)
      expect(CITE.exec(e.source)?.[1]).toBe(release)
    }
  })

  it('every file has a stand-in source in the archive', () => {
    for (const e of manifest.copy.filter((x) => x.type === 'file')) {
      const from = e.from!.replace(/^configs\/debian\/init\.d\//, 'configs/debian/sysvinit/')
      expect(existsSync(join(IMSCP_FIXTURES, 'archive', from))).toBe(true)
    }
  })

  it('has the server alternatives of the packages files (a radiolist only where there are several)', () => {
    const jessie = manifest.alternatives['Debian/jessie'] as Record<string, { default: string; alternatives: string[] }>
    expect(jessie.ftpd.alternatives).toEqual(['proftpd'])
    expect(jessie.po.alternatives).toEqual(['courier', 'dovecot'])
    expect(jessie.sql.alternatives).toContain('mariadb_10.0')
  })

  ;(hasMirror ? it : it.skip)('cites install.xml lines that name the target (mirror)', () => {
    for (const e of manifest.copy) expect(cited(e.source)).toContain(e.target.split('/').pop()!)
  })
})

describe('protected_plugins.php as the plugin manager writes it', () => {
  it('a header comment, then one $protectedPlugins[] line per plugin', () => {
    const text = protectedPluginsPhp(['Monitorix', 'ClamAV'])
    expect(text.startsWith('<?php\n/**\n * Protected plugin list\n * Auto-generated by i-MSCP Plugin Manager\n * Last update: ')).toBe(true)
    expect(text.split('\n').filter((l) => l.startsWith('$protectedPlugins[]'))).toEqual(["$protectedPlugins[] = 'Monitorix';", "$protectedPlugins[] = 'ClamAV';"])
  })
})
