/**
 * The i-MSCP stand-in releases on real sandbox hosts behave as the vendor's source says (see
 * __tests__/fixtures/imscp/README.md and questions.json): options per release, exit 5 for a
 * missing or bad answer (after the copy phase when the question is in the setup dialog), the
 * logs and exit codes of each release, policy-rc.d, the copy phase from the install manifests,
 * the 1.2.1 → 1.2.3 and 1.1.22 → 1.2.3 updates with the panel answering, a failure after the
 * copy phase, the panel that an init script without its starter leaves down while systemd says
 * "active", and the documented ways a 1.2.3 update fails (a HooksManager listener, php-apc on
 * wheezy, an old enabled backend plugin).
 * Four hosts start together: a clean 1.2.1, a 1.2.1 with plugins and an old listener, a bare
 * Debian 7 with a non-distribution PHP, and a host as 1.1.22 leaves it.
 */
import { imscpHosts, IMSCP_RELEASES, MIXED_PLUGINS, PROTECTED_PLUGINS, type ImscpHost } from '../support/imscp-host.js'

let clean: ImscpHost
let legacy: ImscpHost
let wheezy: ImscpHost
let old: ImscpHost

beforeAll(async () => {
  ;[clean, legacy, wheezy, old] = await imscpHosts([
    { installed: '1.2.1' },
    { installed: '1.2.1', plugins: MIXED_PLUGINS, listener: 'hooks-manager' },
    { identity: 'debian-7', nonDistroPhp: true },
    { installed: '1.1.22', plugins: MIXED_PLUGINS }
  ])
})
afterAll(async () => {
  await Promise.all([clean, legacy, wheezy, old].filter(Boolean).map((h) => h.down()))
})

const PRESEED = '/root/preseed.pl'
const without = (values: Record<string, string>, ...keys: string[]): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter(([k]) => !keys.includes(k)))
const cat = async (panel: ImscpHost, file: string): Promise<string> => (await panel.host.exec(`cat ${file}`)).stdout
const panelCode = async (panel: ImscpHost, port = 8080): Promise<string> =>
  (await panel.host.exec(`curl -s -o /dev/null -w '%{http_code}' -H 'Host: panel.imscp.test' http://${panel.host.info.address}:${port}/`)).stdout

