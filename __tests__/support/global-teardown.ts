// Removes every sandbox host a test started, also those of a test that crashed.
import { execFileSync } from 'node:child_process'
import { SANDBOX_SCRIPT } from './sandbox.js'

export default async function globalTeardown(): Promise<void> {
  execFileSync('bash', [SANDBOX_SCRIPT, 'down', '--all'], { stdio: 'inherit' })
}
