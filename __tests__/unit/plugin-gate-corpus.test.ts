/**
 * The i-MSCP plugin gate on a corpus of sample plugins written for these tests: each folder
 * under __tests__/fixtures/imscp-plugins has an expected.json with its verdict per release,
 * its findings (level, rule, file:line[:column], releases) and, for some, update scenarios.
 * info.php is also read by the real PHP (php-cli), which must agree with the static reading.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInfoPhp } from '../../src/products/imscp/plugin-gate/info-php.js'
import { checkPlugins, IMSCP_RELEASES, type GateReport } from '../../src/products/imscp/plugin-gate/index.js'
import { PhpArray, phpFloat, type PhpValue } from '../../src/products/imscp/plugin-gate/php-static.js'

const CORPUS = join(process.cwd(), '__tests__/fixtures/imscp-plugins')
const RELEASES = [...IMSCP_RELEASES]

type FindingRow = [string, string, string, string[]]
interface Expected {
  verdicts: Record<string, string>
  findings: FindingRow[]
  php: 'same' | 'rejects' | 'skip'
  scenarios?: Array<{ previousPluginVersion: string; verdicts: Record<string, string>; findings: FindingRow[] }>
}

const names = readdirSync(CORPUS).filter((n) => existsSync(join(CORPUS, n, 'expected.json'))).sort()
const expected = (name: string): Expected => JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8'))

function verdictsOf(report: GateReport, plugin: string): Record<string, string> {
  return Object.fromEntries(report.verdicts.filter((v) => v.plugin === plugin).map((v) => [v.release, v.verdict]))
}

function findingsOf(report: GateReport, plugin: string): FindingRow[] {
  return report.findings
    .filter((f) => f.plugin === plugin)
    .map((f): FindingRow => [f.level, f.rule, `${f.file.slice(plugin.length + 1)}:${f.line}${f.column ? `:${f.column}` : ''}`, f.releases])
}

describe('plugin gate on the corpus', () => {
  let report: GateReport
  const sideEffect = join(CORPUS, 'SideEffects', 'side-effect-ran.txt')

  beforeAll(async () => {
    rmSync(sideEffect, { force: true })
    report = await checkPlugins({ pluginPath: CORPUS, releases: RELEASES, workspace: CORPUS })
  })

  it('finds every sample plugin, in name order, and checks every requested release', () => {
    expect(report.plugins.map((p) => p.name)).toEqual(names)
    expect(report.releases.map((r) => r.version)).toEqual(['1.2.0', '1.2.1', '1.2.2', '1.2.3'])
    expect(report.verdicts).toHaveLength(names.length * 4)
    expect(names.length).toBeGreaterThanOrEqual(19)
  })

  it.each(names)('%s: verdict per release and findings as expected', (name) => {
    const want = expected(name)
    expect(verdictsOf(report, name)).toEqual(want.verdicts)
    expect(findingsOf(report, name)).toEqual(want.findings)
  })

  it('covers every verdict and is incompatible as a whole', () => {
    const seen = new Set(report.verdicts.map((v) => v.verdict))
    expect([...seen].sort()).toEqual(['accepted', 'accepted-with-warnings', 'refused'])
    expect(report.compatible).toBe(false)
  })

  it('gives reasons for every refusal, and the error behind it', () => {
    const refused = report.verdicts.filter((v) => v.verdict === 'refused')
    for (const v of refused) {
      expect(v.reasons.length).toBeGreaterThan(0)
      const errors = report.findings.filter((f) => f.plugin === v.plugin && f.level === 'error' && f.releases.includes(v.release))
      expect(errors.map((f) => f.message)).toEqual(v.reasons)
    }
  })

  it('never runs plugin code: the side-effect file of SideEffects/info.php is not written', () => {
    expect(existsSync(sideEffect)).toBe(false)
    expect(report.findings.filter((f) => f.plugin === 'SideEffects').map((f) => f.message).join('\n')).toMatch(/call to file_put_contents\(\)/)
  })

  it('reports paths relative to the workspace', async () => {
    const fromRepo = await checkPlugins({ pluginPath: join(CORPUS, 'NewerApi'), releases: RELEASES, workspace: process.cwd() })
    expect(fromRepo.plugins).toEqual([{ name: 'NewerApi', dir: '__tests__/fixtures/imscp-plugins/NewerApi', version: '1.0.0', requireApi: '1.0.1' }])
    expect(fromRepo.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['__tests__/fixtures/imscp-plugins/NewerApi/info.php:9'])
  })

  it('explains the 1.2.3 refusal of a missing require_api (99.0.0) and of a newer one', () => {
    const messages = (plugin: string) => report.findings.filter((f) => f.plugin === plugin).map((f) => f.message)
    expect(messages('NoRequireApi')[0]).toMatch(/no require_api: i-MSCP 1.2.3 takes 99.0.0/)
    expect(messages('NewerApi')[0]).toMatch(/"1.0.1" is newer than the plugin API 1.0.0 of i-MSCP 1.2.3/)
    expect(messages('SelfCheckOld')).toContain('the plugin\'s own API check version_compare(API, "0.2.16", \'<\') in checkCompat() stops the plugin on plugin API 0.2.15: the plugin refuses itself on i-MSCP 1.2.0')
  })
})

describe('update scenarios (1.2.3 downgrade rule)', () => {
  const cases = names.flatMap((name) => (expected(name).scenarios ?? []).map((s) => ({ name, ...s })))

  it.each(cases)('$name from $previousPluginVersion', async ({ name, previousPluginVersion, verdicts, findings }) => {
    const report = await checkPlugins({ pluginPath: join(CORPUS, name), releases: RELEASES, previousPluginVersion, workspace: CORPUS })
    expect(report.previousPluginVersion).toBe(previousPluginVersion)
    expect(verdictsOf(report, name)).toEqual(verdicts)
    expect(findingsOf(report, name)).toEqual(findings)
  })

  it('explains the string comparison quirk: 0.0.9 to 0.0.10 is a downgrade to 1.2.3', async () => {
    const report = await checkPlugins({ pluginPath: join(CORPUS, 'Versioned'), releases: RELEASES, previousPluginVersion: '0.0.9', workspace: CORPUS })
    const quirk = report.findings.find((f) => f.rule === 'downgrade-string-compare')!
    expect(quirk.message).toMatch(/PHP's `>` on the two version strings, not with version_compare\(\)/)
    expect(quirk.message).toMatch(/byte by byte/)
    const numeric = await checkPlugins({ pluginPath: join(CORPUS, 'NumericVersion'), releases: RELEASES, previousPluginVersion: '1.5', workspace: CORPUS })
    expect(numeric.findings.find((f) => f.rule === 'downgrade-string-compare')!.message).toMatch(/both are numbers to PHP, and 1.5 > 1.10 as numbers/)
  })
})

describe('plugin discovery', () => {
  it('takes one plugin folder or a folder of plugins, and refuses a folder without any', async () => {
    const one = await checkPlugins({ pluginPath: join(CORPUS, 'HelloWorld'), releases: RELEASES, workspace: CORPUS })
    expect(one.plugins.map((p) => p.name)).toEqual(['HelloWorld'])
    expect(one.compatible).toBe(true)
    const empty = mkdtempSync(join(tmpdir(), 'plugin-gate-'))
    try {
      await expect(checkPlugins({ pluginPath: empty, releases: RELEASES, workspace: empty })).rejects.toThrow(/no i-MSCP plugin/)
    } finally {
      rmSync(empty, { recursive: true })
    }
  })

  it('judges only the requested releases', async () => {
    const old = await checkPlugins({ pluginPath: join(CORPUS, 'NoRequireApi'), releases: RELEASES.slice(0, 3), workspace: CORPUS })
    expect(old.compatible).toBe(true)
    expect(old.verdicts.map((v) => v.verdict)).toEqual(['accepted', 'accepted', 'accepted'])
  })
})

/** PHP's var_export() output (PHP 8), as bytes in a latin1 string, to compare with the real one. */
function varExport(value: PhpValue, level = 1): string {
  const quote = (s: string) => `'${s.replace(/[\\']/g, '\\$&').replace(/\0/g, '\' . "\\0" . \'')}'`
  if (value === null) return 'NULL'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'number') {
    const text = phpFloat(value, 17, true)
    return Number.isFinite(value) && !/[.eE]/.test(text) ? `${text}.0` : text
  }
  if (typeof value === 'string') return quote(value)
  const pad = (n: number) => ' '.repeat(n)
  let out = level > 1 ? `\n${pad(level - 1)}array (\n` : 'array (\n'
  for (const [k, v] of (value as PhpArray).entries) {
    out += `${pad(level + 1)}${typeof k === 'bigint' ? k.toString() : quote(k)} => ${varExport(v, level + 2)},\n`
  }
  return `${out}${level > 1 ? pad(level - 1) : ''})`
}

