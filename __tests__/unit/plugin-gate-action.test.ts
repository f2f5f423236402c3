/**
 * The plugin gate through the bundled action, as the runner calls it: node dist/main with
 * INPUT_* variables and a workspace, no host. Checks the annotations (file, line, level),
 * the job summary, the outputs and the exit code.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction } from '../support/action-harness.js'

const CORPUS = join(REPO_ROOT, '__tests__', 'fixtures', 'imscp-plugins')

function workspaceWith(...plugins: string[]): string {
  const ws = mkdtempSync(join(tmpdir(), 'plugin-ws-'))
  for (const p of plugins) cpSync(join(CORPUS, p), join(ws, 'plugins', p), { recursive: true })
  return ws
}

async function gate(ws: string, inputs: Record<string, string>) {
  const workDir = mkdtempSync(join(tmpdir(), 'plugin-run-'))
  return runAction('main', { product: 'imscp', mode: 'check-plugin', 'log-dir': join(workDir, 'logs'), ...inputs }, { workDir, env: { GITHUB_WORKSPACE: ws } })
}

describe('mode: check-plugin through the bundled action', () => {
  it('passes a plugin every requested release accepts', async () => {
    const ws = workspaceWith('HelloWorld')
    const run = await gate(ws, { version: '1.2.x', 'plugin-path': 'plugins/HelloWorld' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', compatible: 'true', changed: 'false' })
    expect(run.output).not.toContain('::error')
    expect(run.summary).toContain('i-MSCP 1.2.3 (API 1.0.0)')
    expect(JSON.parse(readFileSync(run.outputs.report, 'utf8')).details.compatible).toBe(true)
    expect(existsSync(run.outputs.sarif)).toBe(true)
  })

  it('fails when a release refuses a plugin, annotating the line of require_api', async () => {
    const ws = workspaceWith('HelloWorld', 'NewerApi')
    const run = await gate(ws, { version: '1.2.1, 1.2.3', 'plugin-path': 'plugins' })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'failed', compatible: 'false' })
    const annotations = run.output.split('\n').filter((l) => /^::(error|warning|notice) /.test(l))
    const newer = annotations.find((l) => l.includes('require-api-newer'))
    expect(newer).toMatch(/^::error title=NewerApi%3A require-api-newer \(i-MSCP 1\.2\.3\),file=plugins\/NewerApi\/info\.php,line=9::require_api "1\.0\.1" is newer than the plugin API 1\.0\.0 of i-MSCP 1\.2\.3/)
    expect(annotations.filter((l) => l.includes('HelloWorld'))).toEqual([])
    expect(run.output).toMatch(/^::error title=i-MSCP check-plugin failed::1 plugin × release combination\(s\) refused: NewerApi on 1\.2\.3/m)
    expect(run.summary).toMatch(/NewerApi.*refused/s)
    // only the releases asked for are judged
    expect(run.summary).not.toContain('i-MSCP 1.2.0')
  })

  it('annotates at most 10 errors, the last saying how many more there are and where', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'plugin-ws-'))
    for (let i = 1; i <= 25; i++) {
      mkdirSync(join(ws, 'plugins', `NoClass${i}`), { recursive: true })
      writeFileSync(join(ws, 'plugins', `NoClass${i}`, 'info.php'), "<?php return array('author' => 'a', 'email' => 'e', 'version' => '1', 'require_api' => '1.0.0', 'date' => 'd', 'name' => 'n', 'desc' => 'd', 'url' => 'u');\n")
    }
    const run = await gate(ws, { version: '1.2.3', 'plugin-path': 'plugins' })
    expect(run.code).toBe(1)
    const errors = run.output.split('\n').filter((l) => l.startsWith('::error '))
    expect(errors).toHaveLength(10)
    expect(errors[8]).toMatch(/^::error title=i-MSCP check-plugin failed::25 plugin × release combination\(s\) refused/)
    expect(errors[9]).toContain(`::17 more errors not shown as annotations (GitHub shows 10 of each kind per step); every one is in the log of this step and ${run.outputs.sarif} and ${run.outputs.report}`)
    expect(run.output.split('\n').filter((l) => l.startsWith('error: the main class file'))).toHaveLength(17)
  })

  it('never runs plugin code', async () => {
    const ws = workspaceWith('SideEffects')
    const before = readFileSync(join(ws, 'plugins', 'SideEffects', 'info.php'), 'utf8')
    const run = await gate(ws, { version: 'latest', 'plugin-path': 'plugins/SideEffects' })
    expect(run.code).not.toBeNull()
    expect(readFileSync(join(ws, 'plugins', 'SideEffects', 'info.php'), 'utf8')).toBe(before)
    expect(existsSync(join(ws, 'plugins', 'SideEffects', 'side-effect-ran.txt'))).toBe(false)
  })

  it('refuses a host, a path outside the workspace, and another product mode, before doing anything', async () => {
    const ws = workspaceWith('HelloWorld')
    for (const [inputs, message] of [
      [{ host: '192.0.2.1' }, "input 'host': i-MSCP check-plugin runs on the runner"],
      [{ 'plugin-path': '../..' }, "input 'plugin-path'"],
      [{ version: '1.3.0' }, "input 'version': '1.3.0' names no i-MSCP release"],
      [{ mode: 'migrate' }, "input 'mode': 'migrate' is not accepted; use one of: install, upgrade, verify, check-plugin, plan"]
    ] as const) {
      const run = await gate(ws, { version: '1.2.x', 'plugin-path': 'plugins', ...inputs })
      expect(run.code).toBe(1)
      expect(run.output).toContain(message)
    }
  })
})

describe('the check-plugin sub-action (dist/check-plugin) through its own bundle', () => {
  async function sub(ws: string, inputs: Record<string, string>) {
    const workDir = mkdtempSync(join(tmpdir(), 'plugin-sub-'))
    return runAction('check-plugin', { 'log-dir': join(workDir, 'logs'), ...inputs }, { workDir, env: { GITHUB_WORKSPACE: ws } })
  }
  const reportOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { details: { verdicts: unknown[]; findings: unknown[]; compatible: boolean } }

  it('gives the same verdicts, findings, annotations and outputs as mode: check-plugin', async () => {
    const ws = workspaceWith('HelloWorld', 'NewerApi', 'SelfCheckOld', 'MissingKeys')
    const inputs = { version: '1.2.x', 'plugin-path': 'plugins', 'previous-plugin-version': '0.9.0' }
    const [viaSub, viaMain] = [await sub(ws, inputs), await gate(ws, inputs)]
    expect(viaSub.code).toBe(1)
    expect(viaMain.code).toBe(1)
    expect(reportOf(viaSub.outputs.report).details).toEqual(reportOf(viaMain.outputs.report).details)
    const annotations = (output: string) => output.split('\n').filter((l) => /^::(error|warning|notice) /.test(l)).map((l) => l.replace(/\/plugin-(sub|run)-[^/]+\/logs\/imscp-check-plugin-[^ /]+/, '<run>'))
    expect(annotations(viaSub.output)).toEqual(annotations(viaMain.output))
    expect(viaSub.outputs).toMatchObject({ status: 'failed', compatible: 'false', changed: 'false' })
    expect(Object.keys(viaSub.outputs).sort()).toEqual(Object.keys(viaMain.outputs).sort())
    // The heading names the version as given; the duration and the run's folder differ between runs.
    const summary = (text: string) => text.replace(/\(.*?\): failed/, '').replace(/ · \d+\.\d s/, '').replace(/\/tmp\/plugin-(sub|run)-[^/]+\/logs\/imscp-check-plugin-[^ /)]+/g, '<run>')
    expect(summary(viaSub.summary)).toEqual(summary(viaMain.summary))
  })

  it('prints the plan mode: plan prints for check-plugin, then checks; and passes a compatible plugin', async () => {
    const ws = workspaceWith('HelloWorld')
    const run = await sub(ws, { 'plugin-path': 'plugins/HelloWorld' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', compatible: 'true' })
    const workDir = mkdtempSync(join(tmpdir(), 'plugin-plan-'))
    const plan = await runAction('main', { product: 'imscp', mode: 'plan', 'plan-for': 'check-plugin', version: '1.2.x', 'plugin-path': 'plugins/HelloWorld', 'log-dir': join(workDir, 'logs') }, { workDir, env: { GITHUB_WORKSPACE: ws } })
    expect(plan.code).toBe(0)
    const runbook = readFileSync(plan.outputs.report, 'utf8').trim().split('\n')
    expect(runbook[0]).toMatch(/^i-MSCP check-plugin on the runner/)
    const printed = run.output.split('\n')
    const start = printed.indexOf(runbook[0]!)
    expect(start).toBeGreaterThan(-1)
    expect(printed.slice(start, start + runbook.length)).toEqual(runbook)
    // the sub-action's default version is every release
    expect(run.summary).toContain('i-MSCP 1.2.0 (API 0.2.15)')
    expect(run.summary).toContain('i-MSCP 1.2.3 (API 1.0.0)')
  })

  it('refuses bad input naming it, as the main action does, and takes no input of the main action', async () => {
    const ws = workspaceWith('HelloWorld')
    const cases: Array<[Record<string, string>, string]> = [
      [{ 'plugin-path': '../..' }, "input 'plugin-path': '../..' is not accepted; use an existing folder inside the workspace"],
      [{ version: '1.3.0' }, "input 'version': '1.3.0' names no i-MSCP release"],
      [{ version: ' 1.2.3' }, "input 'version': has spaces around its value"],
      [{ 'previous-plugin-version': '$(id)' }, "input 'previous-plugin-version': '$(id)' is not accepted"]
    ]
    for (const [inputs, message] of cases) {
      const run = await sub(ws, { 'plugin-path': 'plugins', ...inputs })
      expect(run.code).toBe(1)
      expect(run.output).toContain(message)
      expect(run.outputs.status).toBe('failed')
    }
  })
})

