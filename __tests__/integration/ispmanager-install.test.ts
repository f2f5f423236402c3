/**
 * ISPmanager through the bundled action (node dist/main/index.js, as the runner calls it)
 * over real SSH, on a sandbox host dressed as Ubuntu 22.04, with the stand-in installer.
 */
import { get } from 'node:https'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../support/action-harness.js'
import { panelHost, type PanelHost } from '../support/ispmanager-host.js'

let panel: PanelHost

beforeAll(async () => {
  panel = await panelHost('ubuntu-22.04')
})
afterAll(async () => {
  await panel?.down()
})

async function action(extra: Record<string, string> = {}): Promise<{ main: ActionRun; post: ActionRun }> {
  const main = await runAction('main', panel.inputs(extra), { workDir: panel.workDir })
  const post = await runAction('post', panel.inputs(extra), { workDir: panel.workDir, state: main.state })
  return { main, post }
}

function fetchPage(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false, timeout: 10_000 }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    }).on('error', reject)
  })
}

async function hostSays(cmd: string): Promise<string> {
  return (await panel.host.exec(cmd)).stdout.trim()
}

describe('ispmanager on Ubuntu 22.04', () => {
  let installed: { main: ActionRun; post: ActionRun }

  beforeAll(async () => {
    installed = await action()
  })

  it('installs, with the panel answering on 1500 and the right outputs', async () => {
    const { main } = installed
    expect(main.code).toBe(0)
    const address = panel.host.info.address
    expect(main.outputs).toMatchObject({
      status: 'success',
      'panel-url': `https://${address}:1500/ispmgr`,
      'installed-version': '6.106.0',
      'previous-version': ''
    })
    expect(JSON.parse(readFileSync(main.outputs.report, 'utf8')).panelFromRunner).toBe(`answered HTTP 200 at ${panel.host.info.address}`)
    const page = await fetchPage(main.outputs['panel-url'])
    expect(page.status).toBe(200)
    expect(page.body).toMatch(/<title>ispmanager<\/title>/i)
  })

  it('ran the installer with the vendor flags, no terminal, and kept its log', () => {
    const logDir = installed.main.outputs['log-dir']
    const installerLog = readFileSync(join(logDir, '08-installer.log'), 'utf8')
    expect(installerLog).toMatch(/install\.eu\.sh --release stable --silent --ignore-hostname --dbtype mysql --mysql-server mariadb --no-letsencrypt ispmanager-lite/)
    expect(readFileSync(join(logDir, 'host_root_isp_install.log'), 'utf8').length).toBeGreaterThan(100)
    const report = JSON.parse(readFileSync(installed.main.outputs.report, 'utf8'))
    expect(report.steps.map((s: { id: string; status: string }) => `${s.id}:${s.status}`)).toEqual([
      'host-lock:ok', 'preflight:ok', 'apt-timers:ok', 'dpkg-locks:ok', 'prerequisites:ok', 'apparmor:ok', 'installer-download:ok', 'letsencrypt:ok', 'installer:ok', 'verify:ok'
    ])
    expect(report.facts.INSTALLER_SHA256).toMatch(/^[0-9a-f]{64}$/)
    expect(installed.main.summary).toContain("<tr><td>✅ ok</td><td>Run the vendor's installer</td><td>-</td>")
    const url = `https://${panel.host.info.address}:1500/ispmgr`
    expect(installed.main.summary).toContain(`Panel URL: <a href="${url}">${url}</a>`)
    // The headline, and the apt timers put back as designed rather than "undone".
    expect(installed.main.summary).toMatch(new RegExp(`<p>✅ <strong>success</strong>: ispmanager install 6 on root@${panel.host.info.address}:22 · installed 6\\.106\\.0 · [0-9.]+ s · panel: <a href="${url}">`))
    expect(installed.main.summary).toContain('<td>🔄 restored</td><td>put back: ')
    expect(installed.main.summary).not.toContain('↩️ undone')
  })

  it('installed the missing prerequisites from the host package sources', async () => {
    expect(await hostSays("dpkg-query -W -f='${Status}' dnsutils")).toBe('install ok installed')
  })

  it('put the automatic apt units back as they were, and left AppArmor off as the vendor does', async () => {
    expect(await hostSays('systemctl is-enabled apt-daily.timer apt-daily-upgrade.timer unattended-upgrades.service')).toBe('enabled\nenabled\nenabled')
    expect(await hostSays('systemctl is-active apt-daily.timer')).toBe('active')
    expect(await hostSays('systemctl is-enabled apparmor.service || true')).toBe('disabled')
  })

  it('removed the SSH key and connection in the post step', () => {
    const state = JSON.parse(installed.main.state['hostpanel-run'])
    expect(state.sshWorkDir).toBeTruthy()
    // The key lived under RUNNER_TEMP (the harness's work folder), not in /tmp.
    expect(state.sshWorkDir.startsWith(`${panel.workDir}/hostpanel-ssh-`)).toBe(true)
    expect(existsSync(state.sshWorkDir)).toBe(false)
    expect(installed.post.code).toBe(0)
  })

  it('refuses a second install and advises mode: upgrade, changing nothing', async () => {
    const { main } = await action()
    expect(main.code).toBe(1)
    expect(main.outputs.status).toBe('failed')
    expect(main.output).toContain('::error title=ispmanager install failed::failed: Preflight: OS, hostname, ports, memory, not yet installed: check failed: ISPmanager is already installed (6.106.0); use mode: upgrade (nothing was changed)')
    const report = JSON.parse(readFileSync(main.outputs.report, 'utf8'))
    expect(report.steps.filter((s: { status: string }) => s.status === 'ok').map((s: { id: string }) => s.id)).toEqual(['host-lock'])
  })

  it('verifies a running panel, and fails naming the check that broke', async () => {
    const ok = await action({ mode: 'verify' })
    expect(ok.main.outputs).toMatchObject({ status: 'success', 'installed-version': '6.106.0' })
    await panel.host.exec('systemctl stop ihttpd')
    try {
      const broken = await action({ mode: 'verify' })
      expect(broken.main.code).toBe(1)
      expect(broken.main.output).toMatch(/verification failed: ihttpd api/)
    } finally {
      await panel.host.exec('systemctl start ihttpd')
    }
  })

  it('blanks a secret input the running mode does not use, in every form, wherever the host prints it', async () => {
    const key = 'HPTEST-7fe2-91ac-KEY'
    const forms = [key, Buffer.from(key).toString('base64'), encodeURIComponent(`${key}/x y`), Buffer.from(key).toString('hex')]
    // what the stand-in's `licctl info ispmgr` prints
    const licence = '/usr/local/mgr5/etc/standin-licence'
    await panel.host.exec(`cp ${licence} /root/licence.bak; printf '%s\n' ${forms.map((f) => `'key form: ${f}'`).join(' ')} >> ${licence}`)
    try {
      const { main } = await action({ mode: 'verify', 'activation-key': key })
      expect(main.code).toBe(0)
      const files = readdirSync(main.outputs['log-dir'], { recursive: true, encoding: 'utf8' }).map((f) => join(main.outputs['log-dir'], f))
      expect(files.some((f) => f.endsWith('01-verify.log') && readFileSync(f, 'utf8').includes('key form: ***'))).toBe(true)
      const console = main.output.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')
      for (const form of forms.map((f) => f.replace('%2Fx%20y', ''))) {
        for (const file of files.filter((f) => statSync(f).isFile())) expect([file, readFileSync(file, 'utf8').includes(form)]).toEqual([file, false])
        expect(console).not.toContain(form)
        expect(main.summary).not.toContain(form)
      }
    } finally {
      await panel.host.exec(`cp /root/licence.bak ${licence}`)
    }
  })

  it('names the domain in panel-url when it points here, and https://<domain>/ when the panel answers on 443', async () => {
    const domain = 'panel.sandbox.test'
    await panel.host.exec(`grep -q ' ${domain}$' /etc/hosts || echo '${panel.host.info.address} ${domain}' >> /etc/hosts`)
    const direct = await action({ mode: 'verify', 'panel-domain': domain })
    expect(direct.main.outputs['panel-url']).toBe(`https://${domain}:1500/ispmgr`)
    // The seed's deployment fronts the panel on 443 at path /: a second ihttpd stands in for that front.
    await panel.host.exec("sed 's/port 1500/port 443/' /usr/local/mgr5/etc/ihttpd.conf > /root/front443.conf && systemd-run --unit=front443 python3 /usr/local/mgr5/sbin/ihttpd /root/front443.conf && sleep 1")
    const fronted = await action({ mode: 'verify', 'panel-domain': domain })
    expect(fronted.main.outputs['panel-url']).toBe(`https://${domain}/`)
    await panel.host.exec('systemctl stop front443')
  })

  it('upgrades with the vendor tool and reports both versions', async () => {
    const { main } = await action({ mode: 'upgrade' })
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ status: 'success', 'previous-version': '6.106.0', 'installed-version': '6.107.0' })
    expect(await hostSays('systemctl is-enabled apt-daily.timer')).toBe('enabled')
  })
})
