/** What the main step leaves for the post step (which runs even when main was killed). */
import * as core from '@actions/core'

export interface RunState {
  runId: string
  logDir: string
  /** The SSH work folder (key, socket) to remove; absent for the local target. */
  sshWorkDir?: string
  /** True once the target was reached: before that there is nothing on the host to recover. */
  connected: boolean
  /** True while the host's journal may hold changes that were not undone. */
  pendingUndo: boolean
  /** True once main has released the host and cleaned up after itself. */
  finished: boolean
}

const KEY = 'hostpanel-run'

export function saveRunState(state: RunState): void {
  core.saveState(KEY, JSON.stringify(state))
}

export function loadRunState(): RunState | undefined {
  const raw = core.getState(KEY)
  return raw ? (JSON.parse(raw) as RunState) : undefined
}
