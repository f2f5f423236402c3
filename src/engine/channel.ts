/**
 * How the engine talks to a host: scripts run on the target with their output going to a
 * step's log, and the result folder each script leaves is read back afterwards by an
 * engine script whose output nothing else writes to (see results.ts).
 */
import type { Target } from '../targets/target.js'
import { hostScript, type HostScript } from './host-scripts.js'
import type { Vars } from './procedure.js'
import { emptyResults, parseResults, type StepResults } from './results.js'
import type { StepLog } from './step-log.js'
import { resultDir } from '../shell/script.js'

export const ENGINE_SECONDS = 5 * 60

export interface EngineCall {
  vars?: Vars
  prelude?: string
  timeoutSeconds?: number
  /** Takes standard output instead of the log, when the caller needs the bytes themselves. */
  stdout?: (chunk: Buffer) => void
  /** Read what the script reported (hp_fail, hp_warn); most engine scripts report nothing. */
  results?: boolean
}

export class HostChannel {
  private seq = 0

  constructor(
    readonly target: Target,
    readonly runId: string
  ) {}

  /** A fresh result folder name for one script of `step`. */
  nextOut(step: string, phase: string): string {
    this.seq += 1
    return `${String(this.seq).padStart(4, '0')}-${step}-${phase}`
  }

  /** Runs a script with its output going into `log` as it arrives; resolves to its exit status. */
  exec(script: string, timeoutSeconds: number, log: StepLog, stdout?: (chunk: Buffer) => void): Promise<number> {
    return this.target.exec({
      script,
      timeoutSeconds,
      onStdout: stdout ?? ((chunk) => log.write(chunk, 'out')),
      onStderr: (chunk) => log.write(chunk, 'err')
    })
  }

  /** Reads (and removes) the result folder a script left behind. */
  async results(out: string, log: StepLog): Promise<StepResults> {
    let listing = ''
    const script = hostScript('results', this.runId, 'engine', { HP_READ: resultDir(this.runId, out) }, '', 'engine-results')
    const rc = await this.exec(script, ENGINE_SECONDS, log, (chunk) => (listing += chunk.toString()))
    if (rc !== 0) {
      log.note(`could not read the step's results (exit ${rc})`)
      return emptyResults()
    }
    return parseResults(listing)
  }

  /** Runs one of the engine's own host scripts and reads what it reported. */
  async engine(name: HostScript, step: string, log: StepLog, call: EngineCall = {}): Promise<{ rc: number; results: StepResults }> {
    const out = this.nextOut(step, name)
    const script = hostScript(name, this.runId, step, call.vars ?? {}, call.prelude ?? '', out)
    const rc = await this.exec(script, call.timeoutSeconds ?? ENGINE_SECONDS, log, call.stdout)
    return { rc, results: call.results ? await this.results(out, log) : emptyResults() }
  }
}
