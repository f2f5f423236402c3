/**
 * ISPmanager preflight and installer flags across the releases the vendor supports,
 * a pinned installer checksum, and cancellation of a running install.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction } from '../support/action-harness.js'
import { hostSays as says, withPanelHost } from '../support/ispmanager-host.js'

it('installs on Debian 12, dropping --mysql-server (refused there by the vendor) with a warning', () =>
  withPanelHost('debian-12', async (panel) => {
    const main = await runAction('main', panel.inputs(), { workDir: panel.workDir })
    expect(main.code).toBe(0)
    expect(main.output).toContain("::warning title=Run the vendor's installer::mysql-server 'mariadb' dropped: the ISPmanager installer refuses --mysql-server on Debian")
    const log = readFileSync(join(main.outputs['log-dir'], '08-installer.log'), 'utf8')
    expect(log).toMatch(/install\.eu\.sh --release stable --silent --ignore-hostname --dbtype mysql --no-letsencrypt ispmanager-lite/)
    expect(JSON.parse(readFileSync(main.outputs.report, 'utf8')).steps.find((s: { id: string }) => s.id === 'apparmor').status).toBe('ok')
  }))

it('stops at preflight on an end-of-life release unless force is set', () =>
  withPanelHost('debian-8', async (panel) => {
    const refused = await runAction('main', panel.inputs(), { workDir: panel.workDir })
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('check failed: debian jessie is end-of-life for ISPmanager (nothing was changed)')
    expect(await says(panel, 'systemctl is-enabled apt-daily.timer')).toBe('enabled')
    const forced = await runAction('main', panel.inputs({ force: 'true' }), { workDir: panel.workDir })
    expect(forced.output).toContain('::warning title=Preflight%3A OS%2C hostname%2C ports%2C memory%2C not yet installed::debian jessie is end-of-life for ISPmanager (continuing: force is set)')
    expect(forced.outputs.status).toBe('success')
  }))

it('refuses an installer whose checksum does not match installer-sha256, before running it', () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    const main = await runAction('main', panel.inputs({ 'installer-sha256': '0'.repeat(64) }), { workDir: panel.workDir })
    expect(main.code).toBe(1)
    expect(main.output).toMatch(/Download the installer and check its checksum: change failed: installer checksum mismatch: got [0-9a-f]{64}, installer-sha256 expects 0{64}/)
    expect(await says(panel, 'ls /root/install.eu.sh* 2>/dev/null | wc -l; test -e /usr/local/mgr5 && echo installed || echo clean')).toBe('0\nclean')
    expect(await says(panel, 'systemctl is-enabled apparmor.service apt-daily.timer')).toBe('enabled\nenabled')
    expect(panel.server.requests).toEqual(['/install.eu.sh'])
  }))

it('stops a running install when the job is cancelled, undoes, and leaves the post step nothing to do', () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    await panel.knobs({ STANDIN_SLOW_SECONDS: '300' })
    const main = await runAction('main', panel.inputs(), { workDir: panel.workDir, signal: { name: 'SIGTERM', whenOutput: /Installing packages\.\.\./ } })
    expect(main.code).toBe(1)
    expect(main.outputs.status).toBe('cancelled')
    expect(main.output).toContain('SIGTERM received: stopping after the current step and undoing what was changed')
    expect(main.output).toMatch(/::error title=ispmanager install cancelled::cancelled: Run the vendor's installer: change failed: cancelled/)
    expect(await says(panel, "pgrep -f '[i]nstall.eu.sh' | wc -l")).toBe('0')
    expect(await says(panel, 'systemctl is-enabled apparmor.service apt-daily.timer')).toBe('enabled\nenabled')
    const state = JSON.parse(main.state['hostpanel-run'])
    expect(state).toMatchObject({ finished: true, pendingUndo: false })
    const post = await runAction('post', panel.inputs(), { workDir: panel.workDir, state: main.state })
    expect(post.code).toBe(0)
    expect(post.output).not.toContain('Finish the interrupted run')
    expect(existsSync(state.sshWorkDir)).toBe(false)
  }))
