/**
 * Checks of input values that do not depend on the product registry, so that the
 * check-plugin sub-action reads its inputs exactly as the main action does without
 * bundling every product (moved here from input-helper.ts).
 */
import { accessSync, constants, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs'
import * as path from 'node:path'
import type { OptionSpec } from '../products/product.js'
import type { InputDoc } from './inputs.js'
import { InputError } from './settings.js'
import { urlCredentials } from './validate.js'

/** A value as an error message may show it: short, and only ever printable. */
export function shown(value: string): string {
  const printable = value.replace(/[^\x20-\x7e]/g, '?')
  return printable.length > 80 ? `${printable.slice(0, 80)}…` : printable
}

// eslint-disable-next-line no-control-regex -- control and invisible (zero-width, bidi) characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/
// eslint-disable-next-line no-control-regex -- in several lines, only line breaks and tabs (indentation) are allowed
const CONTROL_BUT_NEWLINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/

/**
 * What no input accepts: control characters (line breaks too, except in the inputs of
 * several lines, whose CRLF becomes LF and where tabs may indent) and, in one-line inputs,
 * spaces around the value. Returns the value to use.
 */
export function checkValue(doc: InputDoc, value: string): string {
  const name = doc.name
  if (value === '') return value
  const accepts = `use ${doc.accepts}`
  if (doc.multiline) {
    if (CONTROL_BUT_NEWLINE.test(value)) throw new InputError(name, `contains a control or invisible character other than a line break; ${accepts}`)
    return value.replace(/\r\n?/g, '\n')
  }
  if (CONTROL.test(value)) throw new InputError(name, `contains a line break, or another control or invisible character; ${accepts} (one line)`)
  if (value.trim() !== value) throw new InputError(name, `has spaces around its value; remove them and ${accepts}`)
  return value
}

/** A product option's value, its default applied, checked by the option itself, in its normal form. */
export function optionValue(spec: OptionSpec, given: string): string {
  const value = given || spec.default || ''
  if (value !== '' && !spec.valid(value)) {
    throw new InputError(spec.name, spec.secret || urlCredentials(value) ? `is not accepted; use ${spec.accepts}` : `'${shown(value)}' is not accepted; use ${spec.accepts}`)
  }
  const refused = value === '' || spec.secret ? undefined : spec.refuses?.(value)
  if (refused) throw new InputError(spec.name, `'${shown(value)}' is not accepted: it is ${refused}; use ${spec.accepts}`)
  return value !== '' && spec.normalise ? spec.normalise(value) : value
}

const MAX_LOG_DIR = 1024
const SYSTEM_TREES = ['/proc', '/sys', '/dev']

/** The deepest part of `dir` that exists, with its symbolic links resolved. */
function existingReal(dir: string): string {
  let probe = dir
  while (!existsSync(probe)) probe = path.dirname(probe)
  return path.join(realpathSync(probe), path.relative(probe, dir))
}

/** Checks and creates the log folder before anything connects; errors name the input. */
export function prepareLogDir(given: string): string {
  const fail = (why: string): never => {
    throw new InputError('log-dir', `'${shown(given)}' ${why}; use a writable folder path of at most ${MAX_LOG_DIR} characters, not under /proc, /sys or /dev`)
  }
  // action.yml's default as text: a runner would have filled in ${{ runner.temp }}.
  if (given.includes('${{')) fail('holds an expression no runner evaluated')
  const dir = path.resolve(given)
  if (dir.length > MAX_LOG_DIR) fail(`is ${dir.length} characters long`)
  if (dir.split('/').some((part) => Buffer.byteLength(part) > 255)) fail('has a name longer than 255 bytes')
  const real = existingReal(dir)
  const tree = SYSTEM_TREES.find((root) => real === root || real.startsWith(`${root}/`))
  if (tree) fail(`is under ${tree}, a system tree`)
  if (existsSync(dir) && !statSync(dir).isDirectory()) fail('exists and is not a folder')
  try {
    mkdirSync(dir, { recursive: true })
    accessSync(dir, constants.W_OK | constants.X_OK)
  } catch (error) {
    fail(`cannot be created or written (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  return dir
}
