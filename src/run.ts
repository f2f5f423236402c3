/** The main step: inputs → procedure → target → runner → report. */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { renderPlan } from './engine/plan.js'
import { ProcedureRunner } from './engine/runner.js'
import { getProduct, secretInputNames } from './products/registry.js'
import { probeFromRunner } from './report/probe.js'
import { buildReport, publish, writeReport } from './report/report.js'
import { getSettings } from './settings/input-helper.js'
import type { Settings } from './settings/settings.js'
import { saveRunState, type RunState } from './state-helper.js'
import { createTarget, describeTarget } from './targets/factory.js'
import { SshTarget } from './targets/ssh-target.js'

/** Masks every secret input (and each line of multi-line ones) before anything can print it. */
function maskSecrets(): void {
  for (const name of secretInputNames()) {
    const value = core.getInput(name)
    if (!value) continue
    core.setSecret(value)
    for (const line of value.split('\n')) if (line.trim().length > 3) core.setSecret(line.trim())
  }
}

function newRunId(): string {
  const run = process.env.GITHUB_RUN_ID ?? 'local'
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1'
  return `${run}-${attempt}-${randomBytes(3).toString('hex')}`.replace(/[^A-Za-z0-9._-]/g, '_')
}

function owner(runId: string): string {
  const where = [process.env.GITHUB_REPOSITORY, process.env.GITHUB_WORKFLOW, process.env.GITHUB_JOB].filter(Boolean).join(' / ')
  return `hostpanel-action run ${runId}${where ? ` (${where})` : ''} from ${hostname()} since ${new Date().toISOString()}`
}

function plan(settings: Settings, procedureText: string): void {
  mkdirSync(settings.logDir, { recursive: true })
  const path = join(settings.logDir, 'plan.sh')
  writeFileSync(path, procedureText)
  core.startGroup('Plan: the scripts this run would execute on the host')
  core.info(procedureText)
  core.endGroup()
  core.info(`plan written to ${path}; nothing was connected to or changed`)
  core.setOutput('status', 'planned')
  core.setOutput('log-dir', settings.logDir)
  core.setOutput('report', path)
}

export async function run(): Promise<void> {
  try {
    maskSecrets()
    const settings = getSettings()
    const product = getProduct(settings.product)
    const procedure = product.procedures[settings.procedure]?.({ settings, options: settings.options })
    if (!procedure) throw new Error(`${product.title} has no ${settings.procedure} procedure`)
    if (settings.mode === 'plan') return plan(settings, renderPlan(procedure, describeTarget(settings.target)))
    const target = createTarget(settings.target)

    const runId = newRunId()
    const state: RunState = {
      runId,
      // One folder per run: several runs in a job (install, then verify) keep apart.
      logDir: join(settings.logDir, `${settings.product}-${settings.procedure}-${runId}`),
      sshWorkDir: target instanceof SshTarget ? target.workDir : undefined,
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

    core.startGroup(`Connect to ${target.label}`)
    try {
      await target.connect()
    } finally {
      core.endGroup()
    }
    const runner = new ProcedureRunner(procedure, {
      target,
      runId: state.runId,
      logDir: state.logDir,
      deadline: Date.now() + settings.timeoutMinutes * 60_000,
      lockWaitSeconds: settings.lockTimeoutMinutes * 60,
      owner: owner(state.runId),
      cancelled: () => cancelled,
      onJournal: (pending) => saveRunState({ ...state, pendingUndo: pending })
    })
    const result = await runner.run()
    await target.close()
    saveRunState({ ...state, pendingUndo: result.undo.some((u) => u.status === 'undo failed'), finished: true })

    const report = buildReport(settings, target.label, result, product.outputs(result.facts))
    if (report.panelUrl && result.status === 'success') report.panelFromRunner = await probeFromRunner(report.panelUrl)
    const reportPath = writeReport(report)
    await publish(report, reportPath)
    if (result.failure) {
      // publish() has written the one error annotation that says what failed and where the log is.
      process.exitCode = core.ExitCode.Failure
    } else {
      core.info(`${procedure.title}: success${report.panelUrl ? `; panel: ${report.panelUrl}` : ''}; logs: ${state.logDir}`)
    }
  } catch (error) {
    core.setOutput('status', 'failed')
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
