/**
 * The i-MSCP stand-in releases on real sandbox hosts behave as the research file says
 * (products.md, sections 2 and 5): options per release, exit 5 for a preseed gap, the
 * 1.2.1 → 1.2.3 update with the panel answering, and the three documented ways a 1.2.3
 * update fails (a HooksManager listener, php-apc on wheezy, an old enabled backend plugin).
 * Three hosts start together: a clean 1.2.1, a 1.2.1 with plugins and an old listener, and
 * a bare Debian 7 with a non-distribution PHP.
 */
import { imscpHosts, IMSCP_RELEASES, MIXED_PLUGINS, type ImscpHost } from '../support/imscp-host.js'

let clean: ImscpHost
let legacy: ImscpHost
let wheezy: ImscpHost

beforeAll(async () => {
  ;[clean, legacy, wheezy] = await imscpHosts([
    { installed: '1.2.1' },
    { installed: '1.2.1', plugins: MIXED_PLUGINS, listener: 'hooks-manager' },
    { identity: 'debian-7', nonDistroPhp: true }
  ])
})
afterAll(async () => {
  await Promise.all([clean, legacy, wheezy].filter(Boolean).map((h) => h.down()))
})

const PRESEED = '/root/preseed.pl'

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
    const old = await clean.installer('1.2.0', '-h')
    expect(old.code).toBe(1)
    expect(old.stderr).toContain('Unknown option: h')
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

  it('bundled -dsr webmails under -n: packages skipped, then the webmails dialog exits 5', async () => {
    const before = await clean.etcHash()
    const r = await clean.installer('1.2.1', '-n -dsr webmails')
    expect(r.code).toBe(5)
    expect(r.stdout).toContain('Distribution packages: skipped')
    expect(r.stderr).toContain('Missing or bad entry found in your preseed file.')
    expect(await clean.etcHash()).toBe(before)
  })

  it('-p: the file is required, so its last statement must be true; -b builds only and changes no configuration', async () => {
    await clean.writePreseed(PRESEED, clean.preseed, { end: '0;' })
    const falsy = await clean.installer('1.2.3', `-n -p ${PRESEED}`)
    expect(falsy.code).toBe(1)
    expect(falsy.stderr).toContain('did not return a true value')

    await clean.writePreseed(PRESEED, clean.preseed)
    const before = { etc: await clean.etcHash(), db: await clean.tableChecksums() }
    const built = await clean.installer('1.2.1', `-b -s -n -p ${PRESEED}`)
    expect(built.code).toBe(0)
    expect(built.stdout).toContain('i-MSCP has been successfully built.')
    expect({ etc: await clean.etcHash(), db: await clean.tableChecksums() }).toEqual(before)
  })
})

describe('preseed gaps under --noprompt exit 5 and change nothing', () => {
  it.each([
    ['a missing BASE_SERVER_VHOST', { BASE_SERVER_VHOST: undefined }],
    ['a 5-character SQL password', { FTPD_SQL_PASSWORD: 'abc12' }],
    ['a 5-character restricted SQL user', { PHPMYADMIN_SQL_USER: 'pma_u' }],
    ['port 1022', { BASE_SERVER_VHOST_HTTP_PORT: '1022' }],
    ['port 65536', { BASE_SERVER_VHOST_HTTP_PORT: '65536' }],
    ['a wrong SQL password', { DATABASE_PASSWORD: 'not-the-password' }]
  ])('1.2.3 with %s', async (_what, change: Record<string, string | undefined>) => {
    const values = Object.fromEntries(Object.entries({ ...clean.preseed, ...change }).filter(([, v]) => v !== undefined)) as Record<string, string>
    await clean.writePreseed(PRESEED, values)
    const before = await clean.etcHash()
    const r = await clean.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(5)
    expect(r.stderr).toContain('Missing or bad entry found in your preseed file.')
    expect(await clean.etcHash()).toBe(before)
  })
})

