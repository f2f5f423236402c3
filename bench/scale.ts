// Scale rows (BENCH_SCALE=1; the default `npm run bench` leaves them out): the bundled action
// on generated databases, each against the vendor tools run by hand on the same host in the
// same run, and the runner's peak RSS against the same run on the small seeded database.
// vmm: BENCH_SCALE_ACCOUNTS accounts and as many aliases (default 1 000 000) in the 0.6.2
// layout, upgraded to 0.7.0. i-MSCP: a table of BENCH_SCALE_IMSCP_MB MiB of text (default
// 1024) in a 1.2.1 database, through an upgrade whose installer fails after its copy phase.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runAction, type ActionRun, type Report } from '../__tests__/support/action-harness.ts'
import { imscpHost } from '../__tests__/support/imscp-host.ts'
import { vmmHosts } from '../__tests__/support/vmm-host.ts'
import { timed, type Row } from './lib.ts'

const RSS_HOOK = resolve(import.meta.dirname, 'fixtures', 'rss.mjs')
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
const mib = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`
const signedMib = (kib: number): string => `${kib >= 0 ? '+' : '-'}${mib(Math.abs(kib))}`

/** The runner's peak RSS at scale against the same failed run on the small seed. */
function rssRow(what: string, peakKiB: number, seedKiB: number): Row {
  const growth = peakKiB - seedKiB
  return { what: `runner peak RSS, ${what}`, project: signedMib(growth), anchor: `same failed run on the seed ${mib(seedKiB)}`, ratio: '-', goal: '<= +64 MiB', met: growth <= 64 * 1024 }
}

/** One action run with its wall time and the Node process's peak RSS (KiB). */
async function measured(inputs: Record<string, string>): Promise<{ run: ActionRun; report: Report; ms: number; rssKiB: number }> {
  const work = mkdtempSync(join(tmpdir(), 'bench-scale-'))
  const rssFile = join(work, 'rss')
  let run: ActionRun | undefined
  const ms = await timed(async () => {
    run = await runAction('main', { ...inputs, 'log-dir': join(work, 'logs') }, { workDir: work, env: { NODE_OPTIONS: `--import ${RSS_HOOK}`, BENCH_RSS_FILE: rssFile } })
  })
  if (!run?.outputs.report) throw new Error(`the action set no report (exit ${run?.code}):\n${run?.output.slice(-4000)}`)
  return { run, report: JSON.parse(readFileSync(run.outputs.report, 'utf8')) as Report, ms, rssKiB: Number(readFileSync(rssFile, 'utf8')) }
}

/** Milliseconds a host command takes, timed on the host (the round trip left out); `sh` runs it as root and throws on failure. */
async function hostMs(sh: (cmd: string) => Promise<string>, cmd: string): Promise<number> {
  const out = await sh(`set -e; s=$(date +%s%N); ${cmd}; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))`)
  return Number(out.trim().split('\n').at(-1))
}

/** Where a run's time went: its steps that took a second or more. */
const stepTimes = (report: Report): string =>
  report.steps
    .filter((s) => s.durationMs >= 1000)
    .map((s) => `${s.id} ${seconds(s.durationMs)}`)
    .join(', ')

const undoMs = (report: Report): number => report.undo.filter((u) => u.id === 'backup').reduce((sum, u) => sum + u.durationMs, 0)

export async function vmmScale(): Promise<Row[]> {
  const accounts = Number(process.env.BENCH_SCALE_ACCOUNTS ?? 1_000_000)
  const [vmm] = await vmmHosts({ state: '0.6.2', flavour: 'sieve', name: `bench-vmm-${process.pid}` })
  try {
    const inputs = vmm.inputs({ mode: 'upgrade', version: '0.7.0', 'python3-compat': 'true', 'pg-password': 'vmm-secret', 'backup-download-limit': '0' })
    // A run that fails at verify (Dovecot stopped) and is undone: first on the seed (the RSS baseline), then at scale.
    const failing = async (): Promise<Awaited<ReturnType<typeof measured>>> => {
      await vmm.sh('systemctl stop dovecot')
      try {
        const m = await measured(inputs)
        if (m.run.outputs.status !== 'failed' || m.report.undo.find((u) => u.id === 'backup')?.status !== 'undone') throw new Error(`expected a failed, undone run:\n${m.run.output.slice(-3000)}`)
        return m
      } finally {
        await vmm.sh('systemctl start dovecot')
      }
    }
    const small = await failing()
    const generated = await timed(() =>
      vmm.psql(`SET ROLE vmm;
        INSERT INTO users (local_part, passwd, gid) SELECT 'bulk' || g, '{PLAIN}bulk-' || g, (SELECT min(gid) FROM domain_data) FROM generate_series(1, ${accounts}) g;
        INSERT INTO alias (gid, address, destination) SELECT (SELECT min(gid) FROM domain_data), 'alias' || g, 'bulk' || g || '@example.test' FROM generate_series(1, ${accounts}) g;
        ANALYZE;`)
    )
    const size = await vmm.psql("SELECT pg_size_pretty(pg_database_size('mailsys'))")
    process.stderr.write(`bench: vmm: ${accounts} accounts and aliases generated in ${seconds(generated)} (${size})\n`)
    const big = await failing()
    // By hand: pg_dump -Fc, and pg_restore of that dump in one transaction over the same database.
    const dump = `runuser -u postgres -- pg_dump -Fc -d mailsys -f /var/tmp/bench.dump`
    const dumpMs = await hostMs(vmm.sh, dump)
    const restoreMs = await hostMs(vmm.sh, 'runuser -u postgres -- pg_restore -1 -c -d mailsys /var/tmp/bench.dump')
    await vmm.sh('rm -f /var/tmp/bench.dump')
    const upgrade = await measured(inputs)
    if (upgrade.run.outputs.status !== 'success') throw new Error(`the upgrade failed:\n${upgrade.run.output.slice(-3000)}`)
    const label = `${accounts} accounts + ${accounts} aliases (${size})`
    return [
      {
        what: `vmm upgrade 0.6.2 layout -> 0.7.0, ${label}`,
        project: `${seconds(upgrade.ms)} (${stepTimes(upgrade.report)})`,
        anchor: `pg_dump -Fc by hand ${seconds(dumpMs)} (the upgrade's only SQL, the grants, takes milliseconds)`,
        ratio: `${(upgrade.ms / dumpMs).toFixed(2)}x`,
        goal: '<= 1.5x',
        met: upgrade.ms / dumpMs <= 1.5
      },
      {
        what: `vmm undo (restore + proof), ${label}`,
        project: seconds(undoMs(big.report)),
        anchor: `pg_restore -1 -c by hand ${seconds(restoreMs)}`,
        ratio: `${(undoMs(big.report) / restoreMs).toFixed(2)}x`,
        goal: '<= 1.5x',
        met: undoMs(big.report) / restoreMs <= 1.5
      },
      rssRow(`vmm at scale (failed+undone ${mib(big.rssKiB)}, upgrade ${mib(upgrade.rssKiB)})`, Math.max(big.rssKiB, upgrade.rssKiB), small.rssKiB)
    ]
  } finally {
    await vmm.down()
  }
}

