/**
 * The post step: runs even when the main step was killed or the job cancelled. It
 * finishes any undo the main step could not, releases the host lock, and removes the
 * SSH key and connection it left behind.
 */
import * as core from '@actions/core'
import { recoverRun } from './engine/recovery.js'
import { getSettings } from './settings/input-helper.js'
import { loadRunState } from './state-helper.js'
import { createTarget } from './targets/factory.js'
import { cleanupSshWorkDir } from './targets/ssh-target.js'

export async function cleanup(): Promise<void> {
  const state = loadRunState()
  if (!state) return
  try {
    if (!state.finished || state.pendingUndo) {
      core.startGroup('Finish the interrupted run: undo pending changes, release the host')
      try {
        const target = createTarget(getSettings().target, state.sshWorkDir)
        await target.connect()
        const result = await recoverRun(target, state.runId, state.logDir, (lines) => process.stdout.write(lines))
        await target.close()
        core.info(`undone: ${result.undone.join(', ') || 'nothing'}`)
        if (result.failed.length) core.error(`undo failed for ${result.failed.join(', ')}; see ${state.logDir}/post-recovery.log`)
      } finally {
        core.endGroup()
      }
    }
  } catch (error) {
    core.error(`post step: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    if (state.sshWorkDir) await cleanupSshWorkDir(state.sshWorkDir)
  }
}
