/**
 * Runs a procedure on a target: takes the host lock, runs each step's check, change and
 * verify with its own log group and log file, journals every change that can be undone
 * (on the host, before the change starts), and undoes them newest first when a step
 * fails or the run is cancelled. Temporary changes are undone at the end in any case.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { quote } from 'shell-quote'
import { join } from 'node:path'
import { assemble, assignments, heredoc, runDir } from '../shell/script.js'
import { HostKeyError, type Target } from '../targets/target.js'
import { runDetached } from './detached.js'
import { hostScript, type HostScript } from './host-scripts.js'
import type { Facts, Phase, Procedure, Step, Vars } from './procedure.js'
import { StepLog, execLogged } from './step-log.js'

export type StepStatus = 'ok' | 'skipped' | 'failed' | 'not run' | 'undone' | 'undo failed'

export interface StepResult {
  id: string
  title: string
  status: StepStatus
  /** The phase that failed, when status is failed. */
  phase?: Phase
  message?: string
  durationMs: number
  log: string
  warnings: string[]
}

export interface RunResult {
  status: 'success' | 'failed' | 'cancelled'
  steps: StepResult[]
  /** Undo runs, newest first. */
  undo: StepResult[]
  facts: Facts
  /** The failing step and phase, in one line, with the log to read. */
  failure?: { step: string; message: string; log: string }
  logDir: string
  durationMs: number
}

export interface RunnerOptions {
  target: Target
  runId: string
  logDir: string
  /** Epoch milliseconds when the whole procedure must be over. */
  deadline: number
  lockWaitSeconds: number
  /** How long the host lock survives without a heartbeat (runner lost). */
  lockStaleSeconds?: number
  /** Who holds the lock, as other runs will be told. */
  owner: string
  cancelled(): boolean
  /** Called whenever the journal changes: true while something is left to undo. */
  onJournal?(pending: boolean): void
  /** Where step output is echoed, a block of whole lines at a time (the console by default). */
  echo?(lines: string): void
}

const UNDO_SECONDS = 15 * 60

/** A journal entry's name on the host: its sequence number (sorts newest last) and the step. */
function journalEntry(seq: number, step: Step): string {
  return `${String(seq).padStart(3, '0')}-${step.id}`
}
const ENGINE_SECONDS = 5 * 60

export class ProcedureRunner {
  private facts: Facts = {}
  private journaled: Step[] = []
  private readonly secretValues: string[]
  private readonly echo: (lines: string) => void

  constructor(
    private readonly procedure: Procedure,
    private readonly options: RunnerOptions
  ) {
    this.secretValues = Object.values(procedure.secrets).filter(Boolean)
    this.echo = options.echo ?? ((lines) => process.stdout.write(lines))
  }

  async run(): Promise<RunResult> {
    const started = Date.now()
    mkdirSync(this.options.logDir, { recursive: true })
    const results: StepResult[] = []
    let failure: RunResult['failure']
    let status: RunResult['status'] = 'success'

    const lock = await this.engineStep('host-lock', 'Take the host lock', async (log) => {
      const stored = await this.engineCall('secrets', log, {}, this.secretsPrelude())
      if (stored !== 0) return stored
      return this.engineCall('lock', log, {
        HP_LOCK_WAIT: String(this.options.lockWaitSeconds),
        HP_LOCK_STALE: String(this.options.lockStaleSeconds ?? 600),
        HP_OWNER: this.options.owner
      })
    })
    results.push(lock)
    if (lock.status === 'failed') {
      status = 'failed'
      failure = { step: lock.title, message: lock.message ?? 'failed', log: lock.log }
    }

    for (const [index, step] of this.procedure.steps.entries()) {
      if (failure) break
      if (this.options.cancelled()) {
        status = 'cancelled'
        failure = { step: step.title, message: 'cancelled before this step started', log: this.options.logDir }
        break
      }
      const result = await this.runStep(step, index)
      results.push(result)
      if (result.status === 'failed') {
        status = this.options.cancelled() ? 'cancelled' : 'failed'
        failure = { step: step.title, message: `${result.phase} failed: ${result.message}`, log: result.log }
        break
      }
    }
    for (const step of this.procedure.steps) {
      if (!results.some((r) => r.id === step.id)) results.push({ id: step.id, title: step.title, status: 'not run', durationMs: 0, log: '', warnings: [] })
    }

    // On success only temporary changes are put back; otherwise everything journaled.
    const undo = await this.undoJournal(status === 'success' ? (step) => step.temporary === true : () => true)
    const stuck = undo.find((u) => u.status === 'undo failed')
    if (status === 'success' && stuck) {
      // A temporary change left in place (masked apt timers) is a failure of the run.
      status = 'failed'
      failure = { step: `Undo: ${stuck.title}`, message: 'could not put a temporary change back', log: stuck.log }
    }
    await this.engineStep('host-release', 'Release the host lock', async (log) => {
      if (status === 'success') await this.engineCall('journal-clear', log)
      const rc = await this.engineCall('unlock', log)
      return rc === 0 ? this.engineCall('finish', log) : rc
    })
    return this.result(status, results, undo, failure, started)
  }

