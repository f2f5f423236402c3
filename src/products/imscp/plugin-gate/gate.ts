/**
 * The i-MSCP plugin compatibility gate: for every plugin found and every requested release,
 * would the plugin manager accept the plugin, and would its code still run? The rules are the
 * releases' own (research, sections 2 and 5): 1.2.0-1.2.2 check nothing but a plugin may
 * refuse itself; 1.2.3 refuses a missing or newer require_api and "downgrades" judged by PHP's
 * `>` on strings, and renamed the API accessor and dropped iMSCP::HooksManager.
 */
import { readdirSync, statSync } from 'node:fs'
import { basename, extname, join, relative, resolve, sep } from 'node:path'
import { CODE_LIMIT, INFO_LIMIT, NotRead, boundsOf, entriesUnder, entryExists, probe, readProbed, readWhole, type Bounds } from './files.js'
import { INFO_KEYS, quote, readInfoPhp, type InfoPhp } from './info-php.js'
import { NEW_ACCESSOR, OLD_ACCESSOR, contains, evaluate, findAccessorCalls, findSelfChecks, residual, type AccessorCall, type PathCondition, type SelfCheck, type Stop } from './php-checks.js'
import { phpCompareStrings, phpNumericString, versionCompare, versionCompareWith } from './php-compare.js'
import { PhpArray, PhpSyntaxError, bytesToText, escapeControls, parsePhpCode, phpToString, type PhpNode } from './php-static.js'
import { scanPerl, type PerlHit } from './perl-scan.js'
import type { FindingLevel, GateFinding, GatePlugin, GateRelease, GateReport, PluginReleaseVerdict, RuleId } from './types.js'

export interface CheckPluginsOptions {
  /** One plugin folder (it has info.php) or a folder of plugin folders. */
  pluginPath: string
  releases: GateRelease[]
  /** The version the plugin is updated from, as 1.2.3's downgrade check sees it. */
  previousPluginVersion?: string
  /** Finding paths are relative to this; defaults to GITHUB_WORKSPACE, else the current directory. */
  workspace?: string
}

/** A finding before it is known for which releases it holds. */
interface Issue {
  level: FindingLevel
  rule: RuleId
  file: string
  line: number
  column?: number
  message: string
}

/** `source` is the file as latin1 text: php-parser's offsets index it. */
interface PhpFile { file: string; source: string; program?: PhpNode; syntax?: PhpSyntaxError; onlyPhp5?: PhpSyntaxError }

interface Plugin {
  name: string
  dir: string
  info: InfoPhp
  infoFile: string
  mainClass: PhpFile | undefined
  mainClassFile: string
  phpFiles: PhpFile[]
  accessorCalls: Array<AccessorCall & { file: string }>
  /** The main class file exists but was not read (a link that leaves, a FIFO, too large): named by fileIssues. */
  mainClassNotRead: boolean
  selfChecks: { checks: SelfCheck[]; stops: Stop[] }
  perlHits: Array<PerlHit & { file: string }>
  /** Files that were not read, and why. */
  fileIssues: Issue[]
}

/** In code the package name; in strings the file that `require` would load. */
const HOOKS_MANAGER = { code: /\biMSCP::HooksManager\b/, strings: /\biMSCP\/HooksManager\.pm\b/ }

/** Features that changed with 1.2.3 are tied to the release itself, not to the manager flag. */
function from123(release: GateRelease): boolean {
  return versionCompare(release.version, '1.2.3') >= 0
}

/** The plugin folders: plugin-path itself when it has an info.php, else its real sub-folders that have one. */
function findPluginDirs(pluginPath: string, bounds: Bounds): { dirs: string[]; links: string[] } {
  const root = bounds.root
  if (entryExists(join(root, 'info.php'))) return { dirs: [root], links: [] }
  const entries = readdirSync(root, { withFileTypes: true })
  const dirs = entries.filter((d) => d.isDirectory() && entryExists(join(root, d.name, 'info.php'))).map((d) => join(root, d.name)).sort()
  // A linked plugin folder is never entered; one that leaves is named (below), one inside is read where it is.
  const links = entries.filter((d) => d.isSymbolicLink()).map((d) => join(root, d.name)).sort()
  if (dirs.length === 0 && links.length === 0) throw new Error(`no i-MSCP plugin in ${pluginPath}: neither it nor any folder in it has an info.php`)
  return { dirs, links }
}