describe('command-line options', () => {
  it.each(IMSCP_RELEASES)('%s: -? prints the usage and exits 0; -l dies on the restricted hash; -p needs an existing file', async (release) => {
    const help = await clean.installer(release, '-?')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--reconfigure [item]')
    const listener = await clean.installer(release, '-l /etc/imscp/listeners.d/x.pl')
    expect(listener.code).toBe(1)
    expect(listener.stderr).toContain("Attempt to access disallowed key 'listenerFile' in a restricted hash")
    const preseed = await clean.installer(release, '-n -p /root/none.pl')
    expect(preseed.code).toBe(1)
    expect(preseed.stderr).toContain('Preseed file not found')
  })

  it('-h is unknown in 1.2.0 and help from 1.2.1', async () => {
    const r120 = await clean.installer('1.2.0', '-h')
    expect(r120.code).toBe(1)
    expect(r120.stderr).toContain('Unknown option: h')
    for (const release of ['1.2.1', '1.2.3'] as const) {
      const r = await clean.installer(release, '-h')
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('Usage: perl imscp-autoinstall')
    }
  })

  it('reconfigure items per release: resolver and webmail in 1.2.0, webmails from 1.2.1, panel_ports in 1.2.3', async () => {
    const items = async (release: '1.2.0' | '1.2.1' | '1.2.3'): Promise<string[]> => {
      const r = await clean.installer(release, '-r help')
      expect(r.code).toBe(0)
      return r.stdout.split('\n').filter((l) => /^ \w+$/.test(l)).map((l) => l.trim())
    }
    expect(await items('1.2.0')).toEqual(expect.arrayContaining(['resolver', 'webmail']))
    expect(await items('1.2.0')).not.toContain('webmails')
    const r121 = await items('1.2.1')
    expect(r121).toContain('webmails')
    expect(r121).not.toEqual(expect.arrayContaining(['resolver']))
    expect(r121).not.toContain('panel_ports')
    expect(await items('1.2.3')).toContain('panel_ports')

    const invalid = await clean.installer('1.2.0', '-n -r webmails')
    expect(invalid.code).toBe(1)
    expect(invalid.stderr).toContain("'webmails' is not a valid argument")
  })

  it('-p: the file is require()d, so its last statement must be true; -b builds only: imscp.conf and the database unchanged', async () => {
    await clean.writePreseed(PRESEED, clean.preseed, { end: '0;' })
    const falsy = await clean.installer('1.2.3', `-n -p ${PRESEED}`)
    expect(falsy.code).not.toBe(0)
    expect(falsy.stderr).toContain('did not return a true value')

    await clean.writePreseed(PRESEED, clean.preseed)
    const before = { conf: await cat(clean, '/etc/imscp/imscp.conf'), db: await clean.tableChecksums() }
    const built = await clean.installer('1.2.1', `-b -s -n -p ${PRESEED}`)
    expect(built.code).toBe(0)
    expect(built.stdout).toContain('i-MSCP has been successfully built.')
    expect({ conf: await cat(clean, '/etc/imscp/imscp.conf'), db: await clean.tableChecksums() }).toEqual(before)
    // The build wrote the live conf to imscp.old.conf and copied vlogger onto the system.
    expect(await cat(clean, '/etc/imscp/imscp.old.conf')).toBe(before.conf)
    expect((await clean.host.exec('test -x /usr/local/sbin/vlogger')).code).toBe(0)
  })

  it('bundled -dsr webmails under -n, no preseed file: packages skipped (imscp.conf names every server), the forced webmails dialog exits 5', async () => {
    const r = await clean.installer('1.2.1', '-n -dsr webmails')
    expect(r.code).toBe(5)
    expect(r.stderr).toContain('Missing or bad entry found in configuration file.')
    const build = await cat(clean, '/var/log/imscp/imscp-build.log')
    expect(build).toContain('Building distribution files')
    expect(build).not.toContain('apt-get')
  })
})