  private result(status: RunResult['status'], steps: StepResult[], undo: StepResult[], failure: RunResult['failure'], started: number): RunResult {
    return { status, steps, undo, facts: { ...this.facts }, failure, logDir: this.options.logDir, durationMs: Date.now() - started }
  }

  private logPath(name: string): string {
    return join(this.options.logDir, `${name}.log`)
  }

  private vars(step: Step): Vars {
    return { ...this.procedure.vars, ...this.facts, ...(step.vars ?? {}) }
  }

  private secretsPrelude(): string {
    return `mkdir -p ${quote([runDir(this.options.runId)])}\numask 077\n${heredoc(`${runDir(this.options.runId)}/secrets.env`, assignments(this.procedure.secrets))}`
  }

  private timeLeft(limitMinutes?: number): number {
    const left = Math.max(1, Math.floor((this.options.deadline - Date.now()) / 1000))
    return limitMinutes ? Math.min(left, limitMinutes * 60) : left
  }

  private async engineCall(name: HostScript, log: StepLog, vars: Vars = {}, prelude = ''): Promise<number> {
    return execLogged(this.options.target, hostScript(name, this.options.runId, 'engine', vars, prelude), ENGINE_SECONDS + this.options.lockWaitSeconds, log)
  }

  /** A step of the engine itself (lock, release), logged like a procedure step. */
  private async engineStep(id: string, title: string, body: (log: StepLog) => Promise<number>): Promise<StepResult> {
    const started = Date.now()
    const log = new StepLog(this.logPath(id), this.secretValues, this.echo)
    let rc = 1
    const end = this.section(title)
    try {
      rc = await body(log)
    } catch (error) {
      log.note(error instanceof Error ? error.message : String(error))
      if (error instanceof HostKeyError) throw error
    } finally {
      await log.close()
      end()
    }
    return {
      id,
      title,
      status: rc === 0 ? 'ok' : 'failed',
      message: rc === 0 ? undefined : (log.markers.errors.at(-1) ?? log.lastLines().at(-1) ?? `exit ${rc}`),
      durationMs: Date.now() - started,
      log: log.path,
      warnings: log.markers.warnings
    }
  }

  private async runStep(step: Step, index: number): Promise<StepResult> {
    const started = Date.now()
    const name = `${String(index + 1).padStart(2, '0')}-${step.id}`
    const log = new StepLog(this.logPath(name), this.secretValues, this.echo)
    const result: StepResult = { id: step.id, title: step.title, status: 'ok', durationMs: 0, log: log.path, warnings: [] }
    const end = this.section(`Step ${index + 1}/${this.procedure.steps.length}: ${step.title}`)
    try {
      for (const phase of ['check', 'change', 'verify'] as const) {
        const piece = step[phase]
        if (!piece) continue
        if (phase === 'change' && log.markers.skipped !== undefined) {
          log.note(`change skipped: ${log.markers.skipped}`)
          result.status = 'skipped'
          continue
        }
        if (phase === 'change' && step.undo) await this.journal(step, log)
        log.note(`${phase}: ${piece}`)
        const rc = await this.runPhase(step, phase, piece, log)
        Object.assign(this.facts, log.markers.facts)
        if (rc !== 0) {
          result.status = 'failed'
          result.phase = phase
          result.message = this.explain(rc, log, step)
          break
        }
      }
      for (const path of step.collect ?? []) await this.collect(path, log)
    } catch (error) {
      if (error instanceof HostKeyError) throw error
      result.status = 'failed'
      result.phase ??= 'change'
      result.message = error instanceof Error ? error.message : String(error)
      log.note(result.message)
    } finally {
      await log.close()
      end()
    }
    result.warnings = log.markers.warnings
    result.durationMs = Date.now() - started
    return result
  }