function isPerlName(path: string): boolean {
  const ext = extname(path)
  return ext === '.pl' || ext === '.pm' || ext === ''
}

function isPerl(path: string, head: Buffer): boolean {
  if (extname(path) !== '') return true
  const text = head.toString('latin1')
  return /^#!\S*perl/.test(text) || /^#!\S*env\s+perl/.test(text)
}

const EMPTY_INFO: InfoPhp = { unreadable: new Map(), returnLine: 1, issues: [] }

/** A link in a folder of plugins that may be a plugin: it leads to a folder (only its type is looked at). */
function linksToFolder(link: string): boolean {
  try {
    return statSync(link).isDirectory()
  } catch {
    return false
  }
}

/** A linked plugin folder that leads out: not read at all, only the finding that says why. */
function unreadPlugin(link: string, problem: NotRead): Plugin {
  const hint = problem.reason === 'leaves' ? ' (set plugin-path to the folder itself to check it)' : ''
  return { name: basename(link), dir: link, info: EMPTY_INFO, infoFile: link, mainClass: undefined, mainClassFile: link, mainClassNotRead: true, phpFiles: [], accessorCalls: [], selfChecks: { checks: [], stops: [] }, perlHits: [], fileIssues: [{ level: 'error', rule: 'file-not-read', file: link, line: 1, message: `the plugin folder ${escapeControls(basename(link))} ${problem.why}${hint}` }] }
}

function analyse(dir: string, bounds: Bounds): Plugin {
  const name = basename(dir)
  const infoFile = join(dir, 'info.php')
  const mainClassFile = join(dir, `${name}.php`)
  const fileIssues: Issue[] = []
  const essential = (path: string) => path === infoFile || path === mainClassFile
  const notRead = (path: string, problem: NotRead): void => {
    const what = path === infoFile ? 'info.php' : path === mainClassFile ? 'the main class' : 'this file'
    // Out of the workspace is hostile; a link to a folder inside the plugin is walked where it leads.
    const level = problem.reason === 'outside' || essential(path) ? 'error' : problem.reason === 'folder' ? 'notice' : 'warning'
    fileIssues.push({ level, rule: 'file-not-read', file: path, line: 1, message: `${what} (${escapeControls(relative(dir, path))}) ${problem.why}` })
  }
  const read = (path: string, limit: number): Buffer | undefined => {
    try {
      return readWhole(probe(path, bounds), limit)
    } catch (e) {
      if (!(e instanceof NotRead)) throw e
      notRead(path, e)
      return undefined
    }
  }

  const phpFiles: PhpFile[] = []
  const perlFiles: Array<{ file: string; text: string }> = []
  let mainClassLink = false
  for (const path of entriesUnder(dir)) {
    if (path === infoFile) continue
    const php = extname(path) === '.php'
    let file
    try {
      file = probe(path, bounds)
    } catch (e) {
      if (!(e instanceof NotRead)) throw e
      // Files the gate would not read anyway are named only when they are special or lead out.
      if (php || isPerlName(path) || e.reason === 'outside' || e.reason === 'leaves' || e.reason === 'special') notRead(path, e)
      continue
    }
    if (php) {
      const source = read(path, CODE_LIMIT)
      if (source) phpFiles.push(parseFile(path, source))
      if (path === mainClassFile) mainClassLink = file.link
    } else if (isPerlName(path) && isPerl(path, readProbed(file, 128))) {
      const source = read(path, CODE_LIMIT)
      if (source) perlFiles.push({ file: path, text: source.toString('latin1') })
    }
  }
  const infoSource = read(infoFile, INFO_LIMIT)
  const mainClass = phpFiles.find((f) => f.file === mainClassFile)
  if (mainClass && mainClassLink) {
    fileIssues.push({ level: 'notice', rule: 'file-not-read', file: mainClassFile, line: 1, message: `the main class ${escapeControls(name)}.php is a symbolic link (to a file inside the plugin); it was read through the link` })
  }
  return {
    name,
    dir,
    info: infoSource ? readInfoPhp(infoSource) : EMPTY_INFO,
    infoFile,
    mainClass,
    mainClassFile,
    mainClassNotRead: !mainClass && entryExists(mainClassFile),
    phpFiles,
    accessorCalls: phpFiles.flatMap((f) => (f.program ? findAccessorCalls(f.program).map((c) => ({ ...c, file: f.file })) : [])),
    selfChecks: mainClass?.program ? findSelfChecks(mainClass.program) : { checks: [], stops: [] },
    perlHits: perlFiles.flatMap((f) => scanPerl(f.text, HOOKS_MANAGER.code, HOOKS_MANAGER.strings).map((h) => ({ ...h, file: f.file }))),
    fileIssues
  }
}

