/** The main step: inputs → product mode → (plan | runner-side task | procedure on a target) → report. */
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { renderPlan, renderRunbook } from './engine/plan.js'
import { ProcedureRunner } from './engine/runner.js'
import { OUTPUT_FACTS, procedureOutputs, type HostMode, type ModeContext, type Product } from './products/product.js'
import { getProduct } from './products/registry.js'
import { annotations } from './report/annotations.js'
import { guardedGroup, html, info, safeLine } from './report/console.js'
import { checkOutputs } from './report/outputs.js'
import { probeFromRunner } from './report/probe.js'
import { secrets } from './report/redact.js'
import { buildReport, publish, setOutputs, writeReport, writeSummary } from './report/report.js'
import { getSettings, registerSecrets } from './settings/input-helper.js'
import { PLAN, type Settings } from './settings/settings.js'
import { saveRunState, type RunState } from './state-helper.js'
import { newRunId, runTask, taskRunbook } from './task.js'
import { createTarget, describeTarget } from './targets/factory.js'
import { SshTarget } from './targets/ssh-target.js'

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
    runbook = taskRunbook(product, settings.procedure, mode, context)
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
    annotations.warning(`${signal} received: stopping after the current step and undoing what was changed`)
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
  } finally {
    annotations.flush()
  }
}
