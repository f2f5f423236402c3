/**
 * The post step (run(), called by src/post.ts and @github/local-action): runs even when the
 * main step was killed or the job cancelled. It finishes any undo the main step could not,
 * releases the host lock, and stops every process the action started on the runner (the
 * session's ssh and any ssh-keyscan under way) and removes the SSH key. A run that never
 * reached its host has nothing to finish there.
 */
import * as core from '@actions/core'
import { RECONNECT_SECONDS } from './engine/channel.js'
import { recoverRun } from './engine/recovery.js'
import { annotations } from './report/annotations.js'
import { guardedGroup, safeLine } from './report/console.js'
import { getSettings, registerSecrets } from './settings/input-helper.js'
import { loadRunState } from './state-helper.js'
import { createTarget } from './targets/factory.js'
import { stopProcessesNaming } from './targets/leftovers.js'
import { cleanupSshWorkDir } from './targets/ssh-target.js'
import { ConnectionError, type Target } from './targets/target.js'

/** A host that is rebooting or briefly unreachable gets the same grace as in the main step. */
async function connectWithin(target: Target, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000
  for (;;) {
    try {
      return await target.connect()
    } catch (error) {
      if (!(error instanceof ConnectionError) || Date.now() > until) throw error
      core.info(safeLine(`cannot reach ${target.label} yet (${error.message}); trying again`))
      await new Promise((resolve) => setTimeout(resolve, 3000))
    }
  }
}

export async function run(): Promise<void> {
  const state = loadRunState()
  if (!state) return
  try {
    registerSecrets()
    if (state.connected && (!state.finished || state.pendingUndo)) {
      const end = guardedGroup('Finish the interrupted run: undo pending changes, release the host')
      try {
        // A killed main step's ssh may still run on the folder's key: stop it first.
        if (state.sshWorkDir) await stopProcessesNaming(state.sshWorkDir)
        const target = createTarget(getSettings().target ?? { kind: 'local' }, state.sshWorkDir)
        await connectWithin(target, RECONNECT_SECONDS)
        try {
          const result = await recoverRun(target, state.runId, state.logDir, (lines) => process.stdout.write(lines))
          core.info(safeLine(`undone: ${result.undone.join(', ') || 'nothing'}`))
          for (const warning of result.warnings) annotations.warning(safeLine(warning), { title: 'hostpanel post step' })
          if (result.failed.length) annotations.annotate('error', safeLine(`undo failed for ${result.failed.join(', ')}; see ${result.log}`), {}, true)
        } finally {
          await target.close()
        }
      } finally {
        end()
      }
    }
  } catch (error) {
    annotations.annotate('error', safeLine(`post step: ${error instanceof Error ? error.message : String(error)}`), {}, true)
  } finally {
    annotations.flush()
    if (state.sshWorkDir) await cleanupSshWorkDir(state.sshWorkDir)
  }
}