function parseFile(path: string, source: Buffer): PhpFile {
  try {
    const { program, modern } = parsePhpCode(source, basename(path))
    return { file: path, source: source.toString('latin1'), program, ...(modern ? { onlyPhp5: modern } : {}) }
  } catch (e) {
    if (e instanceof PhpSyntaxError) return { file: path, source: '', syntax: e }
    throw e
  }
}

function keyLine(info: InfoPhp, key: string): number {
  return info.info?.lines.get(key) ?? info.returnLine
}

/** Findings of info.php and the main class that hold whatever the release. */
function everyRelease(p: Plugin): Issue[] {
  const issues: Issue[] = [...p.fileIssues, ...p.info.issues.map((i) => ({ ...i, file: p.infoFile }))]
  if (!p.mainClass && !p.mainClassNotRead) {
    issues.push({ level: 'error', rule: 'main-class-missing', file: p.infoFile, line: 1, message: `the main class file ${escapeControls(p.name)}/${escapeControls(p.name)}.php is missing: the plugin manager cannot load the plugin` })
  }
  for (const f of p.phpFiles.filter((x) => x.syntax)) {
    const main = f === p.mainClass
    issues.push({
      level: main ? 'error' : 'warning',
      rule: 'php-syntax',
      file: f.file,
      line: f.syntax!.line,
      column: f.syntax!.column,
      message: `${main ? 'the main class is' : 'this file is'} not valid PHP (${f.syntax!.message}), neither for PHP 8 nor for PHP 5.6${main ? '' : '; it was not checked'}`
    })
  }
  for (const f of p.phpFiles.filter((x) => x.onlyPhp5)) {
    issues.push({
      level: 'notice',
      rule: 'php-syntax',
      file: f.file,
      line: f.onlyPhp5!.line,
      column: f.onlyPhp5!.column,
      message: `this file is PHP 5 only: PHP 7 and 8 refuse it (${f.onlyPhp5!.message}). i-MSCP 1.2.x ran PHP 5.3 to 5.6, which accepts it, so it is no refusal there; the gate checked it as PHP 5.6`
    })
  }
  const info = p.info.info
  if (!info) return issues
  for (const key of INFO_KEYS) {
    const value = info.get(key)
    if (key === 'require_api' || p.info.unreadable.has(key)) continue
    if (value === undefined) {
      const fallback = key === 'version' ? '; i-MSCP 1.2.3 takes 0.0.0' : ''
      issues.push({ level: 'warning', rule: 'info-php-missing-key', file: p.infoFile, line: p.info.returnLine, message: `info.php has no ${quote(key)} key (expected: ${INFO_KEYS.join(', ')})${fallback}` })
    } else if (value instanceof PhpArray && key !== 'author' && key !== 'email') {
      // Several authors (and their addresses) as arrays are common; the other keys are shown as text.
      issues.push({ level: 'warning', rule: 'info-php-bad-value', file: p.infoFile, line: keyLine(p.info, key), message: `info.php: ${quote(key)} is an array; the plugin manager expects text` })
    }
  }
  return issues
}

