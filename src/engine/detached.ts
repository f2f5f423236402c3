/**
 * A long step runs detached on the host (its own session, output to a file, exit status
 * to another) while the session's driver relays the file as it grows (inotify) and says
 * at once when the step has ended. A dropped link only pauses the following: the action
 * reconnects and resumes from the last byte it received.
 */
import { quote } from 'shell-quote'
import { heredoc, resultDir, runDir } from '../shell/script.js'
import { ConnectionError } from '../targets/target.js'
import type { HostChannel } from './channel.js'
import { emptyResults, readResults, type StepResults } from './results.js'
import type { StepLog } from './step-log.js'

/** How often cancellation and the deadline are looked at while following. */
const WATCH_MS = 500

export interface DetachedRun {
  channel: HostChannel
  step: string
  script: string
  /** The script's result folder name (see HostChannel.nextOut). */
  out: string
  log: StepLog
  /** Epoch milliseconds after which the step is stopped. */
  deadline: number
  cancelled(): boolean
}

/** Resolves to the step's exit status (124 when it ran out of time, 130 when cancelled) and what it reported. */
export async function runDetached(run: DetachedRun): Promise<{ rc: number; said: StepResults }> {
  const dir = `${runDir(run.channel.runId)}/detached/${run.step}`
  const write = `mkdir -p ${quote([dir])}\n${heredoc(`${dir}/script.sh`, run.script)}`
  const started = await run.channel.engine('detached-start', run.step, run.log, { prelude: write, timeoutSeconds: 120 })
  if (started.rc !== 0) throw new Error(`could not start the detached step on the host (exit ${started.rc})`)
  run.log.note(`started detached on the host; output: ${dir}/output.log`)
  return follow(run, dir)
}

async function follow(run: DetachedRun, dir: string): Promise<{ rc: number; said: StepResults }> {
  const target = run.channel.target
  let offset = 0
  for (;;) {
    if (run.cancelled() || Date.now() > run.deadline) {
      const reason = run.cancelled() ? 'cancelled' : 'out of time'
      run.log.note(`${reason}: stopping the detached step on the host`)
      await run.channel.engine('detached-stop', run.step, run.log, { timeoutSeconds: 120 })
      return { rc: run.cancelled() ? 130 : 124, said: emptyResults() }
    }
    const watch = setInterval(() => {
      if (run.cancelled() || Date.now() > run.deadline) target.stopFollow()
    }, WATCH_MS)
    let end
    try {
      // The offset is read at each try: a retry resumes after the last byte received.
      end = await target.follow({
        dir,
        offset,
        results: resultDir(run.channel.runId, run.out),
        onOutput: (chunk) => {
          offset += chunk.length
          run.log.write(chunk)
        }
      })
    } catch (error) {
      if (!(error instanceof ConnectionError) || run.cancelled()) throw error
      await run.channel.reconnect(run.log, {
        lost: 'connection lost; the step keeps running on the host; reconnecting',
        back: 'reconnected; resuming the output where it stopped',
        until: run.deadline
      })
      continue
    } finally {
      clearInterval(watch)
    }
    if (end === 'running') continue
    // The step's last line may lack a newline: it ends here, before anything else is logged.
    run.log.flush()
    if (end === 'lost') {
      // Said as the step's error: the log's last line is the relock's, not the reason.
      const error = 'the detached step ended without an exit status (host rebooted or process killed)'
      run.log.note(error)
      return { rc: 1, said: { ...emptyResults(), error } }
    }
    return { rc: end.rc, said: readResults(end.results) }
  }
}