describe('a missing or bad answer under --noprompt exits 5', () => {
  it('in the build phase (server selection): nothing copied yet, but 1.2.3 has written policy-rc.d', async () => {
    await clean.host.exec('rm -f /usr/sbin/policy-rc.d')
    await clean.writePreseed(PRESEED, { ...clean.preseed, HTTPD_SERVER: 'apache' })
    const before = await cat(clean, '/etc/init.d/imscp_panel')
    const r = await clean.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(5)
    expect(r.stderr).toContain('Missing or bad entry found in your preseed file.')
    expect(await cat(clean, '/etc/init.d/imscp_panel')).toBe(before)
    expect(await cat(clean, '/usr/sbin/policy-rc.d')).toMatch(/exit 101/)
    await clean.host.exec('rm -f /usr/sbin/policy-rc.d')
  })

  it.each<[string, (p: Record<string, string>) => Record<string, string>]>([
    ['a 2-label BASE_SERVER_VHOST', (p) => ({ ...p, BASE_SERVER_VHOST: 'imscp.test' })],
    ['an invalid BASE_SERVER_PUBLIC_IP', (p) => ({ ...p, BASE_SERVER_PUBLIC_IP: '300.1.2.3' })],
    ['DATABASE_PASSWORD left out (imscp.conf holds it encrypted)', (p) => without(p, 'DATABASE_PASSWORD')],
    ['a wrong SQL password', (p) => ({ ...p, DATABASE_PASSWORD: 'not-the-password' })],
    ['the admin password left out (the name is then blanked and asked)', (p) => without(p, 'ADMIN_PASSWORD')],
    ['an unknown PHP_TIMEZONE', (p) => ({ ...p, PHP_TIMEZONE: 'Mars/Olympus' })],
    ['MYSQL_PREFIX yes without a type', (p) => ({ ...p, MYSQL_PREFIX: 'yes' })],
    ['a 5-character SQL password', (p) => ({ ...p, FTPD_SQL_PASSWORD: 'abc12' })],
    ['a 5-character restricted SQL user', (p) => ({ ...p, PHPMYADMIN_SQL_USER: 'pma_u' })],
    ['a 4-character SASL user', (p) => ({ ...p, SASL_SQL_USER: 'sasl' })],
    ['BIND_MODE slave with no primary server', (p) => ({ ...p, BIND_MODE: 'slave' })],
    ['the 1.2.0 file manager AjaXplorer', (p) => ({ ...p, FILEMANAGER_PACKAGE: 'AjaXplorer' })],
    ['the webmail spelt Rainloop', (p) => ({ ...p, WEBMAIL_PACKAGES: 'Rainloop' })],
    ['port 1022', (p) => ({ ...p, BASE_SERVER_VHOST_HTTP_PORT: '1022' })]
  ])('1.2.3 with %s: after the copy phase', async (_what, change) => {
    await clean.writePreseed(PRESEED, change(clean.preseed))
    const r = await clean.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(5)
    expect(r.stderr).toContain('Missing or bad entry found in your preseed file.')
    // The copy phase ran: the 1.2.3 conf and init script are in place, the data files were reset
    // and the previous values are in the .old.data files.
    expect(await cat(clean, '/etc/imscp/imscp.conf')).toMatch(/^Version = 1\.2\.3$/m)
    expect(await cat(clean, '/etc/init.d/imscp_panel')).toContain('STARTER=/var/www/fcgi/master/php-fcgi-starter')
    expect(await cat(clean, '/etc/imscp/proftpd/proftpd.old.data')).toMatch(/^DATABASE_USER = vftp_user$/m)
  })
})

describe('a failure after the copy phase', () => {
  it('1.2.1 reinstalled: [fatal] in imscp-setup.log, then "Exit code: 255"; the build log of this run is kept', async () => {
    await clean.setFault(true)
    await clean.writePreseed(PRESEED, clean.preseed)
    const r = await clean.installer('1.2.1', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(255)
    const setup = await cat(clean, '/var/log/imscp/imscp-setup.log')
    expect(setup).toMatch(/^\[[^\]]+\] \[fatal\] Listener::StandinFault::__ANON__: Stand-in fault: setup stopped before restarting the services$/m)
    expect(setup).toMatch(/\[fatal\] Exit code: 255$/m)
    expect(r.stderr).toContain('Stand-in fault')
  })

  it('1.2.3: exit 255 without the exit-code line; the panel files are 1.2.3 ones, 1.2.1 starter gone', async () => {
    const r = await clean.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(255)
    const setup = await cat(clean, '/var/log/imscp/imscp-setup.log')
    expect(setup).toContain('[fatal] Listener::StandinFault::__ANON__: Stand-in fault')
    expect(setup).not.toContain('Exit code')
    expect((await clean.host.exec('ls /var/www/fcgi/master')).stdout.trim()).toBe('php-fcgi-starter')
    expect((await clean.host.exec('test -e /usr/sbin/policy-rc.d')).code).not.toBe(0)
    await clean.setFault(false)
  })
})

