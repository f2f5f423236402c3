import type { TargetSettings } from '../settings/settings.js'
import { LocalTarget } from './local-target.js'
import { SshTarget } from './ssh-target.js'
import type { Target } from './target.js'

export function createTarget(settings: TargetSettings, workDir?: string): Target {
  return settings.kind === 'local' ? new LocalTarget() : new SshTarget(settings, undefined, workDir)
}
