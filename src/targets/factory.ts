import type { TargetSettings } from '../settings/settings.js'
import { LOCAL_LABEL, LocalTarget } from './local-target.js'
import { SshTarget, sshLabel } from './ssh-target.js'
import type { Target } from './target.js'

/** Where steps would run, for plans, logs and summaries (creates nothing). */
export function describeTarget(settings: TargetSettings): string {
  return settings.kind === 'local' ? LOCAL_LABEL : sshLabel(settings)
}

export function createTarget(settings: TargetSettings, workDir?: string): Target {
  return settings.kind === 'local' ? new LocalTarget() : new SshTarget(settings, undefined, workDir)
}
