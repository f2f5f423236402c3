/**
 * Every secret input of every product is blanked in every file the action writes and
 * masked on the console, whichever procedure runs: a verify run with an activation key
 * set must not leak it because verify itself does not use it. The common encodings a
 * host tool may print (base64 at any alignment, URL encoding, hex) are blanked as well.
 */
import * as core from '@actions/core'
import { readFileSync, writeFileSync } from 'node:fs'

export const BLANK = '***'
/** Shorter values are not secrets worth the false positives of blanking them everywhere. */
const MIN_LENGTH = 4

function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value)
  const forms: string[] = [bytes.toString('base64')]
  // A secret inside a longer base64 text starts at one of three byte offsets; the
  // characters that depend only on the secret are the same at each.
  for (let shift = 0; shift < 3; shift += 1) {
    const padded = Buffer.concat([Buffer.alloc(shift), bytes])
    let text = padded.toString('base64').replace(/=+$/, '')
    const skip = Math.ceil((shift * 4) / 3)
    // The last character is shared with whatever follows, unless the length is whole.
    const cut = padded.length % 3 === 0 ? 0 : 1
    text = text.slice(skip, text.length - cut)
    if (text.length >= MIN_LENGTH) forms.push(text, text.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return forms
}

/** The forms of one secret value that are blanked wherever they appear. */
export function secretForms(value: string): string[] {
  const forms = new Set<string>()
  const add = (form: string): void => {
    if (form.length >= MIN_LENGTH) forms.add(form)
  }
  // Each line of a multi-line secret (a key) is blanked as it is; the encodings are of the
  // whole value and of one-line values: every form costs a scan of every block of output.
  for (const line of value.split(/\r?\n/)) add(line.trim())
  for (const piece of [value, value.trim()]) {
    if (piece.length < MIN_LENGTH) continue
    add(piece)
    add(encodeURIComponent(piece))
    add(encodeURIComponent(piece).replace(/%20/g, '+'))
    add(Buffer.from(piece).toString('hex'))
    add(Buffer.from(piece).toString('hex').toUpperCase())
    for (const form of base64Forms(piece)) add(form)
  }
  // Longest first: a form that contains another is blanked whole.
  return [...forms].sort((a, b) => b.length - a.length)
}

/** Forms at least this long are found by the skipping search; shorter ones (few) one by one. */
const SKIPPING = 16

/**
 * Finds whether any of a set of byte strings occurs in a buffer, in one pass that skips
 * ahead (Wu and Manber's multi-pattern search): a window as long as the shortest form
 * slides along, and the last bytes under it tell how far it can move before a form could
 * end there. Output holds no secret almost always, and then a block is passed on as
 * bytes, never decoded, split or searched once per form (an SSH key alone has 25 forms).
 * Short forms would allow short moves only: they are searched for one by one.
 */
export class SecretScan {
  private static readonly BITS = 16
  private static readonly BLOCK = 3
  private readonly short: Buffer[]
  private readonly window: number
  private readonly shift = new Uint16Array(1 << SecretScan.BITS)
  /** The forms whose window ends in each block value (hash), for the exact comparison. */
  private readonly ending = new Map<number, Buffer[]>()

  constructor(forms: Buffer[]) {
    this.short = forms.filter((f) => f.length < SKIPPING)
    const long = forms.filter((f) => f.length >= SKIPPING)
    this.window = long.length ? Math.min(...long.map((f) => f.length)) : 0
    this.shift.fill(this.window - SecretScan.BLOCK + 1)
    for (const form of long) {
      for (let end = SecretScan.BLOCK - 1; end < this.window; end += 1) {
        const h = SecretScan.hash(form, end)
        this.shift[h] = Math.min(this.shift[h], this.window - 1 - end)
      }
      const h = SecretScan.hash(form, this.window - 1)
      this.ending.set(h, [...(this.ending.get(h) ?? []), form])
    }
  }

  private static hash(bytes: Buffer, end: number): number {
    return ((bytes[end] << 10) ^ (bytes[end - 1] << 5) ^ bytes[end - 2]) & ((1 << SecretScan.BITS) - 1)
  }

  /** Does some form occur in `bytes`? */
  found(bytes: Buffer): boolean {
    if (this.short.some((form) => bytes.includes(form))) return true
    if (this.window === 0) return false
    for (let end = this.window - 1; end < bytes.length; ) {
      const h = SecretScan.hash(bytes, end)
      const skip = this.shift[h]
      if (skip > 0) {
        end += skip
        continue
      }
      const start = end - this.window + 1
      for (const form of this.ending.get(h) ?? []) {
        if (start + form.length <= bytes.length && bytes.compare(form, 0, form.length, start, start + form.length) === 0) return true
      }
      end += 1
    }
    return false
  }
}

export class Redactor {
  private forms: string[] = []
  private scan?: SecretScan

  /**
   * Registers a secret: blanked by redact() in all its forms, and masked by the runner as
   * itself (and line by line): everything the action echoes from a host is blanked here
   * first, so the encoded forms need no runner mask of their own.
   */
  add(value: string | undefined): void {
    if (!value || value.trim().length < MIN_LENGTH) return
    const added = secretForms(value)
    for (const piece of new Set([value, ...value.split(/\r?\n/).map((l) => l.trim())])) if (piece.length >= MIN_LENGTH) core.setSecret(piece)
    this.forms = [...new Set([...this.forms, ...added])].sort((a, b) => b.length - a.length)
    // Built at the first search, once every secret of the start is registered.
    this.scan = undefined
  }

  /** Does `bytes` hold a secret in one of its forms? One pass, however many forms there are. */
  holds(bytes: Buffer): boolean {
    if (this.forms.length === 0) return false
    this.scan ??= new SecretScan(this.forms.map((f) => Buffer.from(f)))
    return this.scan.found(bytes)
  }

  redact(text: string): string {
    let out = text
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join(BLANK)
    return out
  }

  /**
   * Blanks secrets in a file written byte for byte (a database dump kept as an
   * artifact). Bytes are compared as bytes, so a binary file stays intact unless it does
   * hold a secret, where blanking wins over keeping the file loadable.
   */
  redactFile(path: string): boolean {
    if (this.forms.length === 0) return false
    const text = readFileSync(path).toString('latin1')
    let out = text
    for (const form of this.forms) {
      const bytes = Buffer.from(form).toString('latin1')
      if (out.includes(bytes)) out = out.split(bytes).join(BLANK)
    }
    if (out === text) return false
    writeFileSync(path, Buffer.from(out, 'latin1'))
    return true
  }

  get empty(): boolean {
    return this.forms.length === 0
  }
}

/** The one redactor of this process: the main and post steps' run() fill it before anything prints. */
export const secrets = new Redactor()
