/**
 * The run's results: JSON report, job summary, one error annotation, action outputs.
 * Host text is untrusted: it is escaped in the summary, blanked of secrets everywhere.
 */
import * as core from '@actions/core'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunResult, StepResult } from '../engine/runner.js'
import type { Settings } from '../settings/settings.js'
import { annotations } from './annotations.js'
import { html, safeLine } from './console.js'
import { checkOutputs, refusalMessage, type RefusedOutput } from './outputs.js'
import { secrets } from './redact.js'

export interface Report {
  product: string
  version: string
  release: string
  procedure: string
  target: string
  status: RunResult['status']
  changed: boolean
  outputs: Record<string, string>
  /** Values that did not fit their output's shape and were not set. */
  refusedOutputs: RefusedOutput[]
  /** Why panel-url is empty, when the product has no panel. */
  noPanel?: string
  /** What the runner saw when it asked for the panel URL itself. */
  panelFromRunner?: string
  crossed?: string[]
  failure?: RunResult['failure']
  steps: Array<Pick<StepResult, 'id' | 'title' | 'status' | 'phase' | 'message' | 'durationMs' | 'log' | 'warnings' | 'details' | 'artifacts'>>
  undo: Array<Pick<StepResult, 'id' | 'title' | 'status' | 'message' | 'durationMs' | 'log' | 'warnings' | 'details'>>
  facts: Record<string, string>
  logDir: string
  durationMs: number
}

export function buildReport(settings: Settings, targetLabel: string, result: RunResult, checked: { outputs: Record<string, string>; refused: RefusedOutput[] }, noPanel?: string): Report {
  return {
    product: settings.product,
    version: settings.version,
    release: settings.release,
    procedure: settings.procedure,
    target: targetLabel,
    status: result.status,
    changed: result.changed,
    outputs: checked.outputs,
    refusedOutputs: checked.refused,
    noPanel,
    crossed: result.crossed,
    failure: result.failure,
    steps: result.steps.map(({ id, title, status, phase, message, durationMs, log, warnings, details, artifacts }) => ({ id, title, status, phase, message, durationMs, log, warnings, details, artifacts })),
    undo: result.undo.map(({ id, title, status, message, durationMs, log, warnings, details }) => ({ id, title, status, message, durationMs, log, warnings, details })),
    facts: result.facts,
    logDir: result.logDir,
    durationMs: result.durationMs
  }
}

/** Writes JSON with every secret blanked, wherever in the structure it hides. */
export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, secrets.redact(`${JSON.stringify(value, null, 2)}\n`))
  return path
}

export function writeReport(report: Report): string {
  return writeJson(join(report.logDir, 'report.json'), report)
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

const ICON: Record<string, string> = { ok: '✅', skipped: '⏭️', failed: '❌', 'not run': '⚪', undone: '↩️', restored: '🔄', 'undo failed': '⚠️' }
const RESULT_ICON: Record<string, string> = { success: '✅', failed: '❌', cancelled: '⚪', planned: '📝' }

/** The start of a summary's headline, for host runs and runner tasks alike: result, what, where. */
export function headlineStart(status: string, what: string, where: string): string {
  return `${RESULT_ICON[status] ?? ''} <strong>${html(status)}</strong>: ${html(what)} on ${html(where)}`
}

/** A URL that passed its output's shape (no quotes or markup) as a link; the text escaped all the same. */
function link(url: string): string {
  return `<a href="${html(url)}">${html(url)}</a>`
}

/** How to keep the logs: the runner's folder is gone when the job ends. */
export const LOGS_HINT = 'upload the <code>log-dir</code> output with <code>actions/upload-artifact</code> (<code>path: ${{ steps.&lt;id&gt;.outputs.log-dir }}</code>, <code>if: always()</code>) to keep them'

/** Warns that a value was not set as an output (the value escaped, on one line). */
export function warnRefused(refused: RefusedOutput[]): void {
  for (const r of refused) annotations.warning(safeLine(refusalMessage(r)), { title: `output ${r.output} refused` })
}

/**
 * Sets the outputs (values blanked of secrets). Host and task values were checked before
 * the report was written; this checks every value again, so none is set without its shape.
 */
export function setOutputs(values: Record<string, string>, logDir: string): void {
  const { outputs, refused } = checkOutputs(values, logDir)
  warnRefused(refused)
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, secrets.redact(value))
}

