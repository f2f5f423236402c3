/**
 * Runs a procedure on a target: takes the host lock, runs each step that applies (its
 * `when` holds) with its own log group and log file, journals every change that can be
 * undone (on the host, before the change starts), and undoes them newest first when a
 * step fails or the run is cancelled. Temporary changes are undone at the end in any case.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { basename, join } from 'node:path'
import { quote } from 'shell-quote'
import { guardedGroup } from '../report/console.js'
import { secrets } from '../report/redact.js'
import { readAssetBytes } from '../shell/assets.js'
import { assemble, assignments, fileFrom, heredoc, runDir } from '../shell/script.js'
import { ConnectionError, HostKeyError, type Target } from '../targets/target.js'
import { ENGINE_SECONDS, HostChannel, undoOut } from './channel.js'
import { runDetached } from './detached.js'
import { hostScript } from './host-scripts.js'
import { PREVIOUS_VERSION, type Facts, type Phase, type Procedure, type Step, type Vars } from './procedure.js'
import { emptyResults, type StepResults } from './results.js'
import { StepLog } from './step-log.js'

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
  /** What the step reported for the report (hp_report). */
  details?: Record<string, string>
  /** Host files the step asked to keep, as copied into log-dir. */
  artifacts?: string[]
  /** A change ran and was not put back (temporary steps never count). */
  changed?: boolean
}

export interface RunResult {
  status: 'success' | 'failed' | 'cancelled'
  steps: StepResult[]
  /** Undo runs, newest first. */
  undo: StepResult[]
  facts: Facts
  /** Releases crossed from the version found on the host to the target, when known. */
  crossed?: string[]
  /** The failing step and phase, in one line, with the log to read. */
  failure?: { step: string; message: string; log: string }
  /** Did this run leave the host changed? */
  changed: boolean
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
  echo?(lines: Buffer): void
  /** How long a lost link is tried again (RECONNECT_SECONDS by default). */
  reconnectSeconds?: number
}

const UNDO_SECONDS = 15 * 60
/** How often a short step runs again after a lost link before it fails. */
const LINK_TRIES = 3

/** A journal entry's name on the host: its sequence number (sorts newest last) and the step. */
function journalEntry(seq: number, step: Step): string {
  return `${String(seq).padStart(3, '0')}-${step.id}`
}

export class ProcedureRunner {
  private facts: Facts = {}
  private journaled: Step[] = []
  private readonly echo: (lines: Buffer) => void
  private readonly channel: HostChannel

  constructor(
    private readonly procedure: Procedure,
    private readonly options: RunnerOptions
  ) {
    this.echo = options.echo ?? ((lines) => process.stdout.write(lines))
    // Secrets a procedure derives itself are blanked like the inputs they come from.
    for (const value of Object.values(procedure.secrets)) secrets.add(value)
    this.channel = new HostChannel(options.target, options.runId, options.reconnectSeconds)
  }

