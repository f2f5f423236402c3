// Row 4: 1 GiB (BENCH_MB) of step output through the engine to its log file and the
// console (a file here), against bare ssh printing the same into a file. The engine runs
// in a child process of its own, so that its peak RSS is its own.
import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SandboxHost } from '../__tests__/support/sandbox.ts'
import { secrets } from '../src/report/redact.ts'
import { FIX, bareConfig, command, interleaved, median, runSteps, sshTarget, timed, type Row } from './lib.ts'

const BYTES = Number(process.env.BENCH_MB ?? 1024) * 1024 * 1024

/** In the child: runs the printing step; prints RSS growth (MB) as JSON on stderr. */
export async function child(host: SandboxHost): Promise<void> {
  // As in the action, where the SSH key is a secret input: every block is searched for it.
  secrets.add(readFileSync(host.info.sshKey, 'utf8'))
  const target = sshTarget(host)
  await target.connect()
  const before = process.memoryUsage().rss
  const logDir = mkdtempSync(join(tmpdir(), 'bench-output-logs-'))
  await runSteps(target, [{ id: 'print', title: 'print', change: `${FIX}/print.sh`, vars: { BENCH_BYTES: String(BYTES) } }], { echo: (lines) => process.stdout.write(lines), logDir })
  await target.close()
  // Each run's files are removed, the anchor's too: a gigabyte left in the page cache would
  // make the next run's writes take fresh memory, which costs far more on this machine.
  rmSync(logDir, { recursive: true })
  process.stderr.write(`${JSON.stringify({ rssGrowthMb: (process.resourceUsage().maxRSS * 1024 - before) / 1048576 })}\n`)
}

function runChild(host: SandboxHost, console: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = openSync(console, 'w')
    const proc = spawn(process.execPath, [...process.execArgv, join(import.meta.dirname, 'output-child.ts'), JSON.stringify(host.info)], { stdio: ['ignore', out, 'pipe'] })
    let said = ''
    proc.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()))
    proc.on('error', reject)
    proc.on('close', (code) => {
      closeSync(out)
      const line = said.trim().split('\n').at(-1) ?? ''
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`output bench child exited ${code}: ${said}`))
      else resolve((JSON.parse(line) as { rssGrowthMb: number }).rssGrowthMb)
    })
  })
}

export async function output(host: SandboxHost): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-output-'))
  const config = bareConfig(host)
  const rss: number[] = []
  // The anchors run the project's step script itself, as the remote command.
  const print = `BENCH_BYTES=${BYTES}\n${readFileSync(join(import.meta.dirname, 'fixtures', 'print.sh'), 'utf8')}`
  // A second anchor writes what the project writes, two copies (log and console): `| tee`.
  const tee: number[] = []
  const [project, anchor] = await interleaved(
    3,
    async () => {
      const took = await timed(async () => rss.push(await runChild(host, join(dir, 'console'))))
      rmSync(join(dir, 'console'))
      return took
    },
    async () => {
      const took = await timed(() => command('ssh', ['-F', config, '-o', 'ControlPath=none', 'bench', print], join(dir, 'bare')))
      rmSync(join(dir, 'bare'))
      tee.push(await timed(() => command('sh', ['-c', `ssh -F '${config}' -o ControlPath=none bench "$1" | tee '${join(dir, 'log')}' > '${join(dir, 'bare')}'`, 'sh', print])))
      rmSync(join(dir, 'log'))
      rmSync(join(dir, 'bare'))
      return took
    }
  )
  // The anchor is what the project must do too: write the stream twice (log and console).
  const ratio = median(project) / median(tee)
  const growth = Math.max(...rss)
  return {
    what: `${BYTES / 1048576} MiB of step output to log and console`,
    project: `${(median(project) / 1000).toFixed(1)} s; RSS +${growth.toFixed(0)} MB`,
    anchor: `ssh | tee, two files ${(median(tee) / 1000).toFixed(1)} s (one file ${(median(anchor) / 1000).toFixed(1)} s, ${(median(project) / median(anchor)).toFixed(2)}x)`,
    ratio: `${ratio.toFixed(2)}x`,
    goal: '<= 1.1x ssh | tee; RSS growth <= 64 MB',
    met: ratio <= 1.1 && growth <= 64
  }
}
