// Builds (or finds in the cache) the sandbox host image once, before any integration test.
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SANDBOX = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sandbox', 'sandbox.sh')

/** Prefix of the names of this run's hosts (SandboxHost.up); the workers inherit it. */
export const RUN_VARIABLE = 'HOSTPANEL_SANDBOX_RUN'

export default function globalSetup() {
  const started = Date.now()
  process.env[RUN_VARIABLE] = `t${process.pid.toString(36)}${started.toString(36).slice(-4)}`
  const image = execFileSync('bash', [SANDBOX, 'image'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()
  process.stdout.write(`\nsandbox image ready: ${image} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
}
