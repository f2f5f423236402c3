/**
 * Where a step's output goes as it arrives: its own log file and the console, line by
 * line, with secrets blanked out. Only the current line is ever held in memory, so an
 * installer may print as much as it likes. Lines starting with "@hostpanel " carry
 * facts, errors and warnings from the shell library.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import type { Facts } from './procedure.js'

/** A line longer than this is passed on in pieces (progress bars without newlines). */
const MAX_LINE = 64 * 1024
const TAIL_LINES = 15

export interface Markers {
  facts: Facts
  errors: string[]
  warnings: string[]
  skipped?: string
  exit?: string
}

export class StepLog {
  private readonly file: WriteStream
  private pending = ''
  private readonly tail: string[] = []
  readonly markers: Markers = { facts: {}, errors: [], warnings: [] }
  bytes = 0

  constructor(
    readonly path: string,
    private readonly secrets: string[],
    private readonly echo: (line: string) => void
  ) {
    this.file = createWriteStream(path, { flags: 'a', mode: 0o640 })
  }

  /** Appends one line written by the action itself (not by the host). */
  note(text: string): void {
    this.line(`[hostpanel] ${text}`)
  }

  write(chunk: Buffer): void {
    this.bytes += chunk.length
    this.pending += chunk.toString('utf8')
    let newline: number
    while ((newline = this.pending.indexOf('\n')) >= 0) {
      this.line(this.pending.slice(0, newline))
      this.pending = this.pending.slice(newline + 1)
    }
    if (this.pending.length > MAX_LINE) {
      this.line(this.pending)
      this.pending = ''
    }
  }

  /** The last lines, for the failure summary. */
  lastLines(): string[] {
    return [...this.tail]
  }

  async close(): Promise<void> {
    if (this.pending) this.line(this.pending)
    this.pending = ''
    await new Promise<void>((resolve, reject) => this.file.end((error?: Error | null) => (error ? reject(error) : resolve())))
  }

  private line(raw: string): void {
    let text = raw.replace(/\r$/, '')
    for (const secret of this.secrets) if (secret) text = text.split(secret).join('***')
    this.parse(text)
    this.file.write(`${text}\n`)
    this.echo(text)
    this.tail.push(text)
    if (this.tail.length > TAIL_LINES) this.tail.shift()
  }

  private parse(text: string): void {
    const match = /^@hostpanel (fact|error|warning|skip|exit) ?(.*)$/.exec(text)
    if (!match) return
    const [, kind, rest] = match
    if (kind === 'fact') {
      const eq = rest.indexOf('=')
      if (eq > 0) this.markers.facts[rest.slice(0, eq)] = rest.slice(eq + 1)
    } else if (kind === 'error') this.markers.errors.push(rest)
    else if (kind === 'warning') this.markers.warnings.push(rest)
    else if (kind === 'skip') this.markers.skipped = rest || 'nothing to change'
    else this.markers.exit = rest
  }
}
