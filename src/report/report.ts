/** The run's results: JSON report, job summary, one error annotation, action outputs. */
import * as core from '@actions/core'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RunResult, StepResult } from '../engine/runner.js'
import type { ProductOutputs } from '../products/product.js'
import type { Settings } from '../settings/settings.js'

export interface Report {
  product: string
  version: string
  procedure: string
  target: string
  status: RunResult['status']
  panelUrl?: string
  installedVersion?: string
  previousVersion?: string
  /** What the runner saw when it asked for the panel URL itself. */
  panelFromRunner?: string
  failure?: RunResult['failure']
  steps: Array<Pick<StepResult, 'id' | 'title' | 'status' | 'phase' | 'message' | 'durationMs' | 'log' | 'warnings'>>
  undo: Array<Pick<StepResult, 'id' | 'title' | 'status' | 'durationMs' | 'log'>>
  facts: Record<string, string>
  logDir: string
  durationMs: number
}

export function buildReport(settings: Settings, targetLabel: string, result: RunResult, outputs: ProductOutputs): Report {
  return {
    product: settings.product,
    version: settings.version,
    procedure: settings.procedure,
    target: targetLabel,
    status: result.status,
    panelUrl: outputs.panelUrl,
    installedVersion: outputs.installedVersion,
    previousVersion: outputs.previousVersion,
    failure: result.failure,
    steps: result.steps.map(({ id, title, status, phase, message, durationMs, log, warnings }) => ({ id, title, status, phase, message, durationMs, log, warnings })),
    undo: result.undo.map(({ id, title, status, durationMs, log }) => ({ id, title, status, durationMs, log })),
    facts: result.facts,
    logDir: result.logDir,
    durationMs: result.durationMs
  }
}

export function writeReport(report: Report): string {
  const path = join(report.logDir, 'report.json')
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

const ICON: Record<string, string> = { ok: '✅', skipped: '⏭️', failed: '❌', 'not run': '⚪', undone: '↩️', 'undo failed': '⚠️' }

export async function publish(report: Report, reportPath: string): Promise<void> {
  core.setOutput('status', report.status)
  core.setOutput('panel-url', report.panelUrl ?? '')
  core.setOutput('installed-version', report.installedVersion ?? '')
  core.setOutput('previous-version', report.previousVersion ?? '')
  core.setOutput('log-dir', report.logDir)
  core.setOutput('report', reportPath)

  for (const step of report.steps) for (const warning of step.warnings) core.warning(warning, { title: step.title })
  if (report.failure) {
    core.error(`${report.status}: ${report.failure.step}: ${report.failure.message} (log: ${report.failure.log})`, { title: `${report.product} ${report.procedure} ${report.status}` })
  }

  const rows = [...report.steps, ...report.undo.map((u) => ({ ...u, title: `undo: ${u.title}`, message: undefined }))].map((s) => [
    `${ICON[s.status] ?? ''} ${s.status}`,
    s.title,
    // an empty cell is written without its closing tag by core.summary
    'message' in s && s.message ? s.message : '-',
    seconds(s.durationMs)
  ])
  const summary = core.summary
    .addHeading(`${report.product} ${report.procedure} (${report.version}): ${report.status}`, 2)
    .addTable([[{ data: 'Result', header: true }, { data: 'Step', header: true }, { data: 'Detail', header: true }, { data: 'Time', header: true }], ...rows])
    .addList([
      `Target: ${report.target}`,
      `Panel URL: ${report.panelUrl ?? '(none)'}${report.panelFromRunner ? ` (${report.panelFromRunner})` : ''}`,
      `Installed version: ${report.installedVersion ?? '(unknown)'}${report.previousVersion ? ` (was ${report.previousVersion})` : ''}`,
      `Logs: ${report.logDir} (report: ${reportPath})`,
      `Duration: ${seconds(report.durationMs)}`
    ])
  if (process.env.GITHUB_STEP_SUMMARY) await summary.write()
  else summary.emptyBuffer()
}
