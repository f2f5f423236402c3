/** A target is how a step's script reaches a host: the runner itself, or a host over SSH. */
import { quote } from 'shell-quote'

export interface ExecRequest {
  /** The bash script, sent on standard input (never on a command line). */
  script: string
  /** Killed on the host after this many seconds (exit 124). */
  timeoutSeconds: number
  onStdout(chunk: Buffer): void
  onStderr(chunk: Buffer): void
}

export interface Target {
  /** Where steps run, for logs and summaries: "this runner" or "deploy@host:22". */
  readonly label: string
  /** Opens the way to the host and checks that scripts can run there as root. */
  connect(): Promise<void>
  /** Runs a script as root on the host; resolves to its exit status. */
  exec(request: ExecRequest): Promise<number>
  /** Re-establishes a lost connection (after a network drop); false if not yet possible. */
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

/** How long the host side lets a script finish after its timeout before killing it. */
const KILL_AFTER_SECONDS = 10

/**
 * The command that runs a script from stdin on the host: bash without profile files
 * (Debian's bashrc trips `set -u`), under a timeout that kills the script's whole process
 * group. A script's own exit 255 becomes 254, so that 255 always means "connection lost".
 */
export function hostCommand(timeoutSeconds: number, sudo: boolean): string[] {
  const wrapper = [
    'bash --noprofile --norc -euo pipefail -s',
    'rc=$?',
    'if [ "$rc" -eq 255 ]; then echo "hostpanel: the script exited 255; reported as 254" >&2; rc=254; fi',
    'exit "$rc"'
  ].join('; ')
  const argv = ['timeout', '-k', String(KILL_AFTER_SECONDS), String(timeoutSeconds), 'bash', '--noprofile', '--norc', '-c', wrapper]
  return sudo ? ['sudo', '-n', '--', ...argv] : argv
}

export function shellLine(argv: string[]): string {
  return quote(argv)
}