describe('update of a clean 1.2.1 to 1.2.3', () => {
  let update: Awaited<ReturnType<ImscpHost['installer']>>

  beforeAll(async () => {
    // Keys left out are taken from imscp.conf (BASE_SERVER_VHOST, PHP_TIMEZONE) or the data files (BIND_MODE).
    await clean.writePreseed(PRESEED, { ...without(clean.preseed, 'BASE_SERVER_VHOST', 'PHP_TIMEZONE', 'BIND_MODE'), BASE_SERVER_VHOST_HTTP_PORT: '8880' })
    update = await clean.installer('1.2.3', `-d -n -p ${PRESEED}`)
  })

  it('succeeds, with 1.2.3 colour tags and debug lines on stdout', () => {
    expect(update.code).toBe(0)
    expect(update.stdout).toContain('[\x1b[0;32mDONE\x1b[0m]  i-MSCP has been successfully installed/updated.')
    expect(update.stdout).toContain('[\x1b[0;34mDEBUG\x1b[0m]')
    expect(update.stdout).not.toContain('Please connect to')
  })

  it('writes imscp.conf from the release (the SQL password encrypted), the data files and their .old.data', async () => {
    const conf = await cat(clean, '/etc/imscp/imscp.conf')
    expect(conf.split('\n')[3]).toBe('Version = 1.2.3')
    expect(conf).toMatch(/^BuildDate = 20150607$/m)
    expect(conf).toMatch(/^BASE_SERVER_VHOST_HTTP_PORT = 8880$/m)
    expect(conf).toMatch(/^BASE_SERVER_VHOST_HTTPS_PORT = $/m)
    expect(conf).toMatch(/^DATABASE_PASSWORD = \S+$/m)
    expect(conf).not.toContain(clean.sqlPassword)
    expect(await cat(clean, '/etc/imscp/postfix/postfix.data')).toMatch(/^DATABASE_USER = sasl_user$/m)
    expect(await cat(clean, '/etc/imscp/pma/phpmyadmin.old.data')).toMatch(/^DATABASE_USER = pma_user$/m)
    expect(await cat(clean, '/etc/imscp/bind/bind.data')).toMatch(/^LOCAL_DNS_RESOLVER = no$/m)
    expect(await cat(clean, '/etc/cron.d/imscp')).toContain('Release: 1.2.3')
    expect((await clean.host.exec('ls /etc/imscp/cron.d/backup')).stdout).toMatch(/^imscp\.\d+$/m)
    expect((await clean.host.exec('ls /var/log/imscp')).stdout.split('\n')).toEqual(
      expect.arrayContaining(['imscp-autoinstall.log', 'imscp-build.log', 'imscp-setup.log'])
    )
  })

  it('installs the 1.2.3 manifests: sysvinit, upstart and systemd files', async () => {
    for (const file of ['/etc/init/imscp_panel.conf', '/etc/systemd/system/bind9.service', '/etc/logrotate.d/imscp', '/etc/sysctl.d/imscp.conf', '/usr/sbin/maillogconvert.pl']) {
      expect((await clean.host.exec(`test -f ${file}`)).code).toBe(0)
    }
  })

  it('updates the database: plugin_config_prev, revision', async () => {
    expect(await clean.sql("SHOW COLUMNS FROM plugin LIKE 'plugin_config_prev'")).toContain('plugin_config_prev')
    expect((await clean.sql("SELECT value FROM config WHERE name = 'DATABASE_REVISION'")).trim()).toBe('207')
  })

  it('runs the services; the panel answers on the configured port; the daemon speaks its protocol', async () => {
    const active = await clean.host.exec('systemctl is-active imscp_panel imscp_daemon imscp_network nginx')
    expect(active.stdout.trim().split('\n')).toEqual(['active', 'active', 'active', 'active'])
    const address = clean.host.info.address
    const page = await clean.host.exec(`curl -s -w '\\n%{http_code}' -H 'Host: panel.imscp.test' http://${address}:8880/`)
    expect(page.stdout).toContain('Served for panel.imscp.test by cgi-fcgi')
    expect(page.stdout).toMatch(/\n200$/)
    expect(await panelCode(clean, 8080)).toBe('000')
    const daemon = await clean.host.exec(`exec 3<>/dev/tcp/127.0.0.1/9876; printf 'helo 1.2.3\\r\\nexecute query\\r\\nbye\\r\\n' >&3; timeout 5 cat <&3`)
    expect(daemon.stdout).toMatch(/^250 OK .*\r\n250 OK .*\r\n250 OK .*\r\n221 OK/)
  })

  it('the 1.2.3 panel script without its starter: start exits 0, systemd says active, the panel does not answer', async () => {
    await clean.host.exec('mv /var/www/fcgi/master/php-fcgi-starter /root/starter')
    const restart = await clean.host.exec('service imscp_panel restart')
    expect(restart.code).toBe(0)
    expect((await clean.host.exec('systemctl is-active imscp_panel')).stdout.trim()).toBe('active')
    expect(await panelCode(clean, 8880)).toBe('502')
    await clean.host.exec('mv /root/starter /var/www/fcgi/master/php-fcgi-starter && service imscp_panel restart')
    expect(await panelCode(clean, 8880)).toBe('200')
  })
})

