/**
 * i-MSCP install, upgrade and verify through the bundled action (node dist/main/index.js,
 * as the runner calls it) over real SSH, with the stand-in releases (which ask every question
 * the vendor's installer asks: questions.json). Four hosts start together: a 1.1.22 with
 * short SQL users, plugins and a HooksManager listener in hooks.d; a 1.2.1 with plugins, a
 * HooksManager listener in listeners.d and a listener that fails its next installer after
 * the copy phase; a 1.2.0 whose SASL user has 4 characters; a bare Debian 7 with a PHP that
 * is not the distribution's.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reportStep, runAction, runWithPost, type ActionRun, type Report } from '../support/action-harness.js'
import { imscpHosts, MIXED_PLUGINS, PROTECTED_PLUGINS, type ImscpHost, type ImscpRelease } from '../support/imscp-host.js'

let old: ImscpHost
let recent: ImscpHost
let v120: ImscpHost
let bare: ImscpHost

beforeAll(async () => {
  ;[old, recent, v120, bare] = await imscpHosts([
    { installed: '1.1.22', shortSqlUsers: true, plugins: MIXED_PLUGINS, listener: 'hooks-manager' },
    { installed: '1.2.1', plugins: MIXED_PLUGINS, listener: 'hooks-manager', failAfterCopy: true },
    { installed: '1.2.0', shortSaslUser: true },
    { identity: 'debian-7', nonDistroPhp: true }
  ])
  // The real admin table has created_by (0 for the administrators the setup made:
  // 1.2.3:configs/debian/database/database.sql:16); the stand-in's schema leaves it out.
  for (const panel of [old, recent, v120]) await panel.sql('ALTER TABLE admin ADD COLUMN IF NOT EXISTS created_by int(10) unsigned DEFAULT 0')
})
afterAll(async () => {
  await Promise.all([old, recent, v120, bare].filter(Boolean).map((h) => h.down()))
})

/** An upgrade with the SQL login and the administrator's password (under --preseed the installer needs it on upgrades too). */
function action(panel: ImscpHost, release: ImscpRelease, extra: Record<string, string> = {}): Promise<{ main: ActionRun; report: Report }> {
  return runWithPost(panel.inputs(release, { mode: 'upgrade', 'database-password': panel.sqlPassword, 'admin-password': 'admin-pass2', ...extra }), panel.workDir)
}

/** The panel as a browser would ask it, from the host: status code of its URL at BASE_SERVER_IP. */
async function panelAnswers(panel: ImscpHost, port = '8080'): Promise<string> {
  return (await panel.host.exec(`curl -s -o /dev/null -w '%{http_code}' --max-time 20 --resolve panel.imscp.test:${port}:${panel.host.info.address} http://panel.imscp.test:${port}/`)).stdout
}

/** What the installer's copy and setup replace outside /etc/imscp and /var/www/imscp: a hash per file, and which exist. */
async function systemFiles(panel: ImscpHost): Promise<string> {
  const paths = '/etc/init.d/imscp_* /etc/rc?.d/*imscp_* /etc/init/*imscp* /etc/init/php5-fpm.override /etc/default/imscp_panel /etc/cron.d/imscp /etc/logrotate.d/imscp /etc/sysctl.d/imscp.conf /etc/systemd/system/bind9*.service /var/www/fcgi /etc/nginx /usr/local/sbin/vlogger /usr/sbin/maillogconvert.pl /usr/sbin/policy-rc.d'
  return (await panel.host.exec(`for p in ${paths}; do [ -e "$p" ] || [ -L "$p" ] && find "$p" \\( -type f -o -type l \\) -print0; done 2>/dev/null | sort -z | xargs -0 -r sha256sum`)).stdout
}

const statuses = (report: Report): string[] => report.steps.map((s) => `${s.id}:${s.status}`)
const step = reportStep

async function state(panel: ImscpHost): Promise<{ etc: string; tables: Record<string, string>; counts: Record<string, number> }> {
  return { etc: await panel.etcHash(), tables: await panel.tableChecksums(), counts: await panel.tableCounts() }
}

async function active(panel: ImscpHost, units: string): Promise<string[]> {
  return (await panel.host.exec(`systemctl is-active ${units}`)).stdout.trim().split('\n')
}

