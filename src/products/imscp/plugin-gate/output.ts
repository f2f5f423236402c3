/** The gate's report as a job-summary table, as workflow annotations and as SARIF 2.1.0. */
import type { FindingLevel, GateFinding, GateReport, RuleId, Verdict } from './types.js'

const ICON: Record<Verdict, string> = { accepted: '✅ accepted', 'accepted-with-warnings': '⚠️ accepted with warnings', refused: '❌ refused' }

/** core.summary.addTable() writes cell text into HTML as it is; plugin names and messages are plugin text. */
function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function short(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

const MARK: Record<FindingLevel, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

/**
 * Plugin × release table for core.summary.addTable(): the first row is the header, cells are
 * HTML-escaped text. With several releases, an error or warning that holds on every one is
 * shown once, in its plugin's "every release" cell; a release's cell shows its verdict and
 * every reason of its own.
 */
export function renderSummary(report: GateReport): string[][] {
  const shared = report.releases.length > 1
  const everywhere = (f: GateFinding) => shared && f.level !== 'notice' && f.releases.length === report.releases.length
  const lines = (items: string[]) => items.map((t) => html(short(t))).join('<br>')
  const header = ['Plugin', ...(shared ? ['Every release'] : []), ...report.releases.map((r) => `i-MSCP ${r.version} (API ${r.pluginApi})`)]
  const rows = report.plugins.map((p) => {
    const common = report.findings.filter((f) => f.plugin === p.name && everywhere(f))
    const commonMessages = new Set(common.map((f) => f.message))
    const cells = report.releases.map((r) => {
      const v = report.verdicts.find((x) => x.plugin === p.name && x.release === r.version)!
      const own = v.reasons.filter((m) => !commonMessages.has(m))
      return `${html(ICON[v.verdict])}${own.length ? `: ${lines(own)}` : ''}`
    })
    const commonCell = common.length ? lines(common.map((f) => `${MARK[f.level]} ${f.message}`)) : '-'
    return [html(p.version ? `${p.name} ${p.version}` : p.name), ...(shared ? [commonCell] : []), ...cells]
  })
  return [header.map(html), ...rows]
}

/** The part of @actions/core the annotations need. */
export interface AnnotationProperties { title?: string; file?: string; startLine?: number; startColumn?: number }
export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void
  warning(message: string, properties: AnnotationProperties): void
  notice(message: string, properties: AnnotationProperties): void
}

/** Titles are built from our own words and a plugin name reduced to plain characters. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60)
}

/**
 * One annotation per finding, on the plugin's file and line, errors first (GitHub shows a
 * limited number per step). core encodes the message and properties of the workflow command;
 * messages hold plugin text only quoted (newlines escaped), so nothing can start a '::' line.
 */
export function publishAnnotations(report: GateReport, sink: AnnotationSink): void {
  const order: FindingLevel[] = ['error', 'warning', 'notice']
  const findings = [...report.findings].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))
  for (const f of findings) {
    const title = `${safeName(f.plugin)}: ${f.rule} (i-MSCP ${f.releases.join(', ')})`
    sink[f.level](f.message, { title, file: f.file, startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) })
  }
}

/** What each rule means, for SARIF's rule metadata (shown by code scanning). */
export const RULES: Record<RuleId, string> = {
  'info-php-syntax': 'info.php is not valid PHP',
  'info-php-not-array': 'info.php does not return an array',
  'info-php-not-static': 'A value in info.php cannot be read without running code',
  'info-php-runs-code': 'info.php runs code before returning its array',
  'info-php-output': 'info.php prints text when it is read',
  'info-php-missing-key': 'info.php lacks a key the plugin manager reads',
  'info-php-bad-value': 'A key of info.php has a value of the wrong type',
  'main-class-missing': 'The plugin has no main class file <Name>/<Name>.php',
  'file-not-read': 'A file of the plugin was not read: a link out of plugin-path or the workspace, a FIFO, device or socket, or too large',
  'php-syntax': 'A PHP file of the plugin is not valid PHP',
  'require-api-missing': 'i-MSCP 1.2.3 refuses plugins without require_api',
  'require-api-newer': 'The plugin requires a newer plugin API than the release has',
  downgrade: 'i-MSCP 1.2.3 refuses what it sees as a downgrade of an installed plugin',
  'downgrade-string-compare': 'i-MSCP 1.2.3 compares plugin versions as strings, not as versions',
  'self-check': "The plugin's own minimum-API check",
  'removed-accessor': 'The plugin API version accessor does not exist in this release',
  'removed-perl-module': 'iMSCP::HooksManager does not exist from i-MSCP 1.2.3 on'
}

const SARIF_LEVEL: Record<FindingLevel, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' }

function sarifResult(f: GateFinding, ruleIndex: number): Record<string, unknown> {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: SARIF_LEVEL[f.level],
    message: { text: `${f.plugin} on i-MSCP ${f.releases.join(', ')}: ${f.message}` },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: f.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
        region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) }
      }
    }],
    properties: { plugin: f.plugin, releases: f.releases }
  }
}

/** SARIF 2.1.0 log for github/codeql-action/upload-sarif; paths are relative to the workspace. */
export function toSarif(report: GateReport, toolVersion = '0.1.0'): Record<string, unknown> {
  const ids = Object.keys(RULES) as RuleId[]
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'hostpanel-action i-MSCP plugin gate',
          version: toolVersion,
          rules: ids.map((id) => ({ id, name: id, shortDescription: { text: RULES[id] } }))
        }
      },
      originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository checkout (GITHUB_WORKSPACE)' } } },
      results: report.findings.map((f) => sarifResult(f, ids.indexOf(f.rule)))
    }]
  }
}
