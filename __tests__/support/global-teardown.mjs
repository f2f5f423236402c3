// Removes every sandbox host this test run started, also those of a test that crashed
// (named t<run tag>_<pid>-<n>: the demo's, and those of other runs at the same time, are left alone).
import { execFileSync } from 'node:child_process'
import { SANDBOX } from './global-setup.mjs'

export default function globalTeardown() {
  const running = execFileSync('bash', [SANDBOX, 'list'], { encoding: 'utf8' })
  for (const name of running.split('\n').map((l) => l.split(/\s+/)[0]).filter((n) => n.startsWith(`t${process.env.HOSTPANEL_TEST_TAG}_`))) {
    execFileSync('bash', [SANDBOX, 'down', name], { stdio: 'inherit' })
  }
}
