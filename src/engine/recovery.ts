/**
 * Finishes a run that the main step could not finish (killed or cancelled): ends what
 * its sessions left running and stops its detached steps, runs what is left in the host's undo journal newest first, and
 * releases the host lock. Used by the post step; its log is guarded and blanked like
 * every other. A lost link (the host rebooting) is tried again within a bound.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Target } from '../targets/target.js'
import { HostChannel } from './channel.js'
import { StepLog } from './step-log.js'

const SECONDS = 15 * 60

export interface RecoveryResult {
  undone: string[]
  failed: string[]
  /** What the undo scripts warned of (hp_warn). */
  warnings: string[]
  log: string
}

export async function recoverRun(target: Target, runId: string, logDir: string, echo: (lines: Buffer) => void): Promise<RecoveryResult> {
  mkdirSync(logDir, { recursive: true })
  const log = new StepLog(join(logDir, 'post-recovery.log'), echo)
  const channel = new HostChannel(target, runId)
  const result: RecoveryResult = { undone: [], failed: [], warnings: [], log: log.path }
  try {
    // The main step's sessions first: a script of theirs must not outlive the undo.
    await channel.engine(['sessions', 'detached-stop-all'], 'engine', log, { timeoutSeconds: SECONDS })
    let listing = ''
    await channel.engine('journal-list', 'engine', log, { stdout: (chunk) => (listing += chunk.toString()) })
    // A listing cut by a lost link is asked for again: the same entries may come twice.
    for (const entry of new Set(listing.split('\n').filter((l) => /^\d{3}-[a-z0-9-]+$/.test(l)))) {
      log.note(`undo ${entry}`)
      const { rc, results } = await channel.undo(entry, entry.slice(4), log, SECONDS)
      ;(rc === 0 ? result.undone : result.failed).push(entry)
      result.warnings.push(...results.warnings.map((warning) => `${entry}: ${warning}`))
    }
    await channel.engine('unlock', 'engine', log)
    await channel.engine('finish', 'engine', log)
  } finally {
    await log.close()
  }
  return result
}
