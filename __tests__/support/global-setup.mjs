// Builds (or finds in the cache) the sandbox host image once, before any integration test.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SANDBOX = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sandbox', 'sandbox.sh')

export default function globalSetup() {
  // Inherited by the test workers: names this run's hosts (see sandbox.ts and the teardown).
  process.env.HOSTPANEL_TEST_TAG = randomBytes(3).toString('hex')
  const started = Date.now()
  const image = execFileSync('bash', [SANDBOX, 'image'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()
  process.stdout.write(`\nsandbox image ready: ${image} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
}
