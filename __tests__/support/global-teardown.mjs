// Removes every sandbox host this run's tests started, also those of a test that crashed
// (only this run's, named <run>-<worker>-<n>: other runs', the demo's and anyone else's
// are left alone).
import { execFileSync } from 'node:child_process'
import { RUN_VARIABLE, SANDBOX } from './global-setup.mjs'

export default function globalTeardown() {
  const prefix = `${process.env[RUN_VARIABLE]}-`
  const running = execFileSync('bash', [SANDBOX, 'list'], { encoding: 'utf8' })
  for (const name of running.split('\n').map((l) => l.split(/\s+/)[0]).filter((n) => n.startsWith(prefix))) {
    execFileSync('bash', [SANDBOX, 'down', name], { stdio: 'inherit' })
  }
}
