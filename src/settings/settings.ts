/** The typed result of reading the action's inputs: everything later code may rely on. */

export const PRODUCTS = ['ispmanager', 'imscp', 'vmm'] as const
export type ProductId = (typeof PRODUCTS)[number]

/** The `host` value that works on the runner itself: an explicit choice, never the fallback of an empty value. */
export const RUNNER_HOST = 'runner'

/** The mode that runs nothing: it prints what another mode (`plan-for`) would do. */
export const PLAN = 'plan'

export interface JumpHost {
  user?: string
  host: string
  port?: number
}

export interface SshSettings {
  kind: 'ssh'
  host: string
  port: number
  user: string
  /** The private key's text; written to a 0600 file, never logged. */
  key: string
  /** known_hosts lines for the host (and the jump host). */
  knownHosts?: string
  /** Pinned SHA256 fingerprint of the host key, as `ssh-keygen -lf` prints it. */
  hostFingerprint?: string
  /** Only with the explicit, warned `insecure-skip-host-key-check: true`. */
  skipHostKeyCheck: boolean
  jumpHost?: JumpHost
}

export interface LocalSettings {
  kind: 'local'
}

export type TargetSettings = SshSettings | LocalSettings

export interface Settings {
  product: ProductId
  /** As given: a release, a range, `latest` or a list, resolved against the product's catalogue. */
  version: string
  /** The newest release `version` names: what a procedure works towards. */
  release: string
  /** Every release `version` names, oldest first. */
  releases: string[]
  /** A mode the product declares, or plan. */
  mode: string
  /** The mode to run, or to print when mode is plan. */
  procedure: string
  /** Where a host mode runs; undefined for a runner-side task. */
  target?: TargetSettings
  /** Whole procedure, in minutes. */
  timeoutMinutes: number
  /** How long to wait for another run's host lock, in minutes. */
  lockTimeoutMinutes: number
  logDir: string
  /** Downgrades the checks a product marks as safe to skip into warnings. */
  force: boolean
  /** Product options (panel-domain, release, ...), validated by the product. */
  options: Record<string, string>
  /** Names of options whose values are secrets. */
  secretOptions: string[]
}

/** A bad input: names the input and says what it accepts. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`input '${input}': ${message}`)
    this.name = 'InputError'
  }
}
