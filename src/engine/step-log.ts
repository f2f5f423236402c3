/**
 * Where a step's output goes as it arrives: its own log file and the console, line by
 * line, with secrets blanked. Standard output and standard error keep separate partial
 * lines, so a progress bar on one never glues onto a line of the other. Only the
 * current partial line of each is held in memory. The output is log text and nothing
 * more: what a step tells the action travels in result files (see results.ts).
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { secrets } from '../report/redact.js'

/** A line longer than this is passed on in pieces (progress bars without newlines). */
const MAX_LINE = 64 * 1024
const TAIL_LINES = 15

export type Stream = 'out' | 'err'

export class StepLog {
  private readonly fd: number
  private readonly pending: Record<Stream, string> = { out: '', err: '' }
  private readonly tail: string[] = []

  /** `echo` receives whole lines, newline-terminated, a block at a time. */
  constructor(
    readonly path: string,
    private readonly echo: (lines: string) => void
  ) {
    // Synchronous appends: nothing queues in memory when the host prints faster than the disk takes it.
    this.fd = openSync(path, 'a', 0o640)
  }

  /** Appends one line written by the action itself (not by the host). */
  note(text: string): void {
    this.emit([this.clean(`[hostpanel] ${text}`)])
  }

  write(chunk: Buffer, stream: Stream = 'out'): void {
    const text = this.pending[stream] + chunk.toString('utf8')
    const lines: string[] = []
    let start = 0
    let newline: number
    while ((newline = text.indexOf('\n', start)) >= 0) {
      lines.push(this.clean(text.slice(start, newline)))
      start = newline + 1
    }
    let rest = text.slice(start)
    if (rest.length > MAX_LINE) {
      lines.push(this.clean(rest))
      rest = ''
    }
    this.pending[stream] = rest
    this.emit(lines)
  }

  /** The last lines, for the failure summary. */
  lastLines(): string[] {
    return [...this.tail]
  }

  /** Ends the partial lines of both streams (a last line without a newline is a whole line). */
  flush(): void {
    for (const stream of ['out', 'err'] as const) {
      if (this.pending[stream]) this.emit([this.clean(this.pending[stream])])
      this.pending[stream] = ''
    }
  }

  async close(): Promise<void> {
    this.flush()
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

  /** Drops a CRLF's carriage return and blanks secrets. */
  private clean(raw: string): string {
    return secrets.redact(raw.endsWith('\r') ? raw.slice(0, -1) : raw)
  }
}
