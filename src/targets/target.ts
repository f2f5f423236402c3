/** A target is how a step's script reaches a host: the runner itself, or a host over SSH. */
import { quote } from 'shell-quote'
import type { FollowEnd, FollowRun, ResultFile } from './session.js'

export interface ExecRequest {
  /** The bash script, sent on the session's stream (never on a command line). */
  script: string
  /** Killed on the host after this many seconds (exit 124). */
  timeoutSeconds: number
  onStdout(chunk: Buffer): void
  onStderr(chunk: Buffer): void
}

export interface Target {
  /** Where steps run, for logs and summaries: "this runner" or "deploy@host:22". */
  readonly label: string
  /** Opens the way to the host and its session, and checks that scripts can run there as root. */
  connect(): Promise<void>
  /** Runs a script as root on the host; resolves to its exit status. */
  exec(request: ExecRequest): Promise<number>
  /** Runs a script and reads (and removes) its result folder `results` on the host. */
  run(request: ExecRequest & { results: string; heartbeat?: string }): Promise<{ rc: number; results: ResultFile[] }>
  /** Follows a detached step's output (see session.ts). */
  follow(run: FollowRun): Promise<FollowEnd>
  /** Ends a running follow early. */
  stopFollow(): void
  /** Re-establishes a lost connection and session (after a network drop or a reboot); false if not yet possible. */
  reconnect(): Promise<boolean>
  close(): Promise<void>
}

/** The way to the host failed (SSH exit 255), as opposed to the script failing. */
export class ConnectionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConnectionError'
  }
}

/** The host's key does not match what the workflow pinned: never retried. */
export class HostKeyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'HostKeyError'
  }
}

export function shellLine(argv: string[]): string {
  return quote(argv)
}
