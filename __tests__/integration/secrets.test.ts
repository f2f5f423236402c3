/**
 * Secrets never reach an artifact. One sandbox host, with the stand-in installer, goes
 * through every mode (plan, install, verify, upgrade) in success, failure and cancel runs;
 * after each run every artifact is searched for each secret input in raw, base64,
 * URL-encoded and hex form: every file under log-dir, report.json, plan.sh, the job
 * summary, the outputs and saved state, and the console (main and post) minus the
 * runner's own ::add-mask:: lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../support/action-harness.js'
import { hostSays, panelHost, type PanelHost } from '../support/ispmanager-host.js'

const ACTIVATION_KEY = 'HPTEST-7Q2W-9XKZ-4MRT'
const URL_USER = 'mirroruser'
const URL_PASSWORD = 'Mirr0rPassw0rd'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

/** Every form of every secret worth finding: raw (each key line too), base64, URL-encoded, hex. */
function forms(secrets: string[]): Map<string, string> {
  const found = new Map<string, string>()
  for (const secret of secrets) {
    const pieces = [secret, ...secret.split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----'))]
    for (const piece of pieces) {
      found.set(piece, `raw ${piece.slice(0, 12)}…`)
      found.set(Buffer.from(piece).toString('base64').replace(/=+$/, ''), `base64 of ${piece.slice(0, 12)}…`)
      found.set(encodeURIComponent(piece), `URL-encoded ${piece.slice(0, 12)}…`)
      found.set(Buffer.from(piece).toString('hex'), `hex of ${piece.slice(0, 12)}…`)
    }
  }
  return found
}

describe('secrets in artifacts', () => {
  let panel: PanelHost
  let secretForms: Map<string, string>
  let inputs: (extra?: Record<string, string>) => Record<string, string>

  beforeAll(async () => {
    panel = await panelHost('ubuntu-22.04')
    const url = new URL(panel.server.url('/install.eu.sh'))
    url.username = URL_USER
    url.password = URL_PASSWORD
    inputs = (extra = {}) => panel.inputs({ 'activation-key': ACTIVATION_KEY, 'installer-url': url.toString(), ...extra })
    const base = inputs()
    secretForms = forms([base['ssh-key'], ACTIVATION_KEY, URL_PASSWORD, `${URL_USER}:${URL_PASSWORD}`])
  })

  afterAll(async () => {
    await panel?.down()
  })

  /** Runs main (and post), then searches everything they left for any form of any secret. */
  async function runAndSearch(label: string, extra: Record<string, string>, cancel = false): Promise<ActionRun> {
    const main = await runAction('main', inputs(extra), { workDir: panel.workDir, signal: cancel ? { name: 'SIGTERM', whenOutput: /::group::Take the host lock/ } : undefined })
    const post = await runAction('post', inputs(extra), { workDir: panel.workDir, state: main.state })
    const texts: Array<[string, string]> = [
      ['console', [main.output, post.output].join('\n').split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')],
      ['job summary', main.summary + post.summary],
      ['outputs and state', JSON.stringify([main.outputs, main.state, post.outputs])],
      ...files(join(panel.workDir, 'logs')).map((path): [string, string] => [path, readFileSync(path, 'latin1')])
    ]
    const leaks: string[] = []
    for (const [where, text] of texts) for (const [form, what] of secretForms) if (text.includes(form)) leaks.push(`${label}: ${what} in ${where}`)
    expect(leaks).toEqual([])
    return main
  }

  it('leaks no secret in any mode, whether the run succeeds, fails or is cancelled', async () => {
    const plan = await runAndSearch('plan', { mode: 'plan' })
    expect(plan.outputs.status).toBe('planned')
    expect(readFileSync(plan.outputs.report, 'utf8')).toContain('ACTIVATION_KEY')

    expect((await runAndSearch('install cancelled', {}, true)).outputs.status).toBe('cancelled')
    // A host file the action collects holds the key, as a careless tool might log it: blanked in the copy.
    const b64 = Buffer.from(ACTIVATION_KEY).toString('base64')
    await panel.host.exec(`mkdir -p /var/log/apt && printf 'key %s b64 %s\\n' '${ACTIVATION_KEY}' '${b64}' >> /var/log/apt/term.log`)
    const install = await runAndSearch('install', {})
    expect(install.outputs.status).toBe('success')
    expect(readFileSync(join(install.outputs['log-dir'], 'host_var_log_apt_term.log'), 'utf8')).toContain('key *** b64 ***')
    expect((await runAndSearch('install failed', {})).outputs.status).toBe('failed')

    expect((await runAndSearch('verify', { mode: 'verify' })).outputs.status).toBe('success')
    await panel.host.exec('systemctl stop ihttpd')
    expect((await runAndSearch('verify failed', { mode: 'verify' })).outputs.status).toBe('failed')
    await panel.host.exec('systemctl start ihttpd')
    expect((await runAndSearch('verify cancelled', { mode: 'verify' }, true)).outputs.status).toBe('cancelled')

    expect((await runAndSearch('upgrade cancelled', { mode: 'upgrade' }, true)).outputs.status).toBe('cancelled')
    await panel.knobs({ STANDIN_FAIL_UPGRADE: '1' })
    expect((await runAndSearch('upgrade failed', { mode: 'upgrade' })).outputs.status).toBe('failed')
    await panel.knobs({})
    expect((await runAndSearch('upgrade', { mode: 'upgrade' })).outputs.status).toBe('success')
    expect(await hostSays(panel, '/usr/local/mgr5/bin/core ispmgr -V')).toBe('6.107.0')
  })
})