function requireApi(p: Plugin, release: GateRelease): Issue[] {
  const info = p.info.info
  if (!info || !release.managerChecksApi) return []
  const at = (line: number, level: FindingLevel, rule: RuleId, message: string): Issue[] => [{ level, rule, file: p.infoFile, line, message }]
  const refused = `i-MSCP ${release.version} refuses the plugin ("The ${escapeControls(p.name)} plugin version … is not compatible with your i-MSCP version.")`
  const unreadable = p.info.unreadable.get('require_api')
  if (unreadable) return at(unreadable.line, 'error', 'info-php-not-static', `require_api cannot be read statically (${unreadable.why}), so the gate cannot show that ${release.version} accepts the plugin`)
  const value = info.get('require_api')
  if (value === undefined) return at(p.info.returnLine, 'error', 'require-api-missing', `info.php has no require_api: i-MSCP 1.2.3 takes 99.0.0 for it, and ${refused}`)
  const line = keyLine(p.info, 'require_api')
  if (value === null) return at(line, 'error', 'require-api-missing', `require_api is null: ${refused}`)
  if (value instanceof PhpArray) return at(line, 'error', 'info-php-bad-value', `require_api is an array; it must be a version such as '1.0.0'`)
  const required = phpToString(value)
  if (versionCompareWith(release.pluginApi, required, '<')) {
    return at(line, 'error', 'require-api-newer', `require_api ${quote(bytesToText(required))} is newer than the plugin API ${release.pluginApi} of i-MSCP ${release.version}: ${refused}`)
  }
  return []
}

function downgrade(p: Plugin, release: GateRelease, previous: string | undefined): Issue[] {
  const info = p.info.info
  if (!info || !release.managerChecksApi || previous === undefined) return []
  const line = keyLine(p.info, 'version')
  const at = (level: FindingLevel, rule: RuleId, message: string): Issue => ({ level, rule, file: p.infoFile, line, message })
  if (p.info.unreadable.has('version')) return [at('warning', 'downgrade', 'version cannot be read statically, so the gate cannot judge the update from the previous version')]
  const value = info.get('version')
  if (value instanceof PhpArray) return [at('error', 'info-php-bad-value', 'version is an array; it must be text such as \'1.0.0\'')]
  // 1.2.3 fills a missing version with 0.0.0, then compares the old and new info with PHP's `>`.
  const next = value === undefined ? '0.0.0' : bytesToText(phpToString(value))
  const stringSaysOlder = phpCompareStrings(previous, next) === 1
  const reallyOlder = versionCompare(previous, next) === 1
  const from = `${quote(previous)} to ${quote(next)}`
  if (stringSaysOlder && reallyOlder) {
    return [at('error', 'downgrade', `version ${quote(next)} is older than the installed ${quote(previous)}: i-MSCP ${release.version} refuses the downgrade ("Plugin Manager: Downgrade of ${escapeControls(p.name)} plugin is not allowed.")`)]
  }
  if (stringSaysOlder) {
    const why = phpNumericString(previous) && phpNumericString(next)
      ? `both are numbers to PHP, and ${previous} > ${next} as numbers`
      : `PHP compares them as text, byte by byte, and the first difference decides`
    return [
      at('error', 'downgrade', `i-MSCP ${release.version} refuses the update from ${from} as a downgrade ("Plugin Manager: Downgrade of ${escapeControls(p.name)} plugin is not allowed.")`),
      at('warning', 'downgrade-string-compare', `i-MSCP 1.2.3 tests for a downgrade with PHP's \`>\` on the two version strings, not with version_compare(): ${why}. So ${from} counts as a downgrade (as 0.0.9 to 0.0.10 does). Pick a version that is greater both ways (for example a higher earlier part), or remove the old plugin before installing this one`)
    ]
  }
  if (reallyOlder) {
    return [at('notice', 'downgrade-string-compare', `version ${quote(next)} is older than ${quote(previous)} by version_compare(), but i-MSCP 1.2.3 compares the strings with \`>\` and lets this downgrade through`)]
  }
  return []
}

function accessorExists(accessor: string, release: GateRelease): boolean {
  return accessor === NEW_ACCESSOR ? from123(release) : !from123(release)
}

const ACCESSOR_GONE: Record<string, string> = {
  [OLD_ACCESSOR]: `${OLD_ACCESSOR}() was renamed ${NEW_ACCESSOR}() in i-MSCP 1.2.3`,
  [NEW_ACCESSOR]: `${NEW_ACCESSOR}() exists only from i-MSCP 1.2.3 on (before, it is ${OLD_ACCESSOR}())`
}

