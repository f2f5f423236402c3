// Removes every sandbox host the tests started, also those of a test that crashed
// (only test hosts, named t<pid>-<n>: the demo's and anyone else's are left alone).
import { execFileSync } from 'node:child_process'
import { SANDBOX } from './global-setup.mjs'

export default function globalTeardown() {
  const running = execFileSync('bash', [SANDBOX, 'list'], { encoding: 'utf8' })
  for (const name of running.split('\n').map((l) => l.split(/\s+/)[0]).filter((n) => /^t[0-9a-z]+-[0-9a-z]+$/.test(n))) {
    execFileSync('bash', [SANDBOX, 'down', name], { stdio: 'inherit' })
  }
}