  /**
   * Opens a log group for a step. Host output is echoed as it arrives, so workflow
   * commands are switched off meanwhile: a line from the host starting with "::" must
   * not set outputs or masks. Returns the function that closes the group.
   */
  private section(title: string): () => void {
    core.startGroup(title)
    const token = this.options.echo ? undefined : randomUUID()
    if (token) core.info(`::stop-commands::${token}`)
    return () => {
      if (token) core.info(`::${token}::`)
      core.endGroup()
    }
  }

  private explain(rc: number, log: StepLog, step: Step): string {
    const said = log.markers.errors.at(-1)
    if (said) return said
    if (rc === 124) return `timed out (${step.timeoutMinutes ? `step limit ${step.timeoutMinutes} min, ` : ''}procedure limit ends ${new Date(this.options.deadline).toISOString()})`
    if (rc === 130) return 'cancelled'
    const last = log.lastLines().filter((l) => l.trim() && !l.startsWith('[hostpanel]') && !l.startsWith('@hostpanel ')).at(-1)
    return last ? `exit ${rc}: ${last.trim()}` : `exit ${rc}`
  }

  private script(step: Step, phase: Phase, piece: string): string {
    return assemble({
      title: `${this.procedure.product} ${this.procedure.name} / ${step.id} (${phase})`,
      runId: this.options.runId,
      step: step.id,
      vars: this.vars(step),
      piece
    })
  }

  private async runPhase(step: Step, phase: Phase, piece: string, log: StepLog): Promise<number> {
    const script = this.script(step, phase, piece)
    if (phase === 'change' && step.long) {
      const deadline = Math.min(this.options.deadline, step.timeoutMinutes ? Date.now() + step.timeoutMinutes * 60_000 : Infinity)
      return runDetached({ target: this.options.target, runId: this.options.runId, step: step.id, script, log, deadline, cancelled: this.options.cancelled })
    }
    return execLogged(this.options.target, script, this.timeLeft(step.timeoutMinutes), log)
  }

  /** Writes the step's undo script into the host's journal before its change begins. */
  private async journal(step: Step, log: StepLog): Promise<void> {
    const entry = journalEntry(this.journaled.length + 1, step)
    const undo = this.script(step, 'undo', step.undo ?? '')
    const dir = `${runDir(this.options.runId)}/journal`
    const write = assemble({ title: `journal ${entry}`, runId: this.options.runId, step: step.id, vars: {}, inline: `mkdir -p ${quote([dir])}\n${heredoc(`${dir}/${entry}`, undo)}` })
    const rc = await execLogged(this.options.target, write, ENGINE_SECONDS, log)
    if (rc !== 0) throw new Error(`could not write the undo journal on the host (exit ${rc})`)
    this.journaled.push(step)
    this.options.onJournal?.(true)
  }

  /** Undoes journaled changes newest first; `which` picks the steps to undo now. */
  private async undoJournal(which: (step: Step) => boolean): Promise<StepResult[]> {
    const results: StepResult[] = []
    for (let seq = this.journaled.length; seq >= 1; seq -= 1) {
      const step = this.journaled[seq - 1]
      if (!which(step)) continue
      const entry = journalEntry(seq, step)
      const result = await this.engineStep(`undo-${entry}`, `Undo: ${step.title}`, (log) =>
        execLogged(this.options.target, hostScript('journal-undo', this.options.runId, step.id, { HP_JOURNAL_ENTRY: entry }), UNDO_SECONDS, log)
      )
      results.push({ ...result, id: step.id, title: step.title, status: result.status === 'ok' ? 'undone' : 'undo failed' })
    }
    this.options.onJournal?.(results.some((r) => r.status === 'undo failed'))
    return results
  }

  /** Copies a host file into the log directory (streamed, secrets blanked); a missing file is noted, not fatal. */
  private async collect(path: string, log: StepLog): Promise<void> {
    const copy = new StepLog(join(this.options.logDir, `host${path.replace(/\//g, '_')}`), this.secretValues, () => {})
    const read = assemble({ title: `collect ${path}`, runId: this.options.runId, step: 'collect', vars: { HP_FILE: path }, inline: 'if [ -f "$HP_FILE" ]; then cat "$HP_FILE"; else exit 3; fi' })
    const rc = await execLogged(this.options.target, read, ENGINE_SECONDS, log, (chunk) => copy.write(chunk))
    await copy.close()
    log.note(rc === 0 ? `collected ${path} into ${copy.path}` : `could not collect ${path} (${rc === 3 ? 'not there' : `exit ${rc}`})`)
  }
}