/** The files inside a backup archive the action copied into log-dir. */
function listTar(path: string, inner?: string): string[] {
  if (!inner) return execFileSync('tar', ['-tzf', path], { encoding: 'utf8' }).split('\n').filter(Boolean)
  const dir = mkdtempSync(join(tmpdir(), 'imscp-backup-'))
  execFileSync('tar', ['-xzf', path, '-C', dir])
  return execFileSync('tar', ['-tf', join(dir, inner)], { encoding: 'utf8' }).split('\n').filter(Boolean)
}

const LONG_USERS = {
  FTPD_SQL_USER: 'vftp_user',
  FTPD_SQL_PASSWORD: 'vftp-pass1',
  SASL_SQL_USER: 'sasl_user',
  SASL_SQL_PASSWORD: 'sasl-pass1',
  DOVECOT_SQL_USER: 'dovecot_user',
  DOVECOT_SQL_PASSWORD: 'dovecot-pass1',
  PHPMYADMIN_SQL_USER: 'pma_user',
  PHPMYADMIN_SQL_PASSWORD: 'pma-pass1',
  ROUNDCUBE_SQL_USER: 'roundcube_user',
  ROUNDCUBE_SQL_PASSWORD: 'roundcube-pass1'
}
const preseedInput = (values: Record<string, string>): string => Object.entries(values).map(([k, v]) => `${k}=${v}`).join('\n')