export async function imscpScale(): Promise<Row[]> {
  const rows = Math.round(Number(process.env.BENCH_SCALE_IMSCP_MB ?? 1024) * 1024)
  const panel = await imscpHost({ installed: '1.2.1', failAfterCopy: true, name: `bench-imscp-${process.pid}` })
  try {
    const inputs = panel.inputs('1.2.3', { mode: 'upgrade', 'database-password': panel.sqlPassword, 'admin-password': 'admin-pass2', 'backup-download-limit': '0' })
    // The installer fails after its copy phase: the backup, then the undo's restore and proof.
    const failing = async (): Promise<Awaited<ReturnType<typeof measured>>> => {
      const m = await measured(inputs)
      if (m.run.outputs.status !== 'failed' || m.report.undo.find((u) => u.id === 'backup')?.status !== 'undone') throw new Error(`expected a failed, undone run:\n${m.run.output.slice(-3000)}`)
      return m
    }
    const small = await failing()
    // Doubling: each INSERT ... SELECT copies the table onto itself.
    const generated = await timed(async () => {
      await panel.sql('CREATE TABLE bulk (id bigint PRIMARY KEY, body text NOT NULL) ENGINE=InnoDB')
      await panel.sql('INSERT INTO bulk VALUES (1, REPEAT(MD5(1), 32))')
      for (let n = 1; n < rows; n *= 2) await panel.sql(`INSERT INTO bulk SELECT id + ${n}, REPEAT(MD5(id + ${n}), 32) FROM bulk WHERE id + ${n} <= ${rows}`)
    })
    await panel.sql('ANALYZE TABLE bulk')
    const size = (await panel.sql("SELECT CONCAT(ROUND(SUM(data_length + index_length) / 1048576), ' MiB') FROM information_schema.tables WHERE table_schema = 'imscp'")).trim()
    process.stderr.write(`bench: imscp: ${rows} rows of 1 KiB generated in ${seconds(generated)} (${size})\n`)
    const big = await failing()
    const sh = async (cmd: string): Promise<string> => {
      const r = await panel.host.exec(cmd)
      if (r.code !== 0) throw new Error(`${cmd}: exit ${r.code}: ${r.stderr}`)
      return r.stdout
    }
    // By hand, as root (the host's socket login): the same dump the action takes, loaded back.
    const dumpMs = await hostMs(sh, 'mysqldump --single-transaction --routines --events --databases imscp >/var/tmp/bench.sql')
    const loadMs = await hostMs(sh, 'mysql </var/tmp/bench.sql')
    await panel.host.exec('rm -f /var/tmp/bench.sql')
    const backupMs = big.report.steps.find((s) => s.id === 'backup')?.durationMs ?? NaN
    const project = backupMs + undoMs(big.report)
    return [
      {
        what: `i-MSCP backup + restore proof (failed upgrade undone), ${rows} rows of 1 KiB (${size})`,
        project: `${seconds(project)} (backup ${seconds(backupMs)}, undo ${seconds(undoMs(big.report))})`,
        anchor: `mysqldump ${seconds(dumpMs)} + mysql < ${seconds(loadMs)} by hand`,
        ratio: `${(project / (dumpMs + loadMs)).toFixed(2)}x`,
        goal: '<= 1.5x',
        met: project / (dumpMs + loadMs) <= 1.5
      },
      rssRow(`i-MSCP at scale (${mib(big.rssKiB)})`, big.rssKiB, small.rssKiB)
    ]
  } finally {
    await panel.down()
  }
}
