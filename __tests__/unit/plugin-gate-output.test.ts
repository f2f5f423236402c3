/**
 * The gate's outputs: the job-summary table, SARIF for code scanning, and annotations through
 * the real @actions/core, including a hostile plugin whose folder name and info.php values try
 * to start workflow commands of their own.
 */
import * as core from '@actions/core'
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jest } from '@jest/globals'
import { checkPlugins, IMSCP_RELEASES, publishAnnotations, renderSummary, toSarif, type GateReport } from '../../src/products/imscp/plugin-gate/index.js'

const CORPUS = join(process.cwd(), '__tests__/fixtures/imscp-plugins')
const RELEASES = [...IMSCP_RELEASES]

let report: GateReport
beforeAll(async () => {
  report = await checkPlugins({ pluginPath: CORPUS, releases: RELEASES, workspace: process.cwd() })
})

/** Runs `fn` and returns what it wrote to stdout (where @actions/core writes workflow commands). */
function stdoutOf(fn: () => void): string {
  let out = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString()
    return true
  })
  try {
    fn()
  } finally {
    spy.mockRestore()
  }
  return out
}

describe('job summary table', () => {
  it('has a header of releases and one row per plugin with its verdicts', () => {
    const rows = renderSummary(report)
    expect(rows[0]).toEqual(['Plugin', 'Every release', 'i-MSCP 1.2.0 (API 0.2.15)', 'i-MSCP 1.2.1 (API 0.2.16)', 'i-MSCP 1.2.2 (API 0.2.17)', 'i-MSCP 1.2.3 (API 1.0.0)'])
    expect(rows).toHaveLength(report.plugins.length + 1)
    const newer = rows.find((r) => r[0] === 'NewerApi 1.0.0')!
    expect(newer.slice(1, 5)).toEqual(['-', '✅ accepted', '✅ accepted', '✅ accepted'])
    expect(newer[5]).toMatch(/^❌ refused: require_api &#34;1.0.1&#34; is newer/)
  })

  it('shows a finding that holds on every release once, in the plugin\'s own cell, and only what differs per release', () => {
    const rows = renderSummary(report)
    const missing = rows.find((r) => r[0] === 'MissingKeys')!
    const warnings = report.findings.filter((f) => f.plugin === 'MissingKeys' && f.level === 'warning')
    expect(warnings.length).toBeGreaterThanOrEqual(3)
    expect(warnings.every((f) => f.releases.length === 4)).toBe(true)
    expect(missing[1]!.split('<br>')).toHaveLength(warnings.length)
    expect(missing[1]).toMatch(/^⚠️ info.php has no &#39;email&#39;|^⚠️ info.php has no/)
    for (const f of warnings) expect(rows.flat().join('\n').split(f.message.slice(0, 30).replace(/'/g, '&#39;').replace(/"/g, '&#34;')).length - 1).toBe(1)
    expect(missing.slice(2)).toEqual(['⚠️ accepted with warnings', '⚠️ accepted with warnings', '⚠️ accepted with warnings', '⚠️ accepted with warnings'])
  })

  it('lists every reason of a refused cell', () => {
    const rows = renderSummary(report)
    const selfCheck = rows.find((r) => r[0].startsWith('SelfCheckElse'))!
    const reasons = report.verdicts.find((v) => v.plugin === 'SelfCheckElse' && v.release === '1.2.3')!.reasons
    expect(reasons).toHaveLength(2)
    expect(selfCheck[5]!.replace(/^❌ refused: /, '').split('<br>')).toHaveLength(2)
    expect(selfCheck[5]).toMatch(/^❌ refused: info.php has no require_api.*<br>getPluginApiVersion\(\) was renamed/)
    const broken = rows.find((r) => r[0].startsWith('BrokenSyntax'))!
    expect(broken.slice(2)).toEqual(['❌ refused', '❌ refused', '❌ refused', '❌ refused'])
    expect(broken[1]).toMatch(/^❌ info.php is not valid PHP/)
  })

  it('has no "every release" column for one release', () => {
    const one = { ...report, releases: report.releases.slice(3), verdicts: report.verdicts.filter((v) => v.release === '1.2.3'), findings: report.findings.map((f) => ({ ...f, releases: f.releases.filter((r) => r === '1.2.3') })) }
    const rows = renderSummary(one)
    expect(rows[0]).toEqual(['Plugin', 'i-MSCP 1.2.3 (API 1.0.0)'])
    expect(rows.find((r) => r[0] === 'MissingKeys')![1]).toMatch(/^⚠️ accepted with warnings: info.php has no &#34;email&#34; key.*<br>.*<br>/)
  })
})

describe('SARIF', () => {
  it('is a SARIF 2.1.0 log with a rule per id and a located result per finding', () => {
    interface Result {
      ruleId: string
      ruleIndex: number
      level: string
      message: { text: string }
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>
    }
    const sarif = toSarif(report) as { version: string; runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string }> } }; results: Result[] }> }
    expect(sarif.version).toBe('2.1.0')
    const [run] = sarif.runs
    expect(run!.tool.driver.name).toMatch(/plugin gate/)
    expect(run!.results).toHaveLength(report.findings.length)
    const ids = run!.tool.driver.rules.map((r) => r.id)
    for (const [i, result] of run!.results.entries()) {
      const finding = report.findings[i]!
      expect(ids[result.ruleIndex]).toBe(result.ruleId)
      expect(result.level).toBe({ error: 'error', warning: 'warning', notice: 'note' }[finding.level])
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(finding.file)
      expect(result.locations[0].physicalLocation.region.startLine).toBe(finding.line)
      expect(result.message.text).toContain(finding.message)
    }
    const perl = run!.results.find((r) => r.ruleId === 'removed-perl-module')!
    expect(perl.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '__tests__/fixtures/imscp-plugins/PerlHooks/backend/PerlHooks.pm', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 5 }
    })
  })
})