describe('1.1.22 → 1.2.3', () => {
  it('fails early on the SQL users shorter than 6 characters, naming them, and changes nothing', async () => {
    const before = await state(old)
    const { main, report } = await action(old, '1.2.3')
    expect(main.code).toBe(1)
    expect(statuses(report).slice(0, 5)).toEqual(['host-lock:ok', 'preflight:ok', 'release:ok', 'preseed-check:ok', 'sql-users:failed'])
    const message = step(report, 'sql-users').message ?? ''
    for (const user of ["FTPD_SQL_USER 'vftp'", 'FTPD_SQL_PASSWORD', "SASL_SQL_USER 'sasl'", "DOVECOT_SQL_USER 'dove'", "PHPMYADMIN_SQL_USER 'pma'", "ROUNDCUBE_SQL_USER 'rcube'"]) expect(message).toContain(user)
    expect(message).toContain('at least 6 characters (1.2.1 errata)')
    expect(report.steps.filter((s) => s.status === 'ok').map((s) => s.id)).not.toContain('backup')
    // The release was fetched into the run's folder only: nothing on the host changed.
    expect(main.outputs.changed).toBe('false')
    expect(await state(old)).toEqual(before)
  })

  it("refuses an upgrade without the administrator's password before any change, naming admin-password and why", async () => {
    const before = await state(old)
    const { main, report } = await action(old, '1.2.3', { 'admin-password': '', preseed: preseedInput(LONG_USERS) })
    expect(main.code).toBe(1)
    expect(step(report, 'preseed-check').status).toBe('failed')
    expect(step(report, 'preseed-check').message).toContain("ADMIN_PASSWORD: no value: i-MSCP 1.2.3's installer under --preseed takes the administrator's password from the preseed file even when one exists")
    expect(step(report, 'preseed-check').message).toContain('set admin-password (or ADMIN_PASSWORD in preseed)')
    expect(main.outputs.changed).toBe('false')
    expect(await state(old)).toEqual(before)
  })

  describe('with new SQL users in the preseed input', () => {
    let run: { main: ActionRun; report: Report }
    beforeAll(async () => {
      // A name left in the protected list that is no plugin of the table stays in it.
      await old.host.exec(`printf '%s\\n' "\\$protectedPlugins[] = 'Keeper';" >>${PROTECTED_PLUGINS}`)
      run = await action(old, '1.2.3', { preseed: preseedInput(LONG_USERS) })
    })

    it('runs every errata step once, in order, around one installer run, and verifies', async () => {
      expect(run.main.code).toBe(0)
      expect(run.report.crossed).toEqual(['1.2.0', '1.2.1', '1.2.2', '1.2.3'])
      expect(statuses(run.report)).toEqual([
        'host-lock:ok', 'preflight:ok', 'release:ok', 'preseed-check:ok', 'sql-users:ok', 'backup:ok',
        'plugins-deactivate:ok', 'hooks-rename:ok', 'plugins-delete:ok', 'listeners-rewrite:ok',
        'php-apc:skipped', 'services-stop:ok', 'installer:ok', 'panel-ports:ok', 'mycnf:ok', 'verify:ok'
      ])
      expect(step(run.report, 'php-apc').message).toContain('debian:jessie: 1.2.3 lists php-apc only for Debian 7 and Ubuntu 12.04')
      expect(run.main.outputs).toMatchObject({ status: 'success', changed: 'true', 'previous-version': '1.1.22', 'installed-version': '1.2.3', 'panel-url': 'http://panel.imscp.test:8080/' })
      expect(await old.installedVersion()).toBe('1.2.3')
      expect(await active(old, 'imscp_panel imscp_daemon imscp_network nginx')).toEqual(['active', 'active', 'active', 'active'])
      expect((await old.host.exec('cat /etc/imscp/proftpd/proftpd.data')).stdout).toContain('DATABASE_USER = vftp_user')
      expect(await panelAnswers(old)).toBe('200')
    })

    it('logs every answer with its source, the 1.1.x packages moved to the keys 1.2.3 asks for, no password shown', () => {
      const log = readFileSync(join(run.main.outputs['log-dir'], '03-preseed-check.log'), 'utf8')
      expect(log).toContain('ADMIN_LOGIN_NAME = admin (from the administrator in the database)')
      expect(log).toContain('ADMIN_PASSWORD = *** (from the admin-password input)')
      expect(log).toMatch(/FILEMANAGER_PACKAGE = Pydio \(from \/etc\/imscp\/imscp\.conf \(1\.1\.x FILEMANAGER_ADDON\)\)/)
      expect(log).toMatch(/ANTI_ROOTKITS_PACKAGES = Rkhunter \(from \/etc\/imscp\/imscp\.conf \(1\.1\.x ANTI_ROOTKITS_ADDONS\)\)/)
      expect(log).toContain('SASL_SQL_USER = sasl_user (from the preseed input)')
      expect(log).not.toMatch(/admin-pass2|sasl-pass1/)
    })

    it('reports the plugins that were active, and deletes every plugin with its backup listed', async () => {
      expect(step(run.report, 'plugins-deactivate').details).toMatchObject({ 'active-plugins': 'Monitorix PanelRedirect' })
      const deleted = step(run.report, 'plugins-delete')
      expect(deleted.details?.['plugins-deleted']).toBe('ClamAV (disabled, backend), DebugBar (uninstalled), Mailman (todelete, backend), Monitorix (disabled, backend), PanelRedirect (disabled)')
      expect(deleted.warnings.join('\n')).toContain('reinstall versions made for 1.2.3')
      expect(await old.pluginStatuses()).toEqual({})
      expect((await old.host.exec('ls /var/www/imscp/gui/plugins')).stdout.trim()).toBe('')
      const protectedList = (await old.host.exec(`cat ${PROTECTED_PLUGINS}`)).stdout
      expect(protectedList).toContain("$protectedPlugins[] = 'Keeper';")
      expect(protectedList).not.toContain('Monitorix')
      const backup = deleted.artifacts?.find((a) => a.endsWith('imscp-plugins-backup.tar.gz'))
      expect(backup && existsSync(backup)).toBe(true)
      expect(listTar(backup!)).toEqual(expect.arrayContaining(['./plugin-rows.sql', './protected_plugins.php', './plugins.tar']))
      expect(listTar(backup!, 'plugins.tar')).toEqual(expect.arrayContaining(['Monitorix/info.php', 'Monitorix/backend/Monitorix.pm', 'PanelRedirect/info.php']))
    })

    it('moved hooks.d to listeners.d and rewrote the listener with a backup and a diff in the log', async () => {
      expect((await old.host.exec('test -e /etc/imscp/hooks.d')).code).not.toBe(0)
      const listener = (await old.host.exec('cat /etc/imscp/listeners.d/10_panel_header.pl')).stdout
      expect(listener).toContain('use iMSCP::EventManager;')
      expect(listener).not.toContain('HooksManager')
      const rewrite = step(run.report, 'listeners-rewrite')
      const backup = rewrite.artifacts?.find((a) => a.endsWith('imscp-listeners-backup.tar.gz'))
      expect(listTar(backup!)).toEqual(['etc/imscp/listeners.d/10_panel_header.pl'])
      const log = readFileSync(join(run.main.outputs['log-dir'], '09-listeners-rewrite.log'), 'utf8')
      expect(log).toContain('-use iMSCP::HooksManager;')
      expect(log).toContain('+use iMSCP::EventManager;')
    })

    it('keeps the backup as the backup output, warns about the panel ports and /root/.my.cnf, strips colours from the log', () => {
      const backup = run.main.outputs.backup
      expect(backup).toMatch(/imscp-1\.1\.22-backup\.tar\.gz$/)
      expect(listTar(backup).sort()).toEqual(['database.sql', 'etc-imscp.tar', 'replaced.tar', 'tables.txt'])
      expect(listTar(backup, 'replaced.tar')).toEqual(expect.arrayContaining(['etc/init.d/imscp_daemon', 'etc/init.d/imscp_network']))
      expect(step(run.report, 'panel-ports').warnings.join('\n')).toContain('http://panel.imscp.test:8080/')
      expect(step(run.report, 'mycnf').warnings.join('\n')).toContain('[mysqldump] section')
      const installerLog = readFileSync(join(run.main.outputs['log-dir'], '12-installer.log'), 'utf8')
      expect(installerLog).toContain('perl imscp-autoinstall -d -n -p')
      expect(installerLog).toMatch(/\[DONE\] +i-MSCP has been successfully installed\/updated\./)
      expect(installerLog).not.toContain('\x1b[')
      expect(installerLog).not.toContain('vftp-pass1')
      for (const log of ['imscp-autoinstall', 'imscp-setup']) expect(existsSync(join(run.main.outputs['log-dir'], `host_var_log_imscp_${log}.log`))).toBe(true)
    })

    it('then refuses a downgrade to 1.2.1 before any change', async () => {
      const before = await state(old)
      const { main, report } = await action(old, '1.2.1')
      expect(main.code).toBe(1)
      expect(step(report, 'preflight').message).toContain('downgrade refused: i-MSCP 1.2.3 is installed and the target is 1.2.1')
      expect(statuses(report).filter((s) => s.endsWith(':ok'))).toEqual(['host-lock:ok'])
      expect(main.outputs.changed).toBe('false')
      expect(await state(old)).toEqual(before)
    })
  })
})

