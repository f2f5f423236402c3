/** The main step: inputs → product mode → (plan | runner-side task | procedure on a target) → report. */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { renderPlan, renderRunbook } from './engine/plan.js'
import { ProcedureRunner } from './engine/runner.js'
import { OUTPUT_FACTS, procedureOutputs, type HostMode, type ModeContext, type Product, type RunnerMode } from './products/product.js'
import { getProduct } from './products/registry.js'
import { guardedGroup, html, info, safeLine } from './report/console.js'
import { checkOutputs } from './report/outputs.js'
import { probeFromRunner } from './report/probe.js'
import { secrets } from './report/redact.js'
import { buildReport, LOGS_HINT, publish, setOutputs, warnRefused, writeJson, writeReport, writeSummary } from './report/report.js'
import { getSettings, registerSecrets } from './settings/input-helper.js'
import { PLAN, type Settings } from './settings/settings.js'
import { saveRunState, type RunState } from './state-helper.js'
import { createTarget, describeTarget } from './targets/factory.js'
import { SshTarget } from './targets/ssh-target.js'

function newRunId(): string {
  const run = process.env.GITHUB_RUN_ID ?? 'local'
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1'
  return `${run}-${attempt}-${randomBytes(3).toString('hex')}`.replace(/[^A-Za-z0-9._-]/g, '_')
}

function owner(runId: string): string {
  const where = [process.env.GITHUB_REPOSITORY, process.env.GITHUB_WORKFLOW, process.env.GITHUB_JOB].filter(Boolean).join(' / ')
  return `hostpanel-action run ${runId}${where ? ` (${where})` : ''} from ${hostname()} since ${new Date().toISOString()}`
}

function contextOf(settings: Settings, product: Product): ModeContext {
  const releases = settings.releases.map((v) => product.catalogue.find(v)).filter((r) => r !== undefined)
  return { settings, options: settings.options, release: releases[releases.length - 1], releases }
}

async function plan(settings: Settings, product: Product, context: ModeContext): Promise<void> {
  mkdirSync(settings.logDir, { recursive: true })
  const mode = product.modes[settings.procedure]
  let runbook: string[]
  let path: string
  if (mode.kind === 'host') {
    const procedure = mode.procedure(context)
    const label = describeTarget(settings.target ?? { kind: 'local' })
    runbook = renderRunbook(procedure, label, settings.lockTimeoutMinutes)
    path = join(settings.logDir, 'plan.sh')
    writeFileSync(path, secrets.redact(renderPlan(procedure, label)))
  } else {
    runbook = [`${product.title} ${settings.procedure} on the runner (no host, no lock, no root): what would run`, ...mode.runbook(context).map((l) => `  ${l}`)]
    path = join(settings.logDir, 'plan.txt')
    writeFileSync(path, secrets.redact(`${runbook.join('\n')}\n`))
  }
  const end = guardedGroup(`Plan: ${product.title} ${settings.procedure} ${settings.release}`, false)
  for (const line of runbook) info(line)
  end()
  info(`plan written to ${path}; nothing was connected to or changed`)
  setOutputs({ status: 'planned', changed: 'false', 'log-dir': settings.logDir, report: path }, settings.logDir)
  await writeSummary((summary) => summary.addHeading(html(`Plan: ${product.title} ${settings.procedure} ${settings.release}`), 2).addRaw(`<pre>${html(runbook.join('\n'))}</pre>`, true))
}

async function runTask(settings: Settings, product: Product, mode: RunnerMode, context: ModeContext): Promise<void> {
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
  setOutputs({ ...checked.outputs, status: outcome.status, changed: 'false', 'log-dir': logDir, report: reportPath }, logDir)
  warnRefused(checked.refused)
  await writeSummary((summary) => {
    summary.addHeading(html(`${product.title} ${settings.procedure} (${settings.version}): ${outcome.status}`), 2)
    summary.addRaw(`<p>${outcome.status === 'success' ? '✅' : '❌'} <strong>${outcome.status}</strong>: ${html(`${product.title} ${settings.procedure} ${settings.version}`)} on the runner · ${((Date.now() - started) / 1000).toFixed(1)} s</p>`, true)
    outcome.summary(summary)
    summary.addRaw(`<p>Logs: ${html(logDir)} (report: ${html(reportPath)}); on the runner only: ${LOGS_HINT}</p>`, true)
  })
  if (outcome.status === 'failed') {
    core.error(safeLine(`${outcome.failure ?? 'failed'} (report: ${reportPath})`), { title: `${product.title} ${settings.procedure} failed` })
    process.exitCode = 1
  }
}

async function runOnHost(settings: Settings, product: Product, mode: HostMode, context: ModeContext): Promise<void> {
  const procedure = mode.procedure(context)
  const target = createTarget(settings.target ?? { kind: 'local' })
  const runId = newRunId()
  const state: RunState = {
    runId,
    // One folder per run: several runs in a job (install, then verify) keep apart.
    logDir: join(settings.logDir, `${settings.product}-${settings.procedure}-${runId}`),
    sshWorkDir: target instanceof SshTarget ? target.workDir : undefined,
    connected: false,
    pendingUndo: false,
    finished: false
  }
  saveRunState(state)
  let cancelled = false
  const onSignal = (signal: string): void => {
    cancelled = true
    core.warning(`${signal} received: stopping after the current step and undoing what was changed`)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  let result
  try {
    const end = guardedGroup(`Connect to ${target.label}`, false)
    try {
      await target.connect()
    } finally {
      end()
    }
    state.connected = true
    saveRunState(state)
    const runner = new ProcedureRunner(procedure, {
      target,
      runId,
      logDir: state.logDir,
      deadline: Date.now() + settings.timeoutMinutes * 60_000,
      lockWaitSeconds: settings.lockTimeoutMinutes * 60,
      owner: owner(runId),
      cancelled: () => cancelled,
      onJournal: (pending) => saveRunState({ ...state, pendingUndo: pending })
    })
    result = await runner.run()
    saveRunState({ ...state, pendingUndo: result.undo.some((u) => u.status === 'undo failed'), finished: true })
  } finally {
    await target.close()
  }

  // Host facts become outputs only in their declared shape: a workflow may hand them to a shell.
  const checked = checkOutputs(Object.fromEntries(Object.entries(procedureOutputs(result)).filter(([name]) => product.outputs.includes(name))), state.logDir, OUTPUT_FACTS)
  const outputs = checked.outputs
  const report = buildReport(settings, target.label, result, checked, product.noPanel)
  if (outputs['panel-url'] && result.status === 'success') report.panelFromRunner = await probeFromRunner(outputs['panel-url'], result.facts.PANEL_ADDRESS)
  const reportPath = writeReport(report)
  await publish(report, reportPath)
  if (result.failure) {
    // publish() has written the one error annotation that says what failed and where the log is.
    process.exitCode = 1
  } else {
    info(`${procedure.title}: success${outputs['panel-url'] ? `; panel: ${outputs['panel-url']}` : ''}; logs: ${state.logDir}`)
  }
}

export async function run(): Promise<void> {
  try {
    registerSecrets()
    const settings = getSettings()
    const product = getProduct(settings.product)
    const context = contextOf(settings, product)
    const mode = product.modes[settings.procedure]
    if (settings.mode === PLAN) await plan(settings, product, context)
    else if (mode.kind === 'runner') await runTask(settings, product, mode, context)
    else await runOnHost(settings, product, mode, context)
  } catch (error) {
    core.setOutput('status', 'failed')
    core.setFailed(safeLine(error instanceof Error ? error.message : String(error)))
  }
}
