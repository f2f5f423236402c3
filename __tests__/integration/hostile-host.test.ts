/**
 * The host is untrusted, and a workflow may hand the action's outputs to a shell. A host
 * whose ISPmanager `core ispmgr -V` and i-MSCP imscp.conf report versions and URLs made of
 * quotes, $(...), backticks, a line break, a carriage return and `::` workflow commands:
 * the bundled action sets none of them as an output, warns naming the fact and the refused
 * value, and records it in report.json; the nightly example's old `run:` line, given these
 * outputs, runs nothing, while the same line given the raw host value would have.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runWithPost } from '../support/action-harness.js'
import { panelHost, type PanelHost } from '../support/ispmanager-host.js'

let panel: PanelHost
beforeAll(async () => {
  panel = await panelHost('debian-12')
})
afterAll(async () => {
  await panel?.down()
})

/** What the old nightly example did: GitHub pastes `${{ }}` values into the script text. */
function oldRunLine(values: Record<string, string>): void {
  const script = `echo "status=${values.status} url=${values['panel-url']} version=${values['installed-version']}"`
  execFileSync('bash', ['-e', '-c', script], { stdio: 'ignore' })
}

/**
 * The workflow commands a runner would act on in this output: lines (split at CR too, as
 * the runner does) outside the ::stop-commands:: sections the action opens around host output.
 */
function commandsActedOn(output: string): string[] {
  const commands: string[] = []
  let stoppedUntil: string | undefined
  for (const line of output.split(/\r?\n|\r/)) {
    if (stoppedUntil) {
      if (line === stoppedUntil) stoppedUntil = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) stoppedUntil = `::${stop[1]}::`
    else if (/^\s*(::|##\[)/.test(line)) commands.push(line)
  }
  return commands
}

/** Commands the host wrote: any set-output, or a command whose text starts with the host's marker. */
const hostCommands = (output: string): string[] => commandsActedOn(output).filter((l) => /^\s*(::set-output|(::[a-z-]+( [^:]*)?::|##\[[a-z-]+\])\s*INJECTED)/.test(l))

async function hostWrites(path: string, text: string, mode = '644'): Promise<void> {
  const r = await panel.host.exec(`mkdir -p "$(dirname ${path})" && base64 -d > ${path} <<'B64'\n${Buffer.from(text).toString('base64')}\nB64\nchmod ${mode} ${path}`)
  if (r.code !== 0) throw new Error(`could not write ${path}: ${r.stderr}`)
}

it('ISPmanager: a version with a quote break-out, a line break and a :: command is not an output', async () => {
  const mark = join(panel.workDir, 'pwned-core')
  const version = `6.106.0"; touch ${mark}; echo "\n::error::INJECTED by the host\r::set-output name=status::INJECTED`
  await hostWrites('/usr/local/mgr5/bin/core', `#!/bin/sh\nprintf '%s\\n' '${version.replace(/'/g, `'\\''`)}'\n`, '755')

  const { main, report } = await runWithPost(panel.inputs({ mode: 'verify' }), panel.workDir)
  expect(report.facts.INSTALLED_VERSION).toBe(version) // the host did say it
  expect(main.outputs['installed-version']).toBe('')
  expect(main.outputs.status).toBe('failed') // licctl and ihttpd are missing: verify fails
  expect(report.refusedOutputs).toEqual([expect.objectContaining({ output: 'installed-version', source: "the host's INSTALLED_VERSION", value: JSON.stringify(version) })])
  expect(main.output).toMatch(/::warning title=output installed-version refused::output installed-version left empty: the host's INSTALLED_VERSION was "6\.106\.0\\"; touch .*\\n::error::INJECTED by the host\\r::set-output/)
  expect(hostCommands(main.output)).toEqual([])
  expect(commandsActedOn(main.output)).toContainEqual(expect.stringMatching(/^::warning title=output installed-version refused::/))
  for (const value of Object.values(main.outputs)) expect(value).not.toContain('INJECTED')

  oldRunLine(main.outputs)
  expect(existsSync(mark)).toBe(false)
  // The same line with the host's own value runs the host's command on the runner.
  oldRunLine({ ...main.outputs, 'installed-version': report.facts.INSTALLED_VERSION.split('\n')[0] })
  expect(existsSync(mark)).toBe(true)
})

it('i-MSCP: a version and a panel URL with $(...), backticks, quotes and a carriage return are not outputs', async () => {
  const mark = join(panel.workDir, 'pwned-imscp')
  const version = `1.2.3\`touch ${mark}\``
  const vhost = `panel.example.com/$(touch ${mark})'"\r::warning::INJECTED`
  await hostWrites(
    '/etc/imscp/imscp.conf',
    [`Version = ${version}`, 'BASE_SERVER_VHOST_PREFIX = http://', `BASE_SERVER_VHOST = ${vhost}`, 'BASE_SERVER_VHOST_HTTP_PORT = 8080', 'BASE_SERVER_IP = 127.0.0.1', ''].join('\n')
  )

  const { main, report } = await runWithPost({ ...panel.inputs({ mode: 'verify' }), product: 'imscp', version: '1.2.3', 'installer-url': '' }, panel.workDir)
  expect(report.facts.INSTALLED_VERSION).toBe(version)
  expect(report.facts.PANEL_URL).toBe(`http://${vhost}:8080/`)
  expect(main.outputs['installed-version']).toBe('')
  expect(main.outputs['panel-url']).toBe('')
  expect(report.refusedOutputs.map((r) => `${r.output} ${r.source}`).sort()).toEqual(["installed-version the host's INSTALLED_VERSION", "panel-url the host's PANEL_URL"])
  expect(JSON.parse(readFileSync(main.outputs.report, 'utf8')).refusedOutputs).toHaveLength(2)
  expect(main.output).toContain('output panel-url left empty: the host\'s PANEL_URL was "http://panel.example.com/$(touch')
  expect(hostCommands(main.output)).toEqual([])
  expect(main.summary).not.toContain('INJECTED')

  oldRunLine(main.outputs)
  expect(existsSync(mark)).toBe(false)
  oldRunLine({ ...main.outputs, 'installed-version': report.facts.INSTALLED_VERSION })
  expect(existsSync(mark)).toBe(true)
})
