/**
 * ISPmanager installs that go wrong, each on its own fresh sandbox host: a licence
 * failure, a held dpkg lock, DNS deciding Let's Encrypt, a cut link during the installer,
 * a killed runner finished by the post step, and bad input that must not connect.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../support/action-harness.js'
import { hostSays as says, withPanelHost } from '../support/ispmanager-host.js'
import { makeKeys } from '../support/keys.js'

/** Runner processes whose command line names `folder` (pgrep exits 1 when there is none). */
function sshProcesses(folder: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', folder], { encoding: 'utf8' }).split('\n').filter(Boolean)
  } catch {
    return []
  }
}

it('reports a licence failure as such and puts apt units and AppArmor back', () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    await panel.knobs({ STANDIN_FAIL_LICENCE: '1' })
    const before = await says(panel, 'systemctl is-enabled apparmor.service apt-daily.timer unattended-upgrades.service')
    const main = await runAction('main', panel.inputs(), { workDir: panel.workDir })
    expect(main.code).toBe(1)
    expect(main.outputs.status).toBe('failed')
    // exactly one error annotation: what failed, in one line, and where its log is
    const failed = main.output.split('\n').filter((l) => l.startsWith('::error'))
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatch(/failed: Run the vendor's installer: change failed: licence: Trial license for this IP has expired .*\(log: .*08-installer\.log\)/)
    expect(await says(panel, 'systemctl is-enabled apparmor.service apt-daily.timer unattended-upgrades.service')).toBe(before)
    expect(await says(panel, 'systemctl is-active apt-daily.timer')).toBe('active')
    const logDir = main.outputs['log-dir']
    expect(readFileSync(join(logDir, 'host_root_isp_install.log'), 'utf8')).toContain('Trial license for this IP has expired')
    const report = JSON.parse(readFileSync(main.outputs.report, 'utf8'))
    expect(report.undo.map((u: { id: string; status: string }) => `${u.id}:${u.status}`)).toEqual(['apparmor:undone', 'apt-timers:undone'])
  }))

it('waits for a held dpkg lock, then stops its holder, naming it', () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    await panel.host.exec('systemd-run --unit=lockholder flock /var/lib/dpkg/lock-frontend sleep 600')
    const main = await runAction('main', panel.inputs({ 'dpkg-lock-wait': '4' }), { workDir: panel.workDir })
    expect(main.code).toBe(0)
    const log = readFileSync(join(main.outputs['log-dir'], '03-dpkg-locks.log'), 'utf8')
    expect(log).toMatch(/waiting for the dpkg\/apt locks/)
    expect(log).toMatch(/stopping PID \d+ \((\/usr\/bin\/)?flock \/var\/lib\/dpkg\/lock-frontend sleep 600\), which held \/var\/lib\/dpkg\/lock-frontend for more than 4s/)
    expect(main.output).toMatch(/::warning title=Wait for the dpkg\/apt locks%2C then clear them::stopping PID/)
  }))

it("uses Let's Encrypt only when the panel domain resolves to the public IP", () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    const address = panel.host.info.address
    await panel.host.exec(`echo '${address} panel.sandbox.test' >> /etc/hosts`)
    const main = await runAction('main', panel.inputs({ 'panel-domain': 'panel.sandbox.test', 'public-ip': address }), { workDir: panel.workDir })
    expect(main.code).toBe(0)
    const logDir = main.outputs['log-dir']
    expect(readFileSync(join(logDir, '07-letsencrypt.log'), 'utf8')).toContain(`Let's Encrypt: on (--le-domain panel.sandbox.test): it resolves to ${address}`)
    expect(readFileSync(join(logDir, '08-installer.log'), 'utf8')).toMatch(/--le-domain panel\.sandbox\.test ispmanager-lite/)
    expect(main.outputs['panel-url']).toBe('https://panel.sandbox.test:1500/ispmgr')
  }))

it("does not use Let's Encrypt when the domain points elsewhere", () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    await panel.host.exec("echo '192.0.2.77 elsewhere.sandbox.test' >> /etc/hosts")
    const main = await runAction('main', panel.inputs({ 'panel-domain': 'elsewhere.sandbox.test' }), { workDir: panel.workDir })
    expect(main.code).toBe(0)
    const logDir = main.outputs['log-dir']
    expect(readFileSync(join(logDir, '07-letsencrypt.log'), 'utf8')).toContain("Let's Encrypt: off (--no-letsencrypt): elsewhere.sandbox.test resolves to '192.0.2.77'")
    expect(main.outputs['panel-url']).toBe(`https://${panel.host.info.address}:1500/ispmgr`)
  }))