function codeUse(p: Plugin, release: GateRelease): Issue[] {
  const issues: Issue[] = []
  for (const call of p.accessorCalls.filter((c) => !accessorExists(c.accessor, release))) {
    issues.push(call.guarded
      ? { level: 'notice', rule: 'removed-accessor', file: call.file, line: call.line, column: call.column, message: `${ACCESSOR_GONE[call.accessor]}; this call is guarded by method_exists()/is_callable()` }
      : { level: 'error', rule: 'removed-accessor', file: call.file, line: call.line, column: call.column, message: `${ACCESSOR_GONE[call.accessor]}: PHP stops with a fatal error (call to undefined method) when this line runs` })
  }
  if (from123(release)) {
    for (const hit of p.perlHits) {
      issues.push({ level: 'error', rule: 'removed-perl-module', file: hit.file, line: hit.line, column: hit.column, message: `iMSCP::HooksManager no longer exists in i-MSCP 1.2.3 (it is iMSCP::EventManager): this Perl code does not compile there` })
    }
  }
  return [...issues, ...selfChecks(p, release)]
}

/** Plugin source text for a message: one line, short. */
function sourceText(p: Plugin, node: PhpNode): string {
  const [start, end] = [node.loc?.start.offset, node.loc?.end?.offset]
  if (start === undefined || end === undefined) return 'a condition'
  const text = p.mainClass!.source.slice(start, end).replace(/\s+/g, ' ')
  return escapeControls(text.length > 100 ? `${text.slice(0, 99)}…` : text)
}

/** A condition that must (not) hold, as ['when' | 'unless', X]; `a != b` that must hold reads "unless a is b". */
function describeCondition(p: Plugin, test: PhpNode, holds: boolean): ['when' | 'unless', string] {
  while (test.kind === 'unary' && test.type === '!') {
    test = test.what as PhpNode
    holds = !holds
  }
  if (test.kind === 'bin' && ['==', '===', '!=', '!==', '<>'].includes(String(test.type))) {
    const positive = String(test.type).startsWith('=') === holds
    return [positive ? 'when' : 'unless', `${sourceText(p, test.left as PhpNode)} is ${sourceText(p, test.right as PhpNode)}`]
  }
  return [holds ? 'when' : 'unless', sourceText(p, test)]
}

/** "when A and B unless C or D": the stop runs when every A holds and no C does. */
function describeConditions(parts: Array<['when' | 'unless', string]>): string {
  const when = parts.filter(([w]) => w === 'when').map(([, t]) => t)
  const unless = parts.filter(([w]) => w === 'unless').map(([, t]) => t)
  return [when.length ? `when ${when.join(' and ')}` : '', unless.length ? `unless ${unless.join(' or ')}` : ''].filter(Boolean).join(' ')
}

/**
 * The plugin's own stops, judged per release: a stop is the plugin refusing itself only when
 * every condition on its way is decided and an API check is among them; a stop that depends on
 * anything else (configuration, other plugins) is a notice saying on what.
 */
function selfChecks(p: Plugin, release: GateRelease): Issue[] {
  const { checks, stops } = p.selfChecks
  const file = p.mainClassFile
  const api = release.pluginApi
  const usable = checks.filter((c) => accessorExists(c.accessor, release))
  // A check through an accessor the release lacks is a fatal error there (removed-accessor), not a verdict.
  const gone = checks.filter((c) => c.node && !usable.includes(c))
  const known = new Map(usable.flatMap((c) => (c.node && c.holdsAt ? [[c.node, c.holdsAt(api)] as const] : [])))
  const holds = (c: PathCondition): boolean | undefined => {
    const value = evaluate(c.test, known, p.name)
    return value === undefined ? undefined : value === c.holds
  }
  const checkIn = (c: PathCondition) => usable.filter((k) => k.node && contains(c.test, k.node))
  const issues: Issue[] = []
  const refusing = new Set<SelfCheck>()
  const open = new Set<SelfCheck>()
  for (const stop of stops) {
    if (stop.path.some((c) => gone.some((g) => contains(c.test, g.node!)))) continue
    const values = stop.path.map(holds)
    if (values.includes(false)) continue
    const deciding = stop.path.flatMap(checkIn)
    const undecided = stop.path.filter((_, i) => values[i] === undefined)
    if (deciding.length > 0 && undecided.length === 0) {
      refusing.add(deciding[0]!)
      continue
    }
    for (const k of deciding) open.add(k)
    const where = `the plugin stops itself here (${stop.kind}${stop.method ? ` in ${stop.method}()` : ''})`
    const conditions = describeConditions(undecided.map((c) => describeCondition(p, residual(c.test, known, p.name), c.holds)))
    issues.push({
      level: 'notice',
      rule: 'self-check',
      file,
      line: stop.line,
      column: stop.column,
      message: deciding.length > 0
        ? `${where} ${conditions}: on these releases that depends on more than the plugin API, so the gate does not count it as a refusal`
        : `${where} ${conditions || 'whenever this code runs'}: that does not depend on the plugin API, so the gate does not count it as a refusal`
    })
  }
  for (const check of usable) {
    const where = `the plugin's own API check ${check.text}${check.method ? ` in ${check.method}()` : ''}`
    const at = { rule: 'self-check' as const, file, line: check.line, column: check.column }
    const guarded = stops.some((s) => s.path.some((c) => check.node && contains(c.test, check.node)))
    if (!check.node) issues.push({ ...at, level: 'notice', message: `${where}: the gate cannot follow what it does` })
    else if (refusing.has(check)) issues.push({ ...at, level: 'error', message: `${where} stops the plugin on plugin API ${api}: the plugin refuses itself on i-MSCP ${release.version}` })
    else if (!guarded) issues.push({ ...at, level: 'notice', message: `${where} is in the condition of no stopPropagation() or throw: the gate does not follow it through variables or into other methods` })
    else if (!open.has(check)) issues.push({ ...at, level: 'notice', message: `${where} passes` })
  }
  return issues
}