describe('a 1.2.1 with plugins and an old listener file', () => {
  it('keeps its plugins in their states; 1.2.1 itself re-queues and finishes the enabled backend plugin', async () => {
    const seeded = Object.fromEntries(MIXED_PLUGINS.map((p) => [p.name, p.status]))
    expect(await legacy.pluginStatuses()).toEqual(seeded)
    expect(await cat(legacy, PROTECTED_PLUGINS)).toMatch(/^<\?php\n\/\*\*\n \* Protected plugin list\n[\s\S]*\*\/\n\n\$protectedPlugins\[\] = 'Monitorix';\n/)
    await legacy.writePreseed(PRESEED, legacy.preseed)
    const r = await legacy.installer('1.2.1', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(0)
    expect(await legacy.pluginStatuses()).toEqual(seeded)
  })

  it('1.2.3 dies on the listener that uses iMSCP::HooksManager, at start-up, before changing anything', async () => {
    const before = { etc: await legacy.etcHash(), db: await legacy.tableChecksums() }
    const r = await legacy.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/iMSCP\/HooksManager\.pm.*10_panel_header\.pl/s)
    expect({ etc: await legacy.etcHash(), db: await legacy.tableChecksums() }).toEqual(before)
  })

  it('without the listener, the re-queued old backend plugin breaks the 1.2.3 update after the copy phase', async () => {
    await legacy.host.exec('rm /etc/imscp/listeners.d/10_panel_header.pl')
    const r = await legacy.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Plugin Monitorix (change)')
    expect(await cat(legacy, '/var/log/imscp/imscp-setup.log')).toMatch(/\[error\] autoinstaller::Functions::install: An error occurred while performing installation steps/)
    expect(await legacy.pluginStatuses()).toMatchObject({ Monitorix: 'tochange', ClamAV: 'disabled', PanelRedirect: 'enabled' })
    expect(await legacy.sql("SELECT plugin_error FROM plugin WHERE plugin_name = 'Monitorix'")).toContain('require_api')
  })
})

describe('a host as 1.1.22 leaves it', () => {
  it('has the 1.1.22 layout: *_ADDONS keys, an encrypted SQL password, the data files with .old.data, two init scripts', async () => {
    const conf = await cat(old, '/etc/imscp/imscp.conf')
    expect(conf).toMatch(/^Version = 1\.1\.22$/m)
    expect(conf).toMatch(/^FILEMANAGER_ADDON = AjaXplorer$/m)
    expect(conf).not.toMatch(/^FILEMANAGER_PACKAGE/m)
    expect(conf).not.toContain(old.sqlPassword)
    expect(await cat(old, '/etc/imscp/postfix/postfix.old.data')).toMatch(/^DATABASE_USER = sasl_user$/m)
    expect((await old.host.exec('ls /etc/init.d/imscp_panel')).code).not.toBe(0)
  })

  it('1.2.3 without the *_PACKAGES answers stops at the first of them (exit 5), after the copy phase', async () => {
    await old.writePreseed(PRESEED, without(old.preseed, 'ANTI_ROOTKITS_PACKAGES', 'FILEMANAGER_PACKAGE', 'WEBSTATS_PACKAGES'))
    const r = await old.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(5)
    expect(await cat(old, '/etc/imscp/imscp.conf')).toMatch(/^ANTI_ROOTKITS_PACKAGES = $/m)
  })

  it('1.2.3 with every answer: updated, the panel answers, the SQL users kept', async () => {
    await old.sql("UPDATE plugin SET plugin_status = 'disabled' WHERE plugin_name = 'Monitorix'")
    await old.writePreseed(PRESEED, old.preseed)
    const r = await old.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(0)
    expect(await old.installedVersion()).toBe('1.2.3')
    expect(await panelCode(old)).toBe('200')
    expect(await cat(old, '/etc/imscp/proftpd/proftpd.data')).toMatch(/^DATABASE_USER = vftp_user$/m)
    expect(await cat(old, PROTECTED_PLUGINS)).toContain("$protectedPlugins[] = 'Monitorix';")
  })
})

