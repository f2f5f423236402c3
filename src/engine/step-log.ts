/**
 * Where a step's output goes as it arrives: its own log file and the console, in blocks
 * of whole lines, with secrets blanked. Standard output and standard error keep separate
 * partial lines, so a progress bar on one never glues onto a line of the other. Only the
 * current partial line of each stream is held; a chunk is passed on as one block (split
 * at its last newline), never line by line, and written before the next is read, which
 * is all the buffering there is. The output is log text and nothing more: what a step
 * tells the action travels in result files (see results.ts).
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { secrets } from '../report/redact.js'

/** A line longer than this is passed on in pieces (progress bars without newlines). */
const MAX_LINE = 64 * 1024
const TAIL_LINES = 15
const NEWLINE = 10
const EMPTY = Buffer.alloc(0)

export type Stream = 'out' | 'err'

export class StepLog {
  private readonly fd: number
  private readonly pending: Record<Stream, Buffer> = { out: EMPTY, err: EMPTY }
  /** The end of what was written: at least the last TAIL_LINES lines. */
  private tail = ''

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
    this.emit(`[hostpanel] ${text}\n`)
  }

  write(chunk: Buffer, stream: Stream = 'out'): void {
    const held = this.pending[stream]
    const data = held.length ? Buffer.concat([held, chunk]) : chunk
    const last = data.lastIndexOf(NEWLINE)
    let rest = data.subarray(last + 1)
    if (last >= 0) this.emit(data.toString('utf8', 0, last + 1))
    if (rest.length > MAX_LINE) {
      this.emit(`${rest.toString('utf8')}\n`)
      rest = EMPTY
    }
    // A copy: the chunk's memory is not kept alive for a few bytes of it.
    this.pending[stream] = rest.length ? Buffer.from(rest) : EMPTY
  }

  /** The last lines, for the failure summary. */
  lastLines(): string[] {
    return this.tail.split('\n').slice(0, -1).slice(-TAIL_LINES)
  }

  /** Ends the partial lines of both streams (a last line without a newline is a whole line). */
  flush(): void {
    for (const stream of ['out', 'err'] as const) {
      if (this.pending[stream].length) this.emit(`${this.pending[stream].toString('utf8')}\n`)
      this.pending[stream] = EMPTY
    }
  }

  async close(): Promise<void> {
    this.flush()
    closeSync(this.fd)
  }

  /** Writes whole lines: a CRLF's carriage return dropped, secrets blanked. */
  private emit(raw: string): void {
    let block = raw.includes('\r\n') ? raw.replace(/\r\n/g, '\n') : raw
    if (!secrets.empty) block = secrets.redact(block)
    writeSync(this.fd, block)
    this.echo(block)
    this.keepTail(block)
  }

  private keepTail(block: string): void {
    let cut = block.length - 1
    for (let lines = 0; lines < TAIL_LINES && cut > 0; lines += 1) cut = block.lastIndexOf('\n', cut - 1)
    this.tail = cut > 0 ? block.slice(cut + 1) : (this.tail + block).split('\n').slice(-TAIL_LINES - 1).join('\n')
  }
}
