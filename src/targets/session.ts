/**
 * One session per run: a small driver (driver.pl) runs on the host for the whole run and
 * executes the action's scripts in turn, so a step costs a round trip on an open stream
 * instead of a new SSH session, and the shell library travels once. Everything the
 * driver says comes in frames (type byte, 4-byte length, bytes): a script's output as
 * data frames, then its exit status and result files in one frame of the driver's own.
 */
import type { ChildProcess } from 'node:child_process'
import { readAsset } from '../shell/assets.js'

/** A file a script left in its result folder: name and content (read by the driver). */
export type ResultFile = [name: string, value: Buffer]

export interface ScriptRun {
  script: string
  timeoutSeconds: number
  /** The script's result folder on the host: made before it starts, read and removed after it ends ('' for none). */
  results: string
  /** A file whose time the driver refreshes before the script starts (the run's heartbeat), if it exists. */
  heartbeat?: string
  onStdout(chunk: Buffer): void
  onStderr(chunk: Buffer): void
}

export interface FollowRun {
  /** The detached step's folder (output.log, pid, rc). */
  dir: string
  /** Bytes of output.log already received. */
  offset: number
  results: string
  onOutput(chunk: Buffer): void
}

/** How a follow ended: the step's exit status, gone without one, or stopped by the action. */
export type FollowEnd = { rc: number; results: ResultFile[] } | 'lost' | 'running'

/** Reads the driver's code from stdin (8 hex digits of length, then the code) and runs it. */
const BOOT =
  'binmode STDIN; my ($h, $c) = ("", ""); while (length $h < 8) { sysread(STDIN, $h, 8 - length $h, length $h) or exit 97 } ' +
  'my $n = hex $h; while (length $c < $n) { sysread(STDIN, $c, $n - length $c, length $c) or exit 97 } eval $c; die $@ if $@; exit 0'

/** The command that starts the driver on the host (as root: callers add sudo). */
export const DRIVER_COMMAND = ['perl', '-e', BOOT]

function frame(type: string, payload: Buffer | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload
  const head = Buffer.alloc(5)
  head.write(type, 0, 'latin1')
  head.writeUInt32BE(body.length, 1)
  return Buffer.concat([head, body])
}

/** The result files in an 'X' frame after its first line: (u32 length, name, u32 length, value)… */
function resultFiles(bytes: Buffer): ResultFile[] {
  const files: ResultFile[] = []
  let at = 0
  while (at + 8 <= bytes.length) {
    const nameLength = bytes.readUInt32BE(at)
    const name = bytes.subarray(at + 4, at + 4 + nameLength).toString('utf8')
    at += 4 + nameLength
    const valueLength = bytes.readUInt32BE(at)
    files.push([name, Buffer.from(bytes.subarray(at + 4, at + 4 + valueLength))])
    at += 4 + valueLength
  }
  return files
}

interface Pending {
  onData(type: 'O' | 'E', chunk: Buffer): void
  onDone(payload: Buffer): void
  onError(error: Error): void
}

export class HostSession {
  private readonly header = Buffer.alloc(5)
  private headerFill = 0
  private type = ''
  private remaining = 0
  /** Pieces of a control frame ('H', 'X') being received; data frames are never held. */
  private control: Buffer[] = []
  private pending?: Pending
  private ended?: Error
  private stderrTail = ''

  /**
   * `failure` turns how the driver's process ended (its exit code and last stderr) into
   * the error to report: a lost connection, a refused login, no sudo.
   */
  private constructor(
    private readonly child: ChildProcess,
    private readonly failure: (code: number | null, stderr: string) => Error
  ) {
    child.stdout?.on('data', (chunk: Buffer) => this.receive(chunk))
    child.stderr?.on('data', (chunk: Buffer) => (this.stderrTail = (this.stderrTail + chunk.toString()).slice(-2000)))
    // A write after the driver ended fails; the exit below reports why.
    child.stdin?.on('error', () => {})
    child.on('error', (error) => this.end(error))
    child.on('close', (code) => this.end(this.failure(code, this.stderrTail)))
  }

