/**
 * Option helpers products share, and the options several products read with one meaning
 * (an input several products read must be declared identically: see registry.allInputs).
 */
import { BOOLEAN_ACCEPTS, BOOLEANS } from '../settings/inputs.js'
import { isHttpsUrl, isWholeNumber } from '../settings/validate.js'
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
