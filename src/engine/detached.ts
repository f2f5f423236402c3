/**
 * A long step runs detached on the host (its own session, output to a file, exit status
 * to another) while the action follows its output. A dropped link only pauses the
 * following: the action reconnects and resumes from the last byte it received.
 */
import { quote } from 'shell-quote'
import { heredoc, runDir } from '../shell/script.js'
import { ConnectionError } from '../targets/target.js'
import type { HostChannel } from './channel.js'
import type { HostScript } from './host-scripts.js'
import type { Vars } from './procedure.js'
import type { StepLog } from './step-log.js'

const FOLLOW_SECONDS = 5
const RETRY_SECONDS = 2

export interface DetachedRun {
  channel: HostChannel
  step: string
  script: string
  log: StepLog
  /** Epoch milliseconds after which the step is stopped. */
  deadline: number
  cancelled(): boolean
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Runs one engine script for this step; its output goes to the step's log unless a sink is given. */
async function call(run: DetachedRun, name: HostScript, vars: Vars = {}, prelude = '', stdout?: (chunk: Buffer) => void): Promise<number> {
  return (await run.channel.engine(name, run.step, run.log, { vars, prelude, timeoutSeconds: 120, stdout })).rc
}

async function reconnect(run: DetachedRun): Promise<void> {
  run.log.note('connection lost; the step keeps running on the host; reconnecting')
  for (;;) {
    if (Date.now() > run.deadline) throw new ConnectionError(`could not reconnect to ${run.channel.target.label} before the step's time ran out`)
    if (await run.channel.target.reconnect()) {
      run.log.note('reconnected; resuming the output where it stopped')
      return
    }
    await sleep(RETRY_SECONDS * 1000)
  }
}

/** Runs a read-only call, reconnecting and retrying it as long as the link is what failed. */
async function resilient(run: DetachedRun, attempt: () => Promise<number>): Promise<number> {
  for (;;) {
    try {
      return await attempt()
    } catch (error) {
      if (!(error instanceof ConnectionError) || run.cancelled()) throw error
      await reconnect(run)
    }
  }
}

/** Resolves to the step's exit status: 124 when it ran out of time, 130 when cancelled. */
export async function runDetached(run: DetachedRun): Promise<number> {
  const dir = `${runDir(run.channel.runId)}/detached/${run.step}`
  const write = `mkdir -p ${quote([dir])}\n${heredoc(`${dir}/script.sh`, run.script)}`
  const started = await call(run, 'detached-start', {}, write)
  if (started !== 0) throw new Error(`could not start the detached step on the host (exit ${started})`)
  run.log.note(`started detached on the host; output: ${dir}/output.log`)
  return followUntilDone(run)
}

async function followUntilDone(run: DetachedRun): Promise<number> {
  let offset = 0
  for (;;) {
    if (run.cancelled() || Date.now() > run.deadline) {
      const reason = run.cancelled() ? 'cancelled' : 'out of time'
      run.log.note(`${reason}: stopping the detached step on the host`)
      await call(run, 'detached-stop')
      return run.cancelled() ? 130 : 124
    }
    // The offset is read at each try: a retry resumes after the last byte received.
    const rc = await resilient(run, () =>
      call(run, 'detached-follow', { HP_OFFSET: String(offset), HP_FOLLOW_SECONDS: String(FOLLOW_SECONDS) }, '', (chunk) => {
        offset += chunk.length
        run.log.write(chunk)
      })
    )
    if (rc === 3) continue
    if (rc !== 0) throw new Error(`following the detached step failed (exit ${rc})`)
    // The step's last line may lack a newline: it ends here, before anything else is logged.
    run.log.flush()
    return status(run)
  }
}

async function status(run: DetachedRun): Promise<number> {
  let said = ''
  const rc = await resilient(run, () => {
    said = ''
    return call(run, 'detached-status', {}, '', (chunk) => (said += chunk.toString()))
  })
  const value = said.trim()
  if (rc !== 0) return rc
  if (value === 'lost') {
    run.log.note('the detached step ended without an exit status (host rebooted or process killed)')
    return 1
  }
  return /^\d+$/.test(value) ? Number(value) : 1
}
