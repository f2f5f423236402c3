/**
 * GitHub shows at most 10 annotations of a kind per step (src/report/annotations.ts): beyond
 * that, one annotation says how many more there are and where they all are. Tested with the
 * gate's findings (25 plugins whose main class is missing: 25 errors) and the run's failure.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPlugins, IMSCP_RELEASES, publishAnnotations, type GateReport } from '../../src/products/imscp/plugin-gate/index.js'
import { Annotations, type AnnotationKind } from '../../src/report/annotations.js'

type Line = [AnnotationKind | 'info', string, string | undefined]

function recorder(): { lines: Line[]; annotations: Annotations } {
  const lines: Line[] = []
  const sink = (kind: AnnotationKind) => (message: string | Error, properties?: { title?: string }) => { lines.push([kind, String(message), properties?.title]) }
  return { lines, annotations: new Annotations({ error: sink('error'), warning: sink('warning'), notice: sink('notice'), info: (message: string) => { lines.push(['info', message, undefined]) } }) }
}

let ws: string
let report: GateReport
beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), 'gate-annotations-'))
  for (let i = 1; i <= 25; i++) {
    const dir = join(ws, `Plugin${String(i).padStart(2, '0')}`)
    mkdirSync(dir)
    writeFileSync(join(dir, 'info.php'), "<?php return array('author' => 'a', 'email' => 'e', 'version' => '1.0.0', 'require_api' => '1.0.0', 'date' => 'd', 'name' => 'n', 'desc' => 'd', 'url' => 'u');\n")
  }
  report = await checkPlugins({ pluginPath: ws, releases: [...IMSCP_RELEASES], workspace: ws })
})
afterAll(() => rmSync(ws, { recursive: true, force: true }))

describe('the annotation cap', () => {
  it('shows 9 of 25 findings and the run\'s failure, then one annotation with the count and where they are', () => {
    expect(report.findings.filter((f) => f.level === 'error')).toHaveLength(25)
    const { lines, annotations } = recorder()
    annotations.place('/logs/report.json')
    annotations.place('/logs/plugin-gate.sarif')
    publishAnnotations(report, annotations)
    annotations.annotate('error', '25 plugin × release combination(s) refused', { title: 'i-MSCP check-plugin failed' }, true)
    annotations.notice('one notice')
    // 8 at once; the rest waits for the end of the step
    expect(lines).toHaveLength(9)
    annotations.flush()
    const errors = lines.filter(([kind]) => kind === 'error')
    expect(errors).toHaveLength(10)
    expect(errors.slice(0, 8).map(([, m]) => m)).toEqual(report.findings.slice(0, 8).map((f) => f.message))
    expect(errors[8]).toEqual(['error', '25 plugin × release combination(s) refused', 'i-MSCP check-plugin failed'])
    expect(errors[9]).toEqual(['error', '17 more errors not shown as annotations (GitHub shows 10 of each kind per step); every one is in the log of this step and /logs/report.json and /logs/plugin-gate.sarif', '17 more errors'])
    expect(lines.filter(([kind]) => kind === 'notice')).toEqual([['notice', 'one notice', undefined]])
    // the 17 not annotated are still in the log
    expect(lines.filter(([kind]) => kind === 'info').map(([, m]) => m)).toEqual(report.findings.slice(8).map((f) => `error: ${f.message}`))
  })

  it('shows everything when it fits, without a count', () => {
    const { lines, annotations } = recorder()
    for (let i = 0; i < 10; i++) annotations.warning(`w${i}`)
    annotations.flush()
    expect(lines.map(([, m]) => m)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9'])
  })

  it('counts each kind on its own', () => {
    const { lines, annotations } = recorder()
    for (let i = 0; i < 11; i++) annotations.warning(`w${i}`)
    for (let i = 0; i < 3; i++) annotations.error(`e${i}`)
    annotations.flush()
    expect(lines.filter(([k]) => k === 'warning').map(([, m]) => m)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', '2 more warnings not shown as annotations (GitHub shows 10 of each kind per step); every one is in the log of this step'])
    expect(lines.filter(([k]) => k === 'info').map(([, m]) => m)).toEqual(['warning: w9', 'warning: w10'])
    expect(lines.filter(([k]) => k === 'error')).toHaveLength(3)
  })
})
