/**
 * How the engine talks to a host: scripts run in the target's session with their output
 * going to a step's log; the result folder each script leaves is read back by the
 * session's driver and interpreted here (see results.ts). A lost link is re-established
 * within a bound, and scripts that can safely run twice (the engine's own) run again.
 */
import { ConnectionError, type Target } from '../targets/target.js'
import { hostScript, type HostScript } from './host-scripts.js'
import type { Vars } from './procedure.js'
import { readResults, type StepResults } from './results.js'
import type { StepLog } from './step-log.js'
import { resultDir, runDir } from '../shell/script.js'

export const ENGINE_SECONDS = 5 * 60

/**
 * For tests only (README, "Testing"): a whole number of seconds from the environment that
 * replaces one of the engine's fixed windows, so that a test can outwait it.
 */
export function testSeconds(name: string, fallback: number): number {
  const value = process.env[name]
  return value !== undefined && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : fallback
}

/** How long a lost link (a network drop, a reboot of the host) is tried again. */
export const RECONNECT_SECONDS = testSeconds('HOSTPANEL_TEST_RECONNECT_SECONDS', 5 * 60)
const RETRY_MS = 2000

export interface EngineCall {
  vars?: Vars
  prelude?: string
  timeoutSeconds?: number
  /** Takes standard output instead of the log, when the caller needs the bytes themselves. */
  stdout?: (chunk: Buffer) => void
}

export interface Reconnecting {
  /** Noted in the log when the link is found lost, and when it is back. */
  lost?: string
  back?: string
  /** Epoch milliseconds after which no more tries are made (RECONNECT_SECONDS from now by default). */
  until?: number
}

/** The result folder of a journal entry's undo script: journal-undo passes what it holds on. */
export function undoOut(entry: string): string {
  return `undo-${entry}`
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export class HostChannel {
  private seq = 0
  /** Runs after every reconnection, before anything else (the runner takes the host lock again). */
  afterReconnect?: (log: StepLog) => Promise<void>

  constructor(
    readonly target: Target,
    readonly runId: string,
    private readonly reconnectSeconds = RECONNECT_SECONDS
  ) {}

  /** A fresh result folder name for one script of `step`. */
  nextOut(step: string, phase: string): string {
    this.seq += 1
    return `${String(this.seq).padStart(4, '0')}-${step}-${phase}`
  }

  /** Runs a script with its output going into `log` as it arrives; resolves to its exit status and what it reported. */
  async run(script: string, timeoutSeconds: number, log: StepLog, out: string, stdout?: (chunk: Buffer) => void): Promise<{ rc: number; said: StepResults }> {
    const { rc, results } = await this.target.run({
      script,
      timeoutSeconds,
      results: resultDir(this.runId, out),
      heartbeat: `${runDir(this.runId)}/heartbeat`,
      onStdout: stdout ?? ((chunk) => log.write(chunk, 'out')),
      onStderr: (chunk) => log.write(chunk, 'err')
    })
    return { rc, said: readResults(results) }
  }

  /** Runs something that may safely run twice, reconnecting and running it again while the link is what fails. */
  async again<T>(log: StepLog, attempt: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await attempt()
      } catch (error) {
        if (!(error instanceof ConnectionError)) throw error
        await this.reconnect(log)
      }
    }
  }

  /** Re-establishes the link within a bound; throws ConnectionError when it stays lost. */
  async reconnect(log: StepLog, how: Reconnecting = {}): Promise<void> {
    const until = how.until ?? Date.now() + this.reconnectSeconds * 1000
    log.note(how.lost ?? `connection to ${this.target.label} lost; reconnecting`)
    for (;;) {
      try {
        if (await this.target.reconnect()) {
          await this.afterReconnect?.(log)
          log.note(how.back ?? 'reconnected')
          return
        }
      } catch (error) {
        if (!(error instanceof ConnectionError)) throw error
      }
      if (Date.now() + RETRY_MS > until) {
        throw new ConnectionError(`could not reconnect to ${this.target.label} (tried until ${new Date(until).toISOString()})`)
      }
      await sleep(RETRY_MS)
    }
  }

  /** Runs one or more of the engine's own host scripts (all safe to run twice) and reads what they reported. */
  async engine(name: HostScript | HostScript[], step: string, log: StepLog, call: EngineCall = {}): Promise<{ rc: number; results: StepResults }> {
    const out = this.nextOut(step, [name].flat().join('-'))
    const script = hostScript(name, this.runId, step, call.vars ?? {}, call.prelude ?? '', out, 'session')
    const { rc, said } = await this.again(log, () => this.run(script, call.timeoutSeconds ?? ENGINE_SECONDS, log, out, call.stdout))
    return { rc, results: said }
  }

  /** Runs a journal entry's undo (journal-undo); resolves to its status and what the undo said. */
  async undo(entry: string, step: string, log: StepLog, timeoutSeconds: number): Promise<{ rc: number; results: StepResults }> {
    return this.engine('journal-undo', step, log, { vars: { HP_JOURNAL_ENTRY: entry, HP_UNDO_OUT: resultDir(this.runId, undoOut(entry)) }, timeoutSeconds })
  }
}
