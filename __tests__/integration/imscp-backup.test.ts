/**
 * i-MSCP backups sized for where they go (issue 24): the room on the host and on the runner
 * checked before any change, the backup kept on the host and copied to the runner only
 * within backup-download-limit, and the restore proof (row counts and CHECKSUM TABLE, both
 * streamed by MariaDB) over a generated table whose size is a parameter. One 1.2.1 host
 * whose next installer fails after its copy phase, so every upgrade here is undone.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { reportStep, runWithPost, type ActionRun, type Report } from '../support/action-harness.js'
import { imscpHost, type ImscpHost } from '../support/imscp-host.js'

// IMSCP_PROOF_ROWS rows of 1 KiB of text (1100000: a table of 1.1 GB), which also makes
// the database larger than the 1 MiB the refusals below leave.
const PROOF_ROWS = Number(process.env.IMSCP_PROOF_ROWS ?? 20000)

let panel: ImscpHost
beforeAll(async () => {
  panel = await imscpHost({ installed: '1.2.1', failAfterCopy: true, name: 'imscp-backup' })
  await panel.sql('ALTER TABLE admin ADD COLUMN IF NOT EXISTS created_by int(10) unsigned DEFAULT 0')
  await panel.sql('CREATE TABLE bulk (id bigint PRIMARY KEY, body text NOT NULL) ENGINE=InnoDB')
  // Doubling: each INSERT ... SELECT copies the table onto itself, so 2^k rows take k statements.
  await panel.sql('INSERT INTO bulk VALUES (1, REPEAT(MD5(1), 32))')
  for (let n = 1; n < PROOF_ROWS; n *= 2) await panel.sql(`INSERT INTO bulk SELECT id + ${n}, REPEAT(MD5(id + ${n}), 32) FROM bulk WHERE id + ${n} <= ${PROOF_ROWS}`)
})
afterAll(async () => {
  await panel?.down()
})

function action(extra: Record<string, string> = {}): Promise<{ main: ActionRun; report: Report }> {
  return runWithPost(panel.inputs('1.2.3', { mode: 'upgrade', 'database-password': panel.sqlPassword, 'admin-password': 'admin-pass2', ...extra }), panel.workDir)
}

async function state(): Promise<string> {
  return JSON.stringify({ etc: await panel.etcHash(), tables: await panel.tableChecksums(), counts: await panel.tableCounts() })
}

const ran = (report: Report): string[] => report.steps.filter((s) => s.status === 'ok').map((s) => s.id)

it('without room for the backup on the host: refused before any change, saying what is needed and free', async () => {
  await panel.host.exec('mkdir -p /var/backups/hostpanel-imscp && mount -t tmpfs -o size=1m tmpfs /var/backups/hostpanel-imscp')
  try {
    const before = await state()
    const { main, report } = await action()
    expect(main.code).toBe(1)
    const size = String.raw`[\d.]+[KMG]?i?B`
    expect(reportStep(report, 'preflight').message).toMatch(new RegExp(`^not enough free space for the backup: ${size} needed on /var/backups/hostpanel-imscp ` +
      `\\(twice imscp's ${size}: its dump and the archive of it, and the code tree's ${size}\\), (1\\.0MiB|10[0-9]{2}KiB) free \\(nothing was changed\\)$`))
    expect(ran(report)).toEqual(['host-lock'])
    expect(await state()).toBe(before)
  } finally {
    await panel.host.exec('umount /var/backups/hostpanel-imscp')
  }
})

it("without room on the runner for the backup's copy: refused before any change, naming backup-download-limit", async () => {
  const small = join(panel.workDir, 'small-log-dir')
  mkdirSync(small, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small])
  try {
    const before = await state()
    const { main, report } = await action({ 'log-dir': small })
    expect(main.code).toBe(1)
    expect(reportStep(report, 'preflight').message).toMatch(/^not enough free space on the runner for the backup's copy: about [\d.]+MiB needed in log-dir, ([\d.]+KiB|1\.0MiB) free; set backup-download-limit lower, or 0 to keep the backup on the host only \(nothing was changed\)$/)
    expect(ran(report)).toEqual(['host-lock'])
    expect(await state()).toBe(before)
  } finally {
    execFileSync('umount', [small])
  }
})

it(`a failed upgrade with a table of ${PROOF_ROWS} rows of 1 KiB is undone from the host's copy alone (backup-download-limit 0), proven by row counts and checksums`, async () => {
  const before = await state()
  const { main, report } = await action({ 'backup-download-limit': '0' })
  expect(main.code).toBe(1)
  expect(reportStep(report, 'installer').status).toBe('failed')
  expect(report.undo.find((u) => u.id === 'backup')?.status).toBe('undone')
  expect(report.undo.find((u) => u.id === 'backup')?.details?.['restore-proof']).toMatch(/^\d+ tables, row counts and checksums identical to the backup$/)
  expect(reportStep(report, 'backup').details?.['tables-before']).toMatch(new RegExp(`^bulk ${PROOF_ROWS} \\d+$`, 'm'))
  expect(reportStep(report, 'backup').artifacts).toEqual([])
  expect(main.outputs.backup ?? '').toBe('')
  expect(main.outputs['backup-host']).toMatch(/^\/var\/backups\/hostpanel-imscp\/[^/]+\/imscp-1\.2\.1-backup\.tar\.gz$/)
  expect(main.summary).toContain(`Backup: on the host at ${main.outputs['backup-host']}; not copied to the runner (backup-download-limit is 0)`)
  expect(await state()).toBe(before)
  expect(JSON.parse(before).counts.bulk).toBe(PROOF_ROWS)
})
