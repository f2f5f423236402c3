// npm run bench: every benchmark against sandbox hosts, then the table (one line per goal).
// BENCH_ONLY=step-cost,refused,output,follow,install runs some of them. BENCH_SCALE=1 adds
// the scale rows (bench/scale.ts: minutes of data generation and runs).
import { SandboxHost } from '../__tests__/support/sandbox.ts'
import { install, refused } from './action.ts'
import { followLatency } from './follow-latency.ts'
import type { Row } from './lib.ts'
import { output } from './output.ts'
import { imscpScale, vmmScale } from './scale.ts'
import { stepCost } from './step-cost.ts'

const all: Record<string, (host: SandboxHost) => Promise<Row | Row[]>> = {
  'step-cost': stepCost,
  refused,
  output,
  follow: followLatency,
  install: () => install(),
  ...(process.env.BENCH_SCALE === '1' ? { 'vmm-scale': () => vmmScale(), 'imscp-scale': () => imscpScale() } : {})
}
const only = process.env.BENCH_ONLY?.split(',')
const host = await SandboxHost.up(`bench-${process.pid}`)
const rows: Row[] = []
try {
  for (const [name, bench] of Object.entries(all)) {
    if (only && !only.includes(name)) continue
    process.stderr.write(`bench: ${name}\n`)
    rows.push(...[await bench(host)].flat())
  }
} finally {
  await host.down()
}
console.log('| what | project | anchor (same run) | ratio | goal | met |')
console.log('|---|---|---|---|---|---|')
for (const r of rows) console.log(`| ${r.what} | ${r.project} | ${r.anchor} | ${r.ratio} | ${r.goal} | ${r.met ? 'yes' : 'NO'} |`)
if (rows.some((r) => !r.met)) process.exitCode = 1
