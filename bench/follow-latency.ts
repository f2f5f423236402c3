// Row 5: from a line printed on the host to the line in the action's log, for a long
// (detached) step; anchor: the same script as a normal step. The host shares this
// machine's clock (a sandbox), so the line's own timestamp is the moment it was printed.
import type { SandboxHost } from '../__tests__/support/sandbox.ts'
import { FIX, interleaved, median, ms, runSteps, sshTarget, type Row } from './lib.ts'

async function latencies(host: SandboxHost, long: boolean): Promise<number[]> {
  const target = sshTarget(host)
  await target.connect()
  const seen: number[] = []
  const echo = (lines: Buffer): void => {
    const now = Date.now() * 1e6
    for (const line of lines.toString().split('\n')) if (/^\d{19}$/.test(line)) seen.push((now - Number(line)) / 1e6)
  }
  await runSteps(target, [{ id: 'stamps', title: 'stamps', change: `${FIX}/stamps.sh`, long, vars: { BENCH_LINES: '40' } }], { echo })
  await target.close()
  return seen
}

export async function followLatency(host: SandboxHost): Promise<Row> {
  const [detached, normal] = await interleaved(3, () => latencies(host, true), () => latencies(host, false))
  const project = median(detached.flat())
  return {
    what: 'a line printed by a long (detached) step -> the action\'s log',
    project: `median ${ms(project)}`,
    anchor: `normal step ${ms(median(normal.flat()))}`,
    ratio: '',
    goal: 'median <= 20 ms',
    met: project <= 20
  }
}