/** Writes the job summary built by `fill`, with secrets blanked (nothing when not on a runner). */
export async function writeSummary(fill: (summary: typeof core.summary) => void): Promise<void> {
  fill(core.summary)
  if (process.env.GITHUB_STEP_SUMMARY) {
    const text = secrets.redact(core.summary.stringify())
    core.summary.emptyBuffer()
    await core.summary.addRaw(text).write()
  } else core.summary.emptyBuffer()
}

export async function publish(report: Report, reportPath: string): Promise<void> {
  setOutputs({ ...report.outputs, status: report.status, changed: String(report.changed), 'log-dir': report.logDir, report: reportPath }, report.logDir)
  warnRefused(report.refusedOutputs)

  annotations.place(reportPath)
  for (const step of report.steps) for (const warning of step.warnings) annotations.warning(safeLine(warning), { title: safeLine(step.title) })
  for (const undo of report.undo) for (const warning of undo.warnings) annotations.warning(safeLine(warning), { title: safeLine(`undo: ${undo.title}`) })
  if (report.failure) {
    annotations.annotate('error', safeLine(`${report.status}: ${report.failure.step}: ${report.failure.message} (log: ${report.failure.log})`), { title: `${report.product} ${report.procedure} ${report.status}` }, true)
  }

  // An undo's detail is why it failed, else what it reported (a restore's proof).
  const undoDetail = (u: Report['undo'][number]): string | undefined =>
    u.status === 'undo failed' ? u.message : Object.entries(u.details ?? {}).map(([key, value]) => `${key}: ${value}`).join('; ') || undefined
  // A successful run puts back only its temporary changes (the apt timers): as designed, not an undo.
  type Row = { status: string; title: string; message?: string; durationMs: number }
  const undoRow = (u: Report['undo'][number]): Row =>
    report.status === 'success' && u.status === 'undone'
      ? { ...u, status: 'restored', title: `put back: ${u.title}`, message: undoDetail(u) ?? 'a temporary change, put back as designed' }
      : { ...u, title: `undo: ${u.title}`, message: undoDetail(u) }
  const rows = [...report.steps, ...report.undo.map(undoRow)].map((s: Row) => [
    `${ICON[s.status] ?? ''} ${s.status}`,
    html(s.title),
    // an empty cell is written without its closing tag by core.summary
    s.message ? html(s.message) : '-',
    seconds(s.durationMs)
  ])
  const url = report.outputs['panel-url']
  // The panel answered where the host checked it, and maybe from the runner too (said beside it).
  const panel = url ? `${report.status === 'success' ? link(url) : html(url)}${report.panelFromRunner ? ` (${html(report.panelFromRunner)})` : ''}` : html(report.noPanel ? `none: ${report.noPanel}` : '(none)')
  const installed = report.outputs['installed-version'] || '(unknown)'
  const previous = report.outputs['previous-version']
  const headline = [
    headlineStart(report.status, `${report.product} ${report.procedure} ${report.release}`, report.target),
    `installed ${html(installed)}${previous ? ` (was ${html(previous)})` : ''}`,
    seconds(report.durationMs),
    ...(url && report.status === 'success' ? [`panel: ${link(url)}`] : [])
  ].join(' · ')
  await writeSummary((summary) =>
    summary
      .addHeading(html(`${report.product} ${report.procedure} (${report.release}): ${report.status}`), 2)
      .addRaw(`<p>${headline}</p>`, true)
      .addTable([[{ data: 'Result', header: true }, { data: 'Step', header: true }, { data: 'Detail', header: true }, { data: 'Time', header: true }], ...rows])
      .addList([
        `Target: ${html(report.target)}`,
        `Panel URL: ${panel}`,
        `Installed version: ${html(installed)}${previous ? ` (was ${html(previous)})` : ''}`,
        ...(report.crossed ? [`Releases crossed: ${html(report.crossed.join(', ') || 'none')}`] : []),
        ...backupLine(report),
        `Changed the host: ${report.changed ? 'yes' : 'no'}`,
        `Logs: ${html(report.logDir)} (report: ${html(reportPath)}); on the runner only: ${LOGS_HINT}`,
        `Duration: ${seconds(report.durationMs)}`
      ])
  )
}

/** Where the backup is: on the host (where the undo reads it), and its copy in log-dir if any. */
function backupLine(report: Report): string[] {
  const host = report.outputs['backup-host']
  const copy = report.outputs.backup
  if (!host) return copy ? [`Backup: ${html(copy)}`] : []
  const why = report.steps.map((s) => s.details?.['backup-copy']).find(Boolean)
  return [`Backup: on the host at ${html(host)}; ${copy ? `copy in log-dir: ${html(copy)}` : html(why ?? 'not copied to the runner')}`]
}
