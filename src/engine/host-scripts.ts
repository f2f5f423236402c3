/** The engine's own scripts on the host (lock, journal, results, detached steps), built like any step's. */
import { readAsset } from '../shell/assets.js'
import { assemble } from '../shell/script.js'
import type { Vars } from './procedure.js'

export type HostScript =
  | 'lock'
  | 'unlock'
  | 'finish'
  | 'secrets'
  | 'results'
  | 'journal-list'
  | 'journal-undo'
  | 'journal-clear'
  | 'detached-start'
  | 'detached-follow'
  | 'detached-status'
  | 'detached-stop'
  | 'detached-stop-all'

/** `prelude` runs before the piece (for example a heredoc that writes a file it uses). */
export function hostScript(name: HostScript, runId: string, step: string, vars: Vars = {}, prelude = '', out = `engine-${name}`): string {
  const inline = prelude + readAsset(`engine/host/${name}.sh`)
  return assemble({ title: `engine: ${name}`, runId, step, out, vars, inline })
}