  async run(): Promise<RunResult> {
    const started = Date.now()
    mkdirSync(this.options.logDir, { recursive: true })
    const results: StepResult[] = []
    let failure: RunResult['failure']
    let status: RunResult['status'] = 'success'

    const lock = await this.engineStep('host-lock', 'Take the host lock', (log) =>
      this.channel.engine(['secrets', 'lock'], 'engine', log, { prelude: this.secretsPrelude(), vars: this.lockVars(), timeoutSeconds: this.lockSeconds() })
    )
    results.push(lock)
    if (lock.status === 'failed') {
      status = 'failed'
      failure = { step: lock.title, message: lock.message ?? 'failed', log: lock.log }
    } else {
      // After a reboot of the host the lock is gone: take it again before anything else.
      this.channel.afterReconnect = (log) => this.relock(log)
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
    await this.engineStep('host-release', 'Release the host lock', (log) =>
      this.channel.engine(status === 'success' ? ['journal-clear', 'unlock', 'finish'] : ['unlock', 'finish'], 'engine', log)
    )
    const undone = new Set(undo.filter((u) => u.status === 'undone').map((u) => u.id))
    const covering = this.procedure.steps.findIndex((s) => s.undoCoversLater && undone.has(s.id))
    const putBack = (r: StepResult): boolean => undone.has(r.id) || (covering >= 0 && this.procedure.steps.findIndex((s) => s.id === r.id) > covering)
    const changed = results.some((r) => r.changed && !putBack(r))
    return { status, steps: results, undo, facts: { ...this.facts }, crossed: this.crossed(), failure, changed, logDir: this.options.logDir, durationMs: Date.now() - started }
  }

  private logPath(name: string): string {
    return join(this.options.logDir, `${name}.log`)
  }

  /** Releases crossed from the version the host had, once a step reported it. */
  private crossed(): string[] | undefined {
    const versions = this.procedure.versions
    const previous = this.facts[PREVIOUS_VERSION]
    if (!versions || previous === undefined) return undefined
    return versions.crossed(previous === 'none' ? undefined : previous)
  }

  private vars(step: Step): Vars {
    const versions = this.procedure.versions
    const crossed = this.crossed()
    const known: Vars = versions ? { TARGET_VERSION: versions.target } : {}
    if (crossed) known.HP_CROSSED = crossed.join(' ')
    return { ...this.procedure.vars, ...known, ...this.facts, ...(step.vars ?? {}) }
  }

  private lockVars(): Vars {
    return { HP_LOCK_WAIT: String(this.options.lockWaitSeconds), HP_LOCK_STALE: String(this.options.lockStaleSeconds ?? 600), HP_OWNER: this.options.owner }
  }

  private lockSeconds(): number {
    return ENGINE_SECONDS + this.options.lockWaitSeconds
  }

  /** Takes the host lock again after a reconnection (a no-op while this run's holder lives). */
  private async relock(log: StepLog): Promise<void> {
    const out = this.channel.nextOut('engine', 'relock')
    const { rc, said } = await this.channel.run(hostScript('lock', this.options.runId, 'engine', this.lockVars(), '', out, 'session'), this.lockSeconds(), log, out)
    if (rc !== 0) throw new Error(`could not take the host lock again after reconnecting: ${said.error ?? `exit ${rc}`}`)
  }

  /** The run's folder is there already: the script's own result folder is inside it. */
  private secretsPrelude(): string {
    return `umask 077\n${heredoc(`${runDir(this.options.runId)}/secrets.env`, assignments(this.procedure.secrets))}`
  }

  private timeLeft(limitMinutes?: number): number {
    const left = Math.max(1, Math.floor((this.options.deadline - Date.now()) / 1000))
    return limitMinutes ? Math.min(left, limitMinutes * 60) : left
  }

  /** A step of the engine itself (lock, release), logged like a procedure step. */
  private async engineStep(id: string, title: string, body: (log: StepLog) => Promise<{ rc: number; results: StepResults }>): Promise<StepResult> {
    const started = Date.now()
    const log = new StepLog(this.logPath(id), this.echo)
    let rc = 1
    let said: StepResults | undefined
    const end = this.section(title)
    try {
      const outcome = await body(log)
      rc = outcome.rc
      said = outcome.results
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
      message: rc === 0 ? undefined : (said?.error ?? log.lastLines().at(-1) ?? `exit ${rc}`),
      durationMs: Date.now() - started,
      log: log.path,
      warnings: said?.warnings ?? [],
      details: said && Object.keys(said.report).length ? said.report : undefined
    }
  }

  private async runStep(step: Step, index: number): Promise<StepResult> {
    const started = Date.now()
    const name = `${String(index + 1).padStart(2, '0')}-${step.id}`
    const log = new StepLog(this.logPath(name), this.echo)
    const result: StepResult = { id: step.id, title: step.title, status: 'ok', durationMs: 0, log: log.path, warnings: [], details: {}, artifacts: [] }
    const end = this.section(`Step ${index + 1}/${this.procedure.steps.length}: ${step.title}`)
    try {
      if (step.when && !step.when.holds({ facts: this.facts, crossed: this.crossed() })) {
        result.status = 'skipped'
        result.message = `runs only when ${step.when.describe}`
        log.note(`skipped: ${result.message}`)
        return result
      }
      let assets = this.assetsPrelude(step)
      let skip: string | undefined
      for (const phase of ['check', 'change', 'verify'] as const) {
        const piece = step[phase]
        if (!piece) continue
        if (phase === 'change' && skip !== undefined) {
          log.note(`change skipped: ${skip}`)
          result.status = 'skipped'
          result.message = skip
          continue
        }
        if (phase === 'change' && step.undo) await this.journal(step, log)
        log.note(`${phase}: ${piece}`)
        const { rc, said } = await this.runPhase(step, phase, piece, log, assets)
        assets = ''
        Object.assign(this.facts, said.facts)
        Object.assign(result.details ?? {}, said.report)
        result.warnings.push(...said.warnings)
        skip ??= said.skip
        // A change that found nothing to do (hp_skip), or kept to the run's folder, changed nothing.
        if (phase === 'change' && !step.temporary && !step.inRunFolder && said.skip === undefined) result.changed = true
        if (phase === 'change' && said.skip !== undefined) {
          result.status = 'skipped'
          result.message = said.skip
        }
        for (const path of said.artifacts) result.artifacts?.push(await this.collect(path, log, true))
        if (rc !== 0) {
          result.status = 'failed'
          result.phase = phase
          result.message = this.explain(rc, said, log, step)
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
      result.durationMs = Date.now() - started
    }
    return result
  }

  /**
   * Opens a log group for a step. Host output is echoed as it arrives, so workflow
   * commands are switched off meanwhile. Returns the function that closes the group.
   */
  private section(title: string): () => void {
    return guardedGroup(title, this.options.echo === undefined)
  }

  private explain(rc: number, said: StepResults, log: StepLog, step: Step): string {
    if (said.error) return said.error
    if (rc === 124) return `timed out (${step.timeoutMinutes ? `step limit ${step.timeoutMinutes} min, ` : ''}procedure limit ends ${new Date(this.options.deadline).toISOString()})`
    if (rc === 130) return 'cancelled'
    const last = log.lastLines().filter((l) => l.trim() && !l.startsWith('[hostpanel]')).at(-1)
    return last ? `exit ${rc}: ${last.trim()}` : `exit ${rc}`
  }

  /** Writes the step's asset files on the host, with the first script of the step. */
  private assetsPrelude(step: Step): string {
    return (step.assets ?? []).map((path) => fileFrom(`${runDir(this.options.runId)}/assets/${basename(path)}`, readAssetBytes(path))).join('')
  }

  /** A phase's script; a journal's undo entry runs on its own, with the library written in. */
  private script(step: Step, phase: Phase, piece: string, out: string, prelude = '', library: 'inline' | 'session' = 'session'): string {
    return assemble({
      library,
      title: `${this.procedure.product} ${this.procedure.name} / ${step.id} (${phase})`,
      runId: this.options.runId,
      step: step.id,
      out,
      vars: this.vars(step),
      piece,
      prelude
    })
  }

  /**
   * Runs one phase. A short script whose link is lost runs again once the link is back:
   * a check or verify (read-only) as is; a change only when its check, run again, says
   * nothing was changed (or that it is in place). Otherwise the loss is the failure.
   */
  private async runPhase(step: Step, phase: Phase, piece: string, log: StepLog, prelude: string): Promise<{ rc: number; said: StepResults }> {
    if (phase === 'change' && step.long) {
      const out = this.channel.nextOut(step.id, phase)
      const deadline = Math.min(this.options.deadline, step.timeoutMinutes ? Date.now() + step.timeoutMinutes * 60_000 : Infinity)
      return runDetached({ channel: this.channel, step: step.id, script: this.script(step, phase, piece, out, prelude, 'inline'), out, log, deadline, cancelled: this.options.cancelled })
    }
    for (let tries = 1; ; tries += 1) {
      try {
        return await this.attempt(step, phase, piece, log, prelude)
      } catch (error) {
        if (!(error instanceof ConnectionError) || tries >= LINK_TRIES) throw error
        log.flush()
        await this.channel.reconnect(log, { lost: `connection lost during the ${phase}; reconnecting` })
      }
      if (phase !== 'change') {
        log.note(`running the ${phase} again`)
        continue
      }
      if (!step.check) throw new ConnectionError(`connection lost during the change and nothing tells whether it was made (no check); it is undone`)
      log.note('running the check again to learn whether the change was made')
      const check = await this.attempt(step, 'check', step.check, log, prelude)
      if (check.rc !== 0) return check
      if (check.said.skip !== undefined) {
        log.note(`the check says the change is in place: ${check.said.skip}`)
        return { rc: 0, said: emptyResults() }
      }
      log.note('the check says nothing was changed: running the change again')
    }
  }

  private async attempt(step: Step, phase: Phase, piece: string, log: StepLog, prelude: string): Promise<{ rc: number; said: StepResults }> {
    const out = this.channel.nextOut(step.id, phase)
    const outcome = await this.channel.run(this.script(step, phase, piece, out, prelude), this.timeLeft(step.timeoutMinutes), log, out)
    log.flush()
    return outcome
  }

  /** Writes the step's undo script into the host's journal before its change begins. */
  private async journal(step: Step, log: StepLog): Promise<void> {
    const entry = journalEntry(this.journaled.length + 1, step)
    const undo = this.script(step, 'undo', step.undo ?? '', undoOut(entry), '', 'inline')
    const dir = `${runDir(this.options.runId)}/journal`
    const out = this.channel.nextOut(step.id, 'journal')
    const write = assemble({ title: `journal ${entry}`, runId: this.options.runId, step: step.id, out, vars: {}, library: 'session', inline: `[ -d ${quote([dir])} ] || mkdir -p ${quote([dir])}\n${heredoc(`${dir}/${entry}`, undo)}` })
    const { rc } = await this.channel.again(log, () => this.channel.run(write, ENGINE_SECONDS, log, out))
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
        this.channel.undo(entry, step.id, log, UNDO_SECONDS)
      )
      results.push({ ...result, id: step.id, title: step.title, status: result.status === 'ok' ? 'undone' : 'undo failed' })
    }
    this.options.onJournal?.(results.some((r) => r.status === 'undo failed'))
    return results
  }

  /**
   * Copies a host file into the log directory, secrets blanked; a missing file is noted,
   * not fatal. Logs go line by line; `raw` files (backups) byte for byte. Resolves to the local path.
   */
  private async collect(path: string, log: StepLog, raw = false): Promise<string> {
    const local = join(this.options.logDir, `host${path.replace(/\//g, '_')}`)
    const out = this.channel.nextOut('collect', 'read')
    const read = assemble({ title: `collect ${path}`, runId: this.options.runId, step: 'collect', out, vars: { HP_FILE: path }, library: 'session', inline: 'if [ -f "$HP_FILE" ]; then cat "$HP_FILE"; else exit 3; fi' })
    let rc: number
    if (raw) {
      const fd = openSync(local, 'w', 0o640)
      try {
        ;({ rc } = await this.channel.run(read, ENGINE_SECONDS, log, out, (chunk) => writeSync(fd, chunk)))
      } finally {
        closeSync(fd)
      }
      if (secrets.redactFile(local)) log.note(`${path} held a secret input: blanked in the copy`)
    } else {
      const copy = new StepLog(local, () => {})
      try {
        ;({ rc } = await this.channel.run(read, ENGINE_SECONDS, log, out, (chunk) => copy.write(chunk)))
      } finally {
        await copy.close()
      }
    }
    log.note(rc === 0 ? `collected ${path} into ${local}` : `could not collect ${path} (${rc === 3 ? 'not there' : `exit ${rc}`})`)
    return local
  }
}
