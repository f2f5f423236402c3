/**
 * Finishes a run that the main step could not finish (killed or cancelled): stops its
 * detached steps, runs what is left in the host's undo journal newest first, and
 * releases the host lock. Used by the post step.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Target } from '../targets/target.js'
import { hostScript, type HostScript } from './host-scripts.js'
import type { Vars } from './procedure.js'
import { StepLog, execLogged } from './step-log.js'

const SECONDS = 15 * 60

export interface RecoveryResult {
  undone: string[]
  failed: string[]
}

export async function recoverRun(target: Target, runId: string, logDir: string, echo: (lines: string) => void): Promise<RecoveryResult> {
  mkdirSync(logDir, { recursive: true })
  const log = new StepLog(join(logDir, 'post-recovery.log'), [], echo)
  const call = (name: HostScript, step = 'engine', vars: Vars = {}, sink?: (chunk: Buffer) => void): Promise<number> =>
    execLogged(target, hostScript(name, runId, step, vars), SECONDS, log, sink)
  const result: RecoveryResult = { undone: [], failed: [] }
  try {
    await call('detached-stop-all')
    let listing = ''
    await call('journal-list', 'engine', {}, (chunk) => (listing += chunk.toString()))
    for (const entry of listing.split('\n').filter((l) => /^\d{3}-[a-z0-9-]+$/.test(l))) {
      log.note(`undo ${entry}`)
      const rc = await call('journal-undo', entry.slice(4), { HP_JOURNAL_ENTRY: entry })
      ;(rc === 0 ? result.undone : result.failed).push(entry)
    }
    await call('unlock')
    await call('finish')
  } finally {
    await log.close()
  }
  return result
}