it('keeps the installer running through a cut link', () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    await panel.knobs({ STANDIN_SLOW_SECONDS: '30' })
    let cut = false
    const pending = runAction('main', panel.inputs(), { workDir: panel.workDir })
    // Cut once the installer is running: longer than the keepalive limit (15 s), so the
    // connection really drops and the action must reconnect.
    const waitForInstaller = async (): Promise<void> => {
      for (let i = 0; i < 120 && !cut; i += 1) {
        if ((await panel.host.exec("pgrep -f '[i]nstall.eu.sh' >/dev/null")).code === 0) {
          await new Promise((r) => setTimeout(r, 3000))
          await panel.host.cut()
          cut = true
          await new Promise((r) => setTimeout(r, 20_000))
          await panel.host.restore()
        } else await new Promise((r) => setTimeout(r, 500))
      }
    }
    await waitForInstaller()
    const main = await pending
    expect(cut).toBe(true)
    expect(main.code).toBe(0)
    const log = readFileSync(join(main.outputs['log-dir'], '08-installer.log'), 'utf8')
    expect(log).toContain('connection lost; the step keeps running on the host; reconnecting')
    expect(main.outputs['installed-version']).toBe('6.106.0')
  }))

it('finishes the undo in the post step when the runner killed the main step mid-install', () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    await panel.knobs({ STANDIN_SLOW_SECONDS: '300' })
    const main = await runAction('main', panel.inputs(), { workDir: panel.workDir, signal: { name: 'SIGKILL', whenOutput: /started detached on the host/ } })
    expect(main.code).toBeNull()
    expect(await says(panel, 'systemctl is-enabled apt-daily.timer || true')).toBe('masked-runtime')
    // The killed step's ssh ends with it (its input closes); post sweeps whatever names the folder.
    const sshWorkDir: string = JSON.parse(main.state['hostpanel-run']).sshWorkDir
    const post = await runAction('post', panel.inputs(), { workDir: panel.workDir, state: main.state })
    expect(post.code).toBe(0)
    expect(post.output).toMatch(/undone: 002-apparmor, 001-apt-timers/)
    expect(await says(panel, 'systemctl is-enabled apt-daily.timer apparmor.service')).toBe('enabled\nenabled')
    expect(await says(panel, "pgrep -f '[i]nstall.eu.sh' | wc -l")).toBe('0')
    expect(await says(panel, 'flock -n /var/lock/hostpanel-action.lock true && echo free')).toBe('free')
    expect(sshProcesses(sshWorkDir)).toEqual([])
    expect(existsSync(sshWorkDir)).toBe(false)
  }))

it('rejects bad input before connecting to the host, and never prints it as a workflow command', () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    const logins = async (): Promise<string> => says(panel, "journalctl -u ssh --no-pager | grep -c 'Accepted publickey' || true")
    const before = await logins()
    const encrypted = makeKeys().encrypted
    for (const [inputs, message] of [
      [{ version: 'banana' }, "input 'version': 'banana' names no ISPmanager release in this action's catalogue; it knows: 6"],
      [{ host: `${panel.host.info.address};id` }, "input 'host'"],
      [{ host: '' }, "input 'host': is empty, and ISPmanager install works on a host"],
      [{ host: '0x0a.200.0.2' }, "input 'host'"],
      [{ 'ssh-key': '' }, "input 'ssh-key': a private key is required"],
      [{ 'ssh-key': encrypted }, "input 'ssh-key': is protected by a passphrase"],
      [{ mode: 'reinstall' }, "input 'mode'"],
      [{ 'known-hosts': '' }, "input 'known-hosts': the host key must be verified"],
      [{ port: '022' }, "input 'port': '022' is not accepted"],
      [{ 'log-dir': `${panel.workDir}/logs\n::error::injected` }, "input 'log-dir': contains a line break"],
      [{ mode: 'plan', 'log-dir': `${panel.workDir}/plan\r::warning::injected` }, "input 'log-dir': contains a line break"],
      [{ 'log-dir': '/proc/hostpanel' }, "input 'log-dir': '/proc/hostpanel' is under /proc"],
      [{ 'installer-url': 'https://user:Pa55word@b\u00fccher.example/x' }, "input 'installer-url': is not accepted"]
    ] as const) {
      const main = await runAction('main', panel.inputs(inputs), { workDir: panel.workDir })
      expect(main.code).toBe(1)
      expect(main.outputs.status).toBe('failed')
      expect(main.output).toContain(message)
      expect(main.output).not.toMatch(/^::(error|warning)::injected/m)
      // The runner swallows its ::add-mask:: commands; nothing else may show the password.
      expect(main.output.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('Pa55word')
    }
    expect(await logins()).toBe(before)
  }))

it('does not try to recover a run that never connected, and still removes its SSH folder', () =>
  withPanelHost('ubuntu-22.04', async (panel) => {
    const dir = mkdtempSync(join(tmpdir(), 'other-key-'))
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'k')])
    const otherKey = readFileSync(join(dir, 'k.pub'), 'utf8').split(' ').slice(0, 2).join(' ')
    const inputs = panel.inputs({ 'known-hosts': `${panel.host.info.address} ${otherKey}\n` })
    const main = await runAction('main', inputs, { workDir: panel.workDir })
    expect(main.code).toBe(1)
    expect(main.output.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(1)
    expect(main.output).toMatch(/does not match known-hosts/)
    const state = JSON.parse(main.state['hostpanel-run'])
    expect(state.connected).toBe(false)
    const post = await runAction('post', inputs, { workDir: panel.workDir, state: main.state })
    expect(post.code).toBe(0)
    expect(post.output).not.toContain('::error')
    expect(existsSync(state.sshWorkDir)).toBe(false)
  }))