describe('1.2.1 → 1.2.3', () => {
  it('an installer that fails after its copy phase is undone to a 1.2.1 whose panel answers at its URL', async () => {
    const before = await state(recent)
    const files = await systemFiles(recent)
    const code = (await recent.host.exec('cd /var/www/imscp && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum')).stdout
    const { main, report } = await action(recent, '1.2.3')
    expect(main.code).toBe(1)
    const installer = step(report, 'installer')
    expect(installer.status).toBe('failed')
    // The installer's own fatal line, from the log it wrote it to (imscp-setup.log).
    expect(installer.message).toMatch(/^the installer failed \(exit \d+\): .*Stand-in fault: setup stopped before restarting the services$/)
    expect(report.undo.map((u) => `${u.id}:${u.status}`)).toEqual(['services-stop:undone', 'plugins-delete:undone', 'backup:undone'])
    const proof = readFileSync(report.undo.find((u) => u.id === 'backup')!.log, 'utf8')
    expect(proof).toMatch(/restore proven: \d+ tables, row counts and checksums identical to the backup/)
    expect(proof).toContain('services running again (process, port, panel over HTTP)')
    expect(main.summary).toMatch(/restore-proof: \d+ tables, row counts and checksums identical to the backup/)
    expect(main.outputs.changed).toBe('false')
    expect(await state(recent)).toEqual(before)
    expect((await recent.host.exec('cd /var/www/imscp && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum')).stdout).toBe(code)
    // Init scripts, starters, nginx, cron...: 1.2.1's again; 1.2.3's own files and the policy-rc.d gone.
    expect(await systemFiles(recent)).toBe(files)
    expect((await recent.host.exec('ls /usr/sbin/policy-rc.d /etc/init/imscp_panel.conf /etc/systemd/system/bind9.service')).stdout).toBe('')
    expect(await recent.installedVersion()).toBe('1.2.1')
    // Running means answering: the panel over HTTP, not systemd's word.
    expect(await panelAnswers(recent)).toBe('200')
    expect((await recent.host.exec('exec 3<>/dev/tcp/127.0.0.1/9876')).code).toBe(0)
  })

  it('a build that fails before its own cleanup leaves no policy-rc.d after the undo', async () => {
    await recent.host.exec('rm /etc/imscp/listeners.d/99_standin_fault.pl')
    // A listener of beforeBuild (1.2.3:autoinstaller/Functions.pm:166) stops the build after the
    // adapter wrote /usr/sbin/policy-rc.d and before postBuild removes it (1.2.3:autoinstaller/Adapter/DebianAdapter.pm:334, 380).
    await recent.host.exec(`printf '%s\\n' 'use iMSCP::EventManager;' "iMSCP::EventManager->getInstance()->register('beforeBuild', sub { 1 });" '1;' >/etc/imscp/listeners.d/98_build_stop.pl`)
    const files = await systemFiles(recent)
    const { main, report } = await action(recent, '1.2.3')
    expect(main.code).toBe(1)
    expect(step(report, 'installer').status).toBe('failed')
    expect(report.undo.find((u) => u.id === 'backup')?.status).toBe('undone')
    expect((await recent.host.exec('ls /usr/sbin/policy-rc.d')).code).not.toBe(0)
    expect(await systemFiles(recent)).toBe(files)
    expect(main.outputs.changed).toBe('false')
    expect(await panelAnswers(recent)).toBe('200')
    await recent.host.exec('rm /etc/imscp/listeners.d/98_build_stop.pl')
  })

  it('runs the 1.2.3 errata steps with the SQL users checked, and succeeds', async () => {
    const { main, report } = await action(recent, '1.2.3')
    expect(main.code).toBe(0)
    expect(report.crossed).toEqual(['1.2.2', '1.2.3'])
    expect(statuses(report)).toEqual([
      'host-lock:ok', 'preflight:ok', 'release:ok', 'preseed-check:ok', 'sql-users:ok', 'backup:ok',
      'plugins-deactivate:skipped', 'hooks-rename:skipped', 'plugins-delete:ok', 'listeners-rewrite:ok',
      'php-apc:skipped', 'services-stop:ok', 'installer:ok', 'panel-ports:skipped', 'mycnf:ok', 'verify:ok'
    ])
    expect(step(report, 'plugins-deactivate').message).toBe('runs only when 1.2.0 is crossed')
    expect(main.outputs).toMatchObject({ 'previous-version': '1.2.1', 'installed-version': '1.2.3', changed: 'true' })
    expect(await recent.pluginStatuses()).toEqual({})
    expect(await panelAnswers(recent)).toBe('200')
  })
})