function verdictOf(plugin: string, release: string, issues: Issue[]): PluginReleaseVerdict {
  const errors = issues.filter((i) => i.level === 'error')
  const warnings = issues.filter((i) => i.level === 'warning')
  if (errors.length > 0) return { plugin, release, verdict: 'refused', reasons: errors.map((i) => i.message) }
  if (warnings.length > 0) return { plugin, release, verdict: 'accepted-with-warnings', reasons: warnings.map((i) => i.message) }
  return { plugin, release, verdict: 'accepted', reasons: [] }
}

function toPosix(workspace: string, path: string): string {
  return relative(workspace, path).split(sep).join('/') || '.'
}

export async function checkPlugins(o: CheckPluginsOptions): Promise<GateReport> {
  const workspace = resolve(o.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd())
  const bounds = boundsOf(o.pluginPath, workspace)
  const found = findPluginDirs(o.pluginPath, bounds)
  const plugins = [...found.dirs.map((d) => analyse(d, bounds)), ...found.links.filter(linksToFolder).flatMap((link) => {
    try {
      probe(link, bounds)
    } catch (e) {
      if (e instanceof NotRead && (e.reason === 'outside' || e.reason === 'leaves')) return [unreadPlugin(link, e)]
      if (!(e instanceof NotRead)) throw e
    }
    return []
  })]
  if (plugins.length === 0) throw new Error(`no i-MSCP plugin in ${o.pluginPath}: neither it nor any folder in it has an info.php`)
  const verdicts: PluginReleaseVerdict[] = []
  const merged = new Map<string, GateFinding>()
  for (const p of plugins) {
    const common = everyRelease(p)
    for (const release of o.releases) {
      const issues = [...common, ...requireApi(p, release), ...downgrade(p, release, o.previousPluginVersion), ...codeUse(p, release)]
      verdicts.push(verdictOf(p.name, release.version, issues))
      for (const issue of issues) {
        const finding: GateFinding = { plugin: p.name, releases: [], ...issue, file: toPosix(bounds.workspace, issue.file) }
        const key = JSON.stringify([finding.plugin, finding.level, finding.rule, finding.file, finding.line, finding.column, finding.message])
        const seen = merged.get(key) ?? finding
        seen.releases.push(release.version)
        merged.set(key, seen)
      }
    }
  }
  const findings = [...merged.values()].sort((a, b) => a.plugin.localeCompare(b.plugin) || a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule))
  const summary: GatePlugin[] = plugins.map((p) => {
    const scalar = (key: string) => {
      const v = p.info.info?.get(key)
      return v === undefined || v === null || v instanceof PhpArray ? undefined : bytesToText(phpToString(v))
    }
    return { name: p.name, dir: toPosix(bounds.workspace, p.dir), version: scalar('version'), requireApi: scalar('require_api') }
  })
  return {
    compatible: verdicts.every((v) => v.verdict !== 'refused'),
    plugins: summary,
    releases: o.releases,
    ...(o.previousPluginVersion !== undefined ? { previousPluginVersion: o.previousPluginVersion } : {}),
    verdicts,
    findings
  }
}
