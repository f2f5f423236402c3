/**
 * A runner-side task (a product mode of kind 'runner', such as check-plugin): no host, no
 * lock, no root. Apart from run.ts so that the check-plugin sub-action bundles it without the
 * host engine.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ModeContext, Product, RunnerMode } from './products/product.js'
import { annotations } from './report/annotations.js'
import { html, safeLine } from './report/console.js'
import { checkOutputs } from './report/outputs.js'
import { headlineStart, LOGS_HINT, seconds, setOutputs, warnRefused, writeJson, writeSummary } from './report/report.js'
import type { Settings } from './settings/settings.js'

export function newRunId(): string {
  const run = process.env.GITHUB_RUN_ID ?? 'local'
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1'
  return `${run}-${attempt}-${randomBytes(3).toString('hex')}`.replace(/[^A-Za-z0-9._-]/g, '_')
}

/** What a task would do, as `mode: plan` prints it. */
export function taskRunbook(product: Pick<Product, 'title'>, procedure: string, mode: RunnerMode, context: ModeContext): string[] {
  return [`${product.title} ${procedure} on the runner (no host, no lock, no root): what would run`, ...mode.runbook(context).map((l) => `  ${l}`)]
}

export async function runTask(settings: Settings, product: Pick<Product, 'title'>, mode: RunnerMode, context: ModeContext): Promise<void> {
  const logDir = join(settings.logDir, `${settings.product}-${settings.procedure}-${newRunId()}`)
  mkdirSync(logDir, { recursive: true })
  const started = Date.now()
  const outcome = await mode.run({ ...context, logDir })
  const checked = checkOutputs(outcome.outputs, logDir, Object.fromEntries(Object.keys(outcome.outputs).map((name) => [name, `${product.title} ${settings.procedure}'s ${name}`])))
  const reportPath = writeJson(join(logDir, 'report.json'), {
    product: settings.product,
    version: settings.version,
    releases: settings.releases,
    procedure: settings.procedure,
    target: 'the runner',
    status: outcome.status,
    changed: false,
    outputs: checked.outputs,
    refusedOutputs: checked.refused,
    failure: outcome.failure,
    details: outcome.details,
    logDir,
    durationMs: Date.now() - started
  })
  annotations.place(reportPath)
  setOutputs({ ...checked.outputs, status: outcome.status, changed: 'false', 'log-dir': logDir, report: reportPath }, logDir)
  warnRefused(checked.refused)
  await writeSummary((summary) => {
    summary.addHeading(html(`${product.title} ${settings.procedure} (${settings.version}): ${outcome.status}`), 2)
    summary.addRaw(`<p>${headlineStart(outcome.status, `${product.title} ${settings.procedure} ${settings.version}`, 'the runner')} · ${seconds(Date.now() - started)}</p>`, true)
    outcome.summary(summary)
    summary.addRaw(`<p>Logs: ${html(logDir)} (report: ${html(reportPath)}); on the runner only: ${LOGS_HINT}</p>`, true)
  })
  if (outcome.status === 'failed') {
    annotations.annotate('error', safeLine(`${outcome.failure ?? 'failed'} (report: ${reportPath})`), { title: `${product.title} ${settings.procedure} failed` }, true)
    process.exitCode = 1
  }
}