describe('1.2.0 → 1.2.3', () => {
  it('refuses a SASL user of 4 characters before any change, naming it', async () => {
    const before = await state(v120)
    const { main, report } = await action(v120, '1.2.3')
    expect(main.code).toBe(1)
    expect(statuses(report).slice(0, 5)).toEqual(['host-lock:ok', 'preflight:ok', 'release:ok', 'preseed-check:ok', 'sql-users:failed'])
    expect(step(report, 'sql-users').message).toContain("SASL_SQL_USER 'sasl'")
    expect(step(report, 'sql-users').details?.['sql-users-too-short']).toMatch(/SASL_SQL_USER 'sasl' has 4 characters \(from \/etc\/imscp\/postfix\/postfix\.data\)/)
    expect(main.outputs.changed).toBe('false')
    expect(await state(v120)).toEqual(before)
  })

  it('upgrades with a new SASL user from the preseed input', async () => {
    const { main, report } = await action(v120, '1.2.3', { preseed: 'SASL_SQL_USER=sasl_user\nSASL_SQL_PASSWORD=sasl-pass1' })
    expect(main.code).toBe(0)
    expect(report.crossed).toEqual(['1.2.1', '1.2.2', '1.2.3'])
    expect(main.outputs).toMatchObject({ 'previous-version': '1.2.0', 'installed-version': '1.2.3', changed: 'true' })
    expect((await v120.host.exec('cat /etc/imscp/postfix/postfix.data')).stdout).toContain('DATABASE_USER = sasl_user')
    expect(await panelAnswers(v120)).toBe('200')
  })
})

