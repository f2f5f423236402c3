// Benchmark: how fast StepLog passes installer-like output to its log file, and that
// memory stays flat however much is printed. Goals: more than 100 MB/s, and RSS growth
// under 128 MB whatever the size (measured: ~70 MB for 64 MB of output and ~90 MB for
// 1 GiB; that is V8's heap headroom, not buffered output). Run: npm run bench
// (BENCH_MB=1024 for a larger run).
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StepLog } from '../src/engine/step-log.ts'

const TOTAL_MB = Number(process.env.BENCH_MB ?? 256)
const line = 'Unpacking libexample1:amd64 (1.2.3-4) over (1.2.3-3) ... progress 42% [#####.....]\n'
const chunk = Buffer.from(line.repeat(Math.floor(65536 / line.length)))

const dir = mkdtempSync(join(tmpdir(), 'bench-'))
const log = new StepLog(join(dir, 'step.log'), () => {})
const rssBefore = process.memoryUsage().rss
let peak = rssBefore
const started = process.hrtime.bigint()
let written = 0
while (written < TOTAL_MB * 1024 * 1024) {
  log.write(chunk)
  written += chunk.length
  // let the file stream drain, as the real producer (a child process) would
  if (written % (8 * 1024 * 1024) < chunk.length) {
    await new Promise((resolve) => setImmediate(resolve))
    peak = Math.max(peak, process.memoryUsage().rss)
  }
}
await log.close()
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const size = statSync(join(dir, 'step.log')).size
rmSync(dir, { recursive: true, force: true })
const result = {
  megabytes: TOTAL_MB,
  seconds: Number(seconds.toFixed(2)),
  mbPerSecond: Number((TOTAL_MB / seconds).toFixed(1)),
  rssGrowthMb: Number(((peak - rssBefore) / 1048576).toFixed(1)),
  fileBytes: size
}
console.log(JSON.stringify(result))
if (size !== written) throw new Error(`log file has ${size} bytes, ${written} were written`)
if (result.mbPerSecond < 100) throw new Error(`too slow: ${result.mbPerSecond} MB/s (goal: 100)`)
if (result.rssGrowthMb > 128) throw new Error(`memory grew by ${result.rssGrowthMb} MB (goal: under 128)`)