describe('Debian 7 with a non-distribution PHP', () => {
  it('1.2.3 fails installing php-apc with apt\'s status, writes no configuration, leaves policy-rc.d', async () => {
    expect((await wheezy.host.exec("dpkg-query -W -f '${Version}' php5-common")).stdout).toContain('dotdeb')
    await wheezy.writePreseed(PRESEED, wheezy.preseed)
    const r = await wheezy.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(100)
    expect(r.stderr).toContain('Unable to install distribution packages')
    expect(r.stderr).toContain('php-apc')
    expect((await wheezy.host.exec('test -e /etc/imscp/imscp.conf')).code).not.toBe(0)
    expect(await cat(wheezy, '/var/log/imscp/imscp-build.log')).toContain('[error] autoinstaller::Functions::build: An error occurred while performing build steps')
    expect(await cat(wheezy, '/usr/sbin/policy-rc.d')).toContain('exit 101')
    await wheezy.host.exec('rm -f /usr/sbin/policy-rc.d')
  })

  it('1.2.0 installs there with short SQL users, keeps its release ports (no port question), removes its policy-rc.d', async () => {
    // 1.2.0 asks no port; a port key in the preseed file would still be written to imscp.conf
    // like any answered key (1.2.0:engine/setup/imscp-setup-methods.pl:1123-1127), so none is given.
    await wheezy.writePreseed(PRESEED, { ...without(wheezy.preseed, 'BASE_SERVER_VHOST_HTTP_PORT', 'BASE_SERVER_VHOST_HTTPS_PORT'), FTPD_SQL_USER: 'vftp', FTPD_SQL_PASSWORD: 'ftp1', DNSBL_CHECKS_ONLY: 'no' })
    const r = await wheezy.installer('1.2.0', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('DEBUG')
    expect(r.stdout).toContain('\n[\x1b[0;32mOK\x1b[0m] i-MSCP has been successfully installed/updated.')
    expect(await wheezy.installedVersion()).toBe('1.2.0')
    expect((await wheezy.host.exec('grep -E "^BASE_SERVER_VHOST_HTTPS?_PORT" /etc/imscp/imscp.conf')).stdout).toBe(
      'BASE_SERVER_VHOST_HTTP_PORT = 8080\nBASE_SERVER_VHOST_HTTPS_PORT = 4443\n'
    )
    expect(await cat(wheezy, '/etc/imscp/proftpd/proftpd.data')).toContain('DATABASE_USER = vftp')
    expect(await cat(wheezy, '/etc/imscp/imscp.conf')).toMatch(/^LOCAL_DNS_RESOLVER = no$/m)
    expect(await cat(wheezy, '/etc/init.d/imscp_panel')).toContain('STARTER=/var/www/fcgi/master/php5-fcgi-starter')
    expect((await wheezy.host.exec('test -e /usr/sbin/policy-rc.d')).code).not.toBe(0)
  })

  it('a release without a packages file for the distribution stops when reading it', async () => {
    await wheezy.host.setIdentity('debian-12')
    const r = await wheezy.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('packages-bookworm.xml')
  })
})