describe('install on Debian 7 with a PHP not from the distribution', () => {
  // The sandbox's MariaDB is not one of 1.2.3's wheezy alternatives: the install names one.
  const install = (extra: Record<string, string>): Promise<{ main: ActionRun; report: Report }> =>
    action(bare, '1.2.3', { mode: 'install', 'panel-hostname': 'panel.imscp.test', 'admin-email': 'admin@imscp.test', 'database-user': bare.sqlUser, webmails: 'none', 'admin-password': '', preseed: 'SQL_SERVER=mariadb_10.0', ...extra })

  it('names the missing answer before any change', async () => {
    const { main, report } = await install({})
    expect(main.code).toBe(1)
    expect(step(report, 'preseed-check').message).toContain('ADMIN_PASSWORD: no value: the first administrator needs one: set admin-password (or ADMIN_PASSWORD in preseed)')
    expect(main.outputs.changed).toBe('false')
    expect((await bare.host.exec('test -e /etc/imscp/imscp.conf')).code).not.toBe(0)
    expect((await bare.host.exec('test -e /var/www/imscp')).code).not.toBe(0)
  })

  it('installs 1.2.3 without php-apc, verifies, and verifies again in mode verify', async () => {
    const { main, report } = await install({ 'admin-password': 'admin-pass1' })
    expect(main.code).toBe(0)
    expect(statuses(report)).toEqual(['host-lock:ok', 'preflight:ok', 'release:ok', 'preseed-check:ok', 'sql-users:ok', 'php-apc:ok', 'installer:ok', 'verify:ok'])
    expect(step(report, 'php-apc').details?.['php-apc']).toBe('removed from Debian/packages-wheezy.xml (PHP 5.6.40-1~dotdeb+7.1 is not the distribution\'s)')
    expect(main.outputs).toMatchObject({ 'previous-version': '', 'installed-version': '1.2.3', 'panel-url': 'http://panel.imscp.test:8080/', backup: '', changed: 'true' })
    expect(await bare.sql("SELECT admin_name FROM admin WHERE admin_type = 'admin'")).toBe('admin\n')

    const verified = await action(bare, '1.2.3', { mode: 'verify' })
    expect(verified.main.code).toBe(0)
    expect(statuses(verified.report)).toEqual(['host-lock:ok', 'verify:ok'])
    await bare.host.exec('systemctl stop imscp_daemon')
    const broken = await action(bare, '1.2.3', { mode: 'verify' })
    expect(broken.main.code).toBe(1)
    expect(step(broken.report, 'verify').message).toBe('verification failed: imscp_daemon(no process answering on 127.0.0.1:9876)')
  })
})

describe('mode: plan', () => {
  it('shows every errata step with its condition, the installer command line, backup and restore, connecting to nothing', async () => {
    const inputs = { ...old.inputs('1.2.3', { mode: 'plan', 'plan-for': 'upgrade', 'database-password': 'PLAN-SECRET-99' }) }
    const main = await runAction('main', inputs, { workDir: old.workDir })
    expect(main.code).toBe(0)
    expect(main.output).toContain('runs only when 1.2.3 is crossed (1.2.3 errata); skipped otherwise')
    expect(main.output).toContain('runs only when 1.2.0 is crossed (1.2.0 errata); skipped otherwise')
    expect(main.output).toContain('cd <release> && perl imscp-autoinstall -d -n -p <run>/preseed.pl </dev/null')
    expect(main.output).toContain('on failure or cancel: undo newest first: services-stop, plugins-delete, backup')
    // ::add-mask:: is how the runner learns the secret; everything else must not show it.
    expect(main.output.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('PLAN-SECRET-99')
    expect(readFileSync(main.outputs.report, 'utf8')).toContain('DATABASE_PASSWORD')
  })
})
