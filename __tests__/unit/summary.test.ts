/**
 * The job summary of a host run, read at a glance: a headline (result, product, mode,
 * target, versions, duration, the panel as a link where it answered), temporary changes put
 * back as designed shown as restored, and how to keep the logs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { publish, type Report } from '../../src/report/report.js'

const work = mkdtempSync(join(tmpdir(), 'summary-'))

function report(status: Report['status']): Report {
  const ok = status === 'success'
  return {
    product: 'ispmanager',
    version: '6',
    release: '6',
    procedure: 'install',
    target: 'root@10.0.0.5:22',
    status,
    changed: ok,
    outputs: { 'panel-url': 'https://10.0.0.5:1500/ispmgr', 'installed-version': ok ? '6.106.0' : '', 'previous-version': '' },
    refusedOutputs: [],
    panelFromRunner: ok ? 'answered HTTP 200 at 10.0.0.5' : undefined,
    failure: ok ? undefined : { step: 'Verify', message: 'verification failed: api', log: join(work, 'verify.log') },
    steps: [
      { id: 'apt-timers', title: 'Stop the apt timers', status: 'ok', durationMs: 300, log: join(work, 'a.log'), warnings: [], details: {}, artifacts: [] },
      { id: 'verify', title: 'Verify', status: ok ? 'ok' : 'failed', durationMs: 900, log: join(work, 'verify.log'), warnings: [], details: {}, artifacts: [] }
    ],
    undo: [{ id: 'apt-timers', title: 'Stop the apt timers', status: 'undone', durationMs: 200, log: join(work, 'u.log'), warnings: [], details: {} }],
    facts: {},
    logDir: join(work, 'logs'),
    durationMs: 47_300
  }
}

async function summaryOf(r: Report): Promise<string> {
  // core.summary keeps the file it first wrote to: one file, emptied for each run.
  const file = join(work, 'summary.md')
  writeFileSync(file, '')
  process.env.GITHUB_STEP_SUMMARY = file
  process.env.GITHUB_OUTPUT = join(work, 'output')
  writeFileSync(process.env.GITHUB_OUTPUT, '')
  await publish(r, join(r.logDir, 'report.json'))
  return readFileSync(file, 'utf8')
}

it('a success: headline with the panel as a link, the apt timers restored, how to keep the logs', async () => {
  const text = await summaryOf(report('success'))
  expect(text).toContain(
    '<p>✅ <strong>success</strong>: ispmanager install 6 on root@10.0.0.5:22 · installed 6.106.0 · 47.3 s · panel: <a href="https://10.0.0.5:1500/ispmgr">https://10.0.0.5:1500/ispmgr</a></p>'
  )
  expect(text).toContain('<td>🔄 restored</td><td>put back: Stop the apt timers</td><td>a temporary change, put back as designed</td>')
  expect(text).not.toContain('undone')
  expect(text).toContain('Panel URL: <a href="https://10.0.0.5:1500/ispmgr">https://10.0.0.5:1500/ispmgr</a> (answered HTTP 200 at 10.0.0.5)')
  expect(text).toMatch(/Logs: .*upload the <code>log-dir<\/code> output with <code>actions\/upload-artifact<\/code>/)
})

it('a failure: no link, the changes undone', async () => {
  const text = await summaryOf(report('failed'))
  expect(text).toContain('<p>❌ <strong>failed</strong>: ispmanager install 6 on root@10.0.0.5:22 · installed (unknown) · 47.3 s</p>')
  expect(text).toContain('<td>↩️ undone</td><td>undo: Stop the apt timers</td>')
  expect(text).not.toContain('<a href')
})
