/**
 * Where a step's output goes as it arrives: its own log file and the console, line by
 * line, with secrets blanked out. Only the current line is ever held in memory, so an
 * installer may print as much as it likes. Lines starting with "@hostpanel " carry
 * facts, errors and warnings from the shell library.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import type { Target } from '../targets/target.js'
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
  private readonly fd: number
  private pending = ''
  private readonly tail: string[] = []
  readonly markers: Markers = { facts: {}, errors: [], warnings: [] }

  /** `echo` receives whole lines, newline-terminated, a block at a time. */
  constructor(
    readonly path: string,
    private readonly secrets: string[],
    private readonly echo: (lines: string) => void
  ) {
    // Synchronous appends: nothing queues in memory when the host prints faster than the disk takes it.
    this.fd = openSync(path, 'a', 0o640)
  }

  /** Appends one line written by the action itself (not by the host). */
  note(text: string): void {
    this.emit([this.line(`[hostpanel] ${text}`)])
  }

  write(chunk: Buffer): void {
    const text = this.pending + chunk.toString('utf8')
    const lines: string[] = []
    let start = 0
    let newline: number
    while ((newline = text.indexOf('\n', start)) >= 0) {
      lines.push(this.line(text.slice(start, newline)))
      start = newline + 1
    }
    this.pending = text.slice(start)
    if (this.pending.length > MAX_LINE) {
      lines.push(this.line(this.pending))
      this.pending = ''
    }
    this.emit(lines)
  }

  /** The last lines, for the failure summary. */
  lastLines(): string[] {
    return [...this.tail]
  }

  async close(): Promise<void> {
    if (this.pending) this.emit([this.line(this.pending)])
    this.pending = ''
    closeSync(this.fd)
  }

  private emit(lines: string[]): void {
    if (lines.length === 0) return
    const block = `${lines.join('\n')}\n`
    writeSync(this.fd, block)
    this.echo(block)
    this.tail.push(...lines.slice(-TAIL_LINES))
    if (this.tail.length > TAIL_LINES) this.tail.splice(0, this.tail.length - TAIL_LINES)
  }

  /** Cleans one line (carriage return, secrets) and reads its marker, if any. */
  private line(raw: string): string {
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    for (const secret of this.secrets) if (secret && text.includes(secret)) text = text.split(secret).join('***')
    if (text.startsWith('@hostpanel ')) this.parse(text)
    return text
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

/**
 * Runs a script on a target with its output going into a step's log as it arrives;
 * `stdout` takes standard output instead when the caller needs the bytes themselves.
 */
export function execLogged(target: Target, script: string, timeoutSeconds: number, log: StepLog, stdout?: (chunk: Buffer) => void): Promise<number> {
  return target.exec({
    script,
    timeoutSeconds,
    onStdout: stdout ?? ((chunk) => log.write(chunk)),
    onStderr: (chunk) => log.write(chunk)
  })
}
