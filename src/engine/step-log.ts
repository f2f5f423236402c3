/**
 * Where a step's output goes as it arrives: its own log file and the console, in blocks
 * of whole lines, with secrets blanked. Standard output and standard error keep separate
 * partial lines, so a progress bar on one never glues onto a line of the other. Only the
 * current partial line of each stream is held; a chunk is passed on as bytes in at most
 * two blocks (never line by line, never decoded unless a secret or CRLF is in it), and
 * written before the next is read, which is all the buffering there is. The output is
 * log text and nothing more: what a step tells the action travels in result files (see
 * results.ts).
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
    private readonly echo: (lines: Buffer) => void
  ) {
    // Synchronous appends: nothing queues in memory when the host prints faster than the disk takes it.
    this.fd = openSync(path, 'a', 0o640)
  }

  /** Appends one line written by the action itself (not by the host). */
  note(text: string): void {
    this.emit(Buffer.from(`[hostpanel] ${text}\n`))
  }

  /**
   * Passes on the whole lines of a chunk: the line it completes (with what was held of
   * that stream) as a small block of its own, then the rest up to its last newline as it
   * is, without copying it; the partial line at its end is held.
   */
  write(chunk: Buffer, stream: Stream = 'out'): void {
    let data = chunk
    const held = this.pending[stream]
    if (held.length) {
      const first = chunk.indexOf(NEWLINE)
      if (first < 0) {
        data = Buffer.concat([held, chunk])
      } else {
        this.emit(Buffer.concat([held, chunk.subarray(0, first + 1)]))
        data = chunk.subarray(first + 1)
      }
    }
    const last = data.lastIndexOf(NEWLINE)
    let rest = data.subarray(last + 1)
    if (last >= 0) this.emit(data.subarray(0, last + 1))
    if (rest.length > MAX_LINE) {
      this.emit(Buffer.concat([rest, Buffer.from('\n')]))
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
      if (this.pending[stream].length) this.emit(Buffer.concat([this.pending[stream], Buffer.from('\n')]))
      this.pending[stream] = EMPTY
    }
  }

  async close(): Promise<void> {
    this.flush()
    closeSync(this.fd)
  }

  /**
   * Writes whole lines: a CRLF's carriage return dropped, secrets blanked. Blocks that
   * need neither (nearly all) go out as the bytes they are.
   */
  private emit(raw: Buffer): void {
    let block = raw
    const crlf = raw.includes('\r\n')
    if (crlf || secrets.holds(raw)) {
      let text = raw.toString('utf8')
      if (crlf) text = text.replace(/\r\n/g, '\n')
      block = Buffer.from(secrets.redact(text))
    }
    writeSync(this.fd, block)
    this.echo(block)
    this.keepTail(block)
  }

  /** Keeps the text of the last TAIL_LINES lines, decoding only those. */
  private keepTail(block: Buffer): void {
    let cut = block.length - 1
    for (let lines = 0; lines < TAIL_LINES && cut > 0; lines += 1) cut = block.lastIndexOf(NEWLINE, cut - 1)
    this.tail = cut > 0 ? block.toString('utf8', cut + 1) : (this.tail + block.toString('utf8')).split('\n').slice(-TAIL_LINES - 1).join('\n')
  }
}