  /** Starts the driver on a process running DRIVER_COMMAND and hands it the library. */
  static async start(child: ChildProcess, failure: (code: number | null, stderr: string) => Error): Promise<HostSession> {
    const session = new HostSession(child, failure)
    const code = Buffer.from(readAsset('targets/driver.pl'))
    const hello = session.request(Buffer.concat([Buffer.from(code.length.toString(16).padStart(8, '0')), code]), () => {})
    // Sent with the code, not after the driver's hello: it reads its input in order.
    session.child.stdin?.write(frame('L', readAsset('shell/lib.sh')))
    await hello
    return session
  }

  get alive(): boolean {
    return this.ended === undefined
  }

  /** Runs a script; resolves to its exit status and result files, rejects when the session is lost. */
  async run(run: ScriptRun): Promise<{ rc: number; results: ResultFile[] }> {
    const body = Buffer.concat([Buffer.from(`${run.timeoutSeconds}\0${run.results}\0${run.heartbeat ?? ''}\0`), Buffer.from(run.script)])
    const done = await this.request(frame('R', body), (type, chunk) => (type === 'O' ? run.onStdout(chunk) : run.onStderr(chunk)))
    const newline = done.indexOf(10)
    return { rc: Number(done.subarray(0, newline).toString()), results: resultFiles(done.subarray(newline + 1)) }
  }

  /** Follows a detached step's output until it ends or stop() is called. */
  async follow(run: FollowRun): Promise<FollowEnd> {
    const done = await this.request(frame('F', `${run.dir}\0${run.offset}\0${run.results}`), (_, chunk) => run.onOutput(chunk))
    const newline = done.indexOf(10)
    const status = done.subarray(0, newline).toString()
    if (status === 'lost' || status === 'running') return status
    return { rc: /^\d+$/.test(status) ? Number(status) : 1, results: resultFiles(done.subarray(newline + 1)) }
  }

  /** Ends a follow early (cancellation, deadline): it resolves to 'running'. */
  stop(): void {
    if (this.pending && this.alive) this.child.stdin?.write(frame('C', ''))
  }

  /** Ends the session: the driver exits at the end of its input; resolves once the process is gone (killed after `graceMs`). */
  async close(graceMs = 2000): Promise<void> {
    if (!this.alive) return
    const gone = new Promise<void>((resolve) => this.child.once('close', () => resolve()))
    this.child.stdin?.end()
    const timer = setTimeout(() => this.child.kill(), graceMs)
    await gone
    clearTimeout(timer)
  }

  private request(bytes: Buffer, onData: Pending['onData']): Promise<Buffer> {
    if (this.ended) return Promise.reject(this.ended)
    if (this.pending) return Promise.reject(new Error('the host session runs one script at a time'))
    return new Promise((resolve, reject) => {
      this.pending = {
        onData,
        onDone: (payload) => {
          this.pending = undefined
          resolve(payload)
        },
        onError: (error) => {
          this.pending = undefined
          reject(error)
        }
      }
      this.child.stdin?.write(bytes)
    })
  }

  /** Splits the driver's output into frames; data frames are passed on piece by piece as they arrive. */
  private receive(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length) {
      if (this.remaining === 0 && this.headerFill < 5) {
        const take = Math.min(5 - this.headerFill, chunk.length - at)
        chunk.copy(this.header, this.headerFill, at, at + take)
        this.headerFill += take
        at += take
        if (this.headerFill < 5) return
        this.type = this.header.toString('latin1', 0, 1)
        this.remaining = this.header.readUInt32BE(1)
        if (this.remaining === 0) this.complete()
        continue
      }
      const piece = chunk.subarray(at, at + this.remaining)
      at += piece.length
      this.remaining -= piece.length
      if (this.type === 'O' || this.type === 'E') this.pending?.onData(this.type, piece)
      else this.control.push(piece)
      if (this.remaining === 0) this.complete()
    }
  }

  private complete(): void {
    this.headerFill = 0
    if (this.type === 'O' || this.type === 'E') return
    const payload = Buffer.concat(this.control)
    this.control = []
    if (this.type === 'X' || this.type === 'H') this.pending?.onDone(payload)
  }

  private end(error: Error): void {
    if (this.ended) return
    this.ended = error
    this.pending?.onError(error)
  }
}