const hasPhp = spawnSync('php', ['-v']).status === 0
const phpNames = names.filter((n) => expected(n).php !== 'skip')

describe(hasPhp ? 'info.php read statically agrees with php-cli' : 'info.php cross-check with php-cli (SKIPPED: php-cli is not installed; apt-get install php-cli)', () => {
  const run = hasPhp ? it.each(phpNames) : it.skip.each(phpNames)

  run('%s', (name) => {
    // Work on a copy so that nothing the real PHP might do touches the corpus.
    const dir = mkdtempSync(join(tmpdir(), 'plugin-gate-php-'))
    try {
      cpSync(join(CORPUS, name, 'info.php'), join(dir, 'info.php'))
      const read = readInfoPhp(readFileSync(join(dir, 'info.php')))
      const unset = [...read.unreadable.keys()].map((k) => `unset($v[${JSON.stringify(k)}]);`).join(' ')
      const code = `ob_start(); $v = include 'info.php'; ob_end_clean(); ${unset} var_export($v);`
      const php = spawnSync('php', ['-d', 'display_errors=stderr', '-r', code], { cwd: dir })
      if (expected(name).php === 'rejects') {
        expect(read.info).toBeUndefined()
        expect(php.status).not.toBe(0)
        expect(php.stderr.toString()).toMatch(/syntax error/)
        return
      }
      expect(php.status).toBe(0)
      const ours = read.info ?? (read.issues.some((i) => i.rule === 'info-php-not-array') ? undefined : null)
      if (ours === undefined) {
        // A non-array return: PHP gives the scalar, the gate refused it; both agree it is no array.
        expect(php.stdout.toString()).not.toMatch(/^array \(/)
        return
      }
      expect(php.stdout.toString('latin1')).toBe(varExport(ours!))
    } finally {
      rmSync(dir, { recursive: true })
    }
  })

  it('var_export emulation matches php on tricky scalars', () => {
    if (!hasPhp) return
    const out = execFileSync('php', ['-r', 'var_export([1.0, 1500.0, 0.1, 1e25, 1e17, 0.00001, -0.0, 123456789012345678, "a\'b\\\\c"]);']).toString('latin1')
    const array = new PhpArray()
    for (const v of [1.0, 1500.0, 0.1, 1e25, 1e17, 0.00001, -0.0, 123456789012345678n, "a'b\\c"]) array.set(undefined, v, 1)
    expect(out).toBe(varExport(array))
  })
})