describe('update of a clean 1.2.1 to 1.2.3', () => {
  let update: Awaited<ReturnType<ImscpHost['installer']>>

  beforeAll(async () => {
    await clean.writePreseed(PRESEED, { ...clean.preseed, BASE_SERVER_VHOST_HTTP_PORT: '8880' })
    update = await clean.installer('1.2.3', `-d -n -p ${PRESEED}`)
  })

  it('succeeds, with colour codes and debug lines on stdout', () => {
    expect(update.code).toBe(0)
    expect(update.stdout).toContain('i-MSCP has been successfully installed/updated.')
    expect(update.stdout).toContain('\x1b[0;32m[DONE]\x1b[0m')
    expect(update.stdout).toContain('[DEBUG]')
    expect(update.stdout).toContain('Please connect to http://panel.imscp.test:8880')
  })

  it('writes imscp.conf from the release and keeps the old one', async () => {
    const conf = (await clean.host.exec('cat /etc/imscp/imscp.conf')).stdout
    expect(conf.split('\n')[3]).toBe('Version = 1.2.3')
    expect(conf).toMatch(/^BuildDate = 20150607$/m)
    expect(conf).toMatch(/^BASE_SERVER_VHOST_HTTP_PORT = 8880$/m)
    expect(conf).toMatch(/^BASE_SERVER_VHOST_HTTPS_PORT = $/m)
    expect((await clean.host.exec('sed -n 4p /etc/imscp/imscp.old.conf')).stdout.trim()).toBe('Version = 1.2.1')
    expect((await clean.host.exec('ls /var/log/imscp')).stdout.split('\n')).toEqual(
      expect.arrayContaining(['imscp-autoinstall.log', 'imscp-build.log', 'imscp-setup.log'])
    )
  })

  it('updates the database: plugin_config_prev, revision', async () => {
    expect(await clean.sql("SHOW COLUMNS FROM plugin LIKE 'plugin_config_prev'")).toContain('plugin_config_prev')
    expect((await clean.sql("SELECT value FROM config WHERE name = 'DATABASE_REVISION'")).trim()).toBe('205')
  })

  it('runs the services; the panel answers on the configured port; the daemon speaks its protocol', async () => {
    const active = await clean.host.exec('systemctl is-active imscp_panel imscp_daemon imscp_network nginx')
    expect(active.stdout.trim().split('\n')).toEqual(['active', 'active', 'active', 'active'])
    const address = clean.host.info.address
    const page = await clean.host.exec(`curl -s -w '\\n%{http_code}' -H 'Host: panel.imscp.test' http://${address}:8880/`)
    expect(page.stdout).toContain('Served for panel.imscp.test by cgi-fcgi')
    expect(page.stdout).toMatch(/\n200$/)
    expect((await clean.host.exec(`curl -s -o /dev/null -w '%{http_code}' http://${address}:8080/`)).stdout).toBe('000')
    const daemon = await clean.host.exec(`exec 3<>/dev/tcp/127.0.0.1/9876; printf 'helo 1.2.3\\r\\nexecute query\\r\\nbye\\r\\n' >&3; timeout 5 cat <&3`)
    expect(daemon.stdout).toMatch(/^250 OK .*\r\n250 OK .*\r\n250 OK .*\r\n221 OK/)
  })
})

describe('a 1.2.1 with plugins and an old listener file', () => {
  it('keeps its plugins in their states; 1.2.1 itself re-queues and finishes the enabled backend plugin', async () => {
    const seeded = Object.fromEntries(MIXED_PLUGINS.map((p) => [p.name, p.status]))
    expect(await legacy.pluginStatuses()).toEqual(seeded)
    await legacy.writePreseed(PRESEED, legacy.preseed)
    const r = await legacy.installer('1.2.1', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(0)
    expect(await legacy.pluginStatuses()).toEqual(seeded)
  })

  it('1.2.3 fails on the listener that uses iMSCP::HooksManager, before changing anything', async () => {
    const before = { etc: await legacy.etcHash(), db: await legacy.tableChecksums() }
    const r = await legacy.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('[FATAL]')
    expect(r.stderr).toMatch(/10_panel_header\.pl.*iMSCP\/HooksManager\.pm/s)
    expect({ etc: await legacy.etcHash(), db: await legacy.tableChecksums() }).toEqual(before)
  })

  it('without the listener, the re-queued old backend plugin breaks the 1.2.3 update', async () => {
    await legacy.host.exec('rm /etc/imscp/listeners.d/10_panel_header.pl')
    const r = await legacy.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Plugin Monitorix (change)')
    expect(await legacy.pluginStatuses()).toMatchObject({ Monitorix: 'tochange', ClamAV: 'disabled', PanelRedirect: 'enabled' })
    expect(await legacy.sql("SELECT plugin_error FROM plugin WHERE plugin_name = 'Monitorix'")).toContain('require_api')
  })
})

describe('Debian 7 with a non-distribution PHP', () => {
  it('1.2.3 fails installing php-apc and writes no configuration', async () => {
    expect((await wheezy.host.exec("dpkg-query -W -f '${Version}' php5-common")).stdout).toContain('dotdeb')
    await wheezy.writePreseed(PRESEED, wheezy.preseed)
    const r = await wheezy.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Unable to install distribution packages')
    expect(r.stderr).toContain('php-apc')
    expect((await wheezy.host.exec('test -e /etc/imscp/imscp.conf')).code).not.toBe(0)
  })

  it('1.2.0 installs there with short SQL users and keeps its hard-coded ports', async () => {
    await wheezy.writePreseed(PRESEED, { ...wheezy.preseed, FTPD_SQL_USER: 'vftp', FTPD_SQL_PASSWORD: 'ftp1', BASE_SERVER_VHOST_HTTP_PORT: '8880' })
    const r = await wheezy.installer('1.2.0', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('[DEBUG]')
    expect(await wheezy.installedVersion()).toBe('1.2.0')
    expect((await wheezy.host.exec('grep -E "^BASE_SERVER_VHOST_HTTPS?_PORT" /etc/imscp/imscp.conf')).stdout).toBe(
      'BASE_SERVER_VHOST_HTTP_PORT = 8080\nBASE_SERVER_VHOST_HTTPS_PORT = 4443\n'
    )
    expect((await wheezy.host.exec('cat /etc/imscp/proftpd/proftpd.data')).stdout).toContain('DATABASE_USER = vftp')
  })

  it('a release without a packages file for the distribution stops when reading it', async () => {
    await wheezy.host.setIdentity('debian-12')
    const r = await wheezy.installer('1.2.3', `-d -n -p ${PRESEED}`)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Debian 12 (bookworm) not supported yet')
  })
})