describe('annotations', () => {
  it('issues one workflow command per finding with file, line and title, errors first', () => {
    const out = stdoutOf(() => publishAnnotations(report, core))
    const lines = out.split('\n').filter(Boolean)
    expect(lines).toHaveLength(report.findings.length)
    const levels = lines.map((l) => /^::(error|warning|notice) /.exec(l)?.[1])
    expect(levels.every(Boolean)).toBe(true)
    expect(levels.lastIndexOf('error')).toBeLessThan(levels.indexOf('warning'))
    expect(lines).toContain('::error title=NewerApi%3A require-api-newer (i-MSCP 1.2.3),file=__tests__/fixtures/imscp-plugins/NewerApi/info.php,line=9::' +
      'require_api "1.0.1" is newer than the plugin API 1.0.0 of i-MSCP 1.2.3: i-MSCP 1.2.3 refuses the plugin ("The NewerApi plugin version … is not compatible with your i-MSCP version.")')
  })

  it('cannot be made to start a workflow command by plugin text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plugin-gate-evil-'))
    const name = 'Evil\n::error::injected'
    try {
      cpSync(join(CORPUS, 'HelloWorld'), join(dir, name), { recursive: true })
      renameSync(join(dir, name, 'HelloWorld.php'), join(dir, name, `${name}.php`))
      writeFileSync(join(dir, name, 'info.php'), [
        '<?php',
        'return array(',
        "  'version' => \"0.1\\n::warning::injected\",",
        "  'require_api' => \"9.0\\n::set-output name=x::y\",",
        "  'author' => 'a', 'email' => 'e', 'date' => 'd', 'name' => 'n', 'desc' => 'd', 'url' => 'u',",
        ');'
      ].join('\n'))
      const evil = await checkPlugins({ pluginPath: dir, releases: RELEASES, workspace: dir })
      expect(evil.verdicts.find((v) => v.release === '1.2.3')!.verdict).toBe('refused')
      const out = stdoutOf(() => publishAnnotations(evil, core))
      const lines = out.split('\n').filter(Boolean)
      expect(lines).toHaveLength(evil.findings.length)
      for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) title=Evil___error__injected%3A /)
      expect(out).toContain('The Evil\\u000a::error::injected plugin version')
      expect(out).not.toMatch(/^::(set-output|warning::injected|error::injected)/m)
      const cells = renderSummary(evil).flat()
      expect(cells.join('')).not.toMatch(/[<>]/)
    } finally {
      rmSync(dir, { recursive: true })
    }
  })
})
