/**
 * Option helpers products share, and the options several products read with one meaning
 * (an input several products read must be declared identically: see registry.allInputs).
 */
import { statfsSync } from 'node:fs'
import { BOOLEAN_ACCEPTS, BOOLEANS } from '../settings/inputs.js'
import { isHttpsUrl, isWholeNumber } from '../settings/validate.js'
import { PLAN, type Settings } from '../settings/settings.js'
import type { OptionSpec } from './product.js'

export const oneOf = (values: string[]): Pick<OptionSpec, 'accepts' | 'valid'> => ({
  accepts: `one of: ${values.join(', ')}`,
  valid: (v) => values.includes(v)
})

/** A boolean option, read as core.getBooleanInput reads booleans; the steps see true or false. */
export const trueOrFalse: Pick<OptionSpec, 'accepts' | 'valid' | 'normalise'> = {
  accepts: BOOLEAN_ACCEPTS,
  valid: (v) => BOOLEANS.true.includes(v) || BOOLEANS.false.includes(v),
  normalise: (v) => String(BOOLEANS.true.includes(v))
}

export const wholeNumber = (min: number, max: number, unit: string): Pick<OptionSpec, 'accepts' | 'valid'> => ({
  accepts: `a whole number of ${unit} from ${min} to ${max} (digits only)`,
  valid: (v) => isWholeNumber(v, min, max)
})

/** Where a vendor release tarball comes from: downloaded on the host over https... */
export const releaseUrl: OptionSpec = {
  name: 'release-url',
  description: "The release tarball to install from, downloaded by the host over https (default: the product's own archive for that release, where one exists).",
  accepts: 'an https:// URL of a .tar.gz',
  valid: isHttpsUrl
}

/** ...or already on the host. */
export const releasePath: OptionSpec = {
  name: 'release-path',
  description: 'The release tarball (or unpacked release folder) already on the host; instead of release-url.',
  accepts: 'an absolute path on the host',
  notWith: 'release-url',
  valid: (v) => /^\/[A-Za-z0-9._+/-]{1,255}$/.test(v) && !v.split('/').includes('..')
}

const SIZE = /^(0|[1-9][0-9]{0,12}[KMGT]?)$/

/** A size as backup-download-limit takes it (500M, 2G; K, M, G, T are powers of 1024) in bytes. */
export function sizeBytes(value: string): number {
  const unit = ' KMGT'.indexOf(value.at(-1) ?? '')
  return unit > 0 ? Number(value.slice(0, -1)) * 1024 ** unit : Number(value)
}

/**
 * How much of a backup comes to the runner. A GitHub-hosted runner has about 14 GB free:
 * 2 GiB leaves room for the job, the log-dir's upload and a second copy while it is zipped.
 */
export const backupDownloadLimit: OptionSpec = {
  name: 'backup-download-limit',
  description:
    "upgrade: the largest backup copied from the host into log-dir (the backup output); a larger one stays on the host only (the backup-host output; the undo always restores from the host's copy). 0: never copied.",
  accepts: 'a size in bytes, or with K, M, G or T (powers of 1024) such as 500M or 2G; 0 for never',
  default: '2G',
  valid: (v) => SIZE.test(v)
}

/**
 * The step variables of backup-download-limit: the limit in bytes and the room the runner's
 * log-dir has now (a plan names it, as it differs from one moment to the next).
 */
export function backupVars(settings: Settings, options: Record<string, string>): Record<string, string> {
  const room = statfsSync(settings.logDir)
  const free = settings.mode === PLAN ? 'bytes free in log-dir as the run starts' : String(room.bavail * room.bsize)
  return { BACKUP_DOWNLOAD_LIMIT: String(sizeBytes(options['backup-download-limit'])), RUNNER_FREE: free }
}
