/** The engine's own scripts on the host (lock, journal, results, detached steps), built like any step's. */
import { readAsset } from '../shell/assets.js'
import { assemble, type ScriptParts } from '../shell/script.js'
import type { Vars } from './procedure.js'

export type HostScript =
  | 'lock'
  | 'unlock'
  | 'finish'
  | 'secrets'
  | 'journal-list'
  | 'journal-undo'
  | 'journal-clear'
  | 'detached-start'
  | 'detached-stop'
  | 'detached-stop-all'
  | 'sessions'
  | 'earlier'

/**
 * One script of one or more engine pieces, run in order (secrets then lock, unlock then
 * finish: one round trip). `prelude` runs first (a heredoc that writes a file they use).
 */
export function hostScript(
  name: HostScript | HostScript[],
  runId: string,
  step: string,
  vars: Vars = {},
  prelude = '',
  out = `engine-${[name].flat().join('-')}`,
  library: ScriptParts['library'] = 'inline'
): string {
  const names = [name].flat()
  const inline = prelude + ['common', ...names].map((n) => readAsset(`engine/host/${n}.sh`)).join('\n')
  return assemble({ title: `engine: ${names.join(', ')}`, runId, step, out, vars, inline, library })
}
