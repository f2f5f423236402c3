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

export class Redactor {
  private forms: string[] = []

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

/** The one redactor of this process: run() and cleanup() fill it before anything prints. */
export const secrets = new Redactor()
