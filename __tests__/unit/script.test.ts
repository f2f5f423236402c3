import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readResults, type StepResults } from '../../src/engine/results.js'
import { readAsset } from '../../src/shell/assets.js'
import { assemble, assignments, fileFrom, heredoc } from '../../src/shell/script.js'
import { DRIVER_COMMAND, HostSession } from '../../src/targets/session.js'

function bash(script: string): string {
  return execFileSync('bash', ['--noprofile', '--norc', '-euo', 'pipefail', '-s'], { input: script, encoding: 'utf8' })
}

/** A result folder of a test's own (the scripts would use one under /var/lib on a host). */
function outDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'results-')), 'out')
}

/** Runs a script as the engine does, through the session driver (here, on this machine), and reads its result folder. */
async function inSession(script: string, out: string): Promise<{ rc: number; stdout: string; said: StepResults }> {
  const session = await HostSession.start(spawn(DRIVER_COMMAND[0], DRIVER_COMMAND.slice(1)), (code, stderr) => new Error(`driver ended (${code}): ${stderr}`))
  let stdout = ''
  try {
    const { rc, results } = await session.run({ script, timeoutSeconds: 30, results: out, onStdout: (c) => (stdout += c.toString()), onStderr: () => {} })
    return { rc, stdout, said: readResults(results) }
  } finally {
    await session.close()
  }
}

describe('script assembly', () => {
  const nasty = `it's "quoted" $(touch /tmp/pwned) \`id\` ; & | \\ \n second line *`

  it('quotes variables so bash sees them byte for byte', () => {
    const out = bash(`${assignments({ VALUE: nasty, EMPTY: '' })}\nprintf '%s|%s' "$VALUE" "$EMPTY"`)
    expect(out).toBe(`${nasty}|`)
  })

  it('rejects variable names a shell would misread', () => {
    expect(() => assignments({ 'BAD-NAME': 'x' })).toThrow(/invalid shell variable name/)
    expect(() => assignments({ 'A;rm': 'x' })).toThrow(/invalid shell variable name/)
  })

  it('writes any text through a heredoc unchanged, even one containing a terminator-like line', () => {
    const text = `${nasty}\nHOSTPANEL_abc\nEOF\n`
    const file = join(mkdtempSync(join(tmpdir(), 'heredoc-')), 'out')
    bash(heredoc(file, text))
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('assembles header, variables, library and piece into a script that runs', async () => {
    const out = outDir()
    const parts = { title: 't', runId: 'r1', step: 's1', out: 'o1', vars: { GREETING: 'hello world', HP_OUT: out }, inline: 'hp_fact GREETING "$GREETING"; hp_log "$HP_STEP_DIR"' }
    const script = assemble(parts)
    expect(script.split('\n')[1]).toBe('set -euo pipefail')
    expect(bash(script)).toBe('==> /var/lib/hostpanel-action/runs/r1/data/s1\n')
    // In a session the library comes from the driver, which received it once.
    const run = await inSession(assemble({ ...parts, library: 'session' }), out)
    expect(run).toEqual({ rc: 0, stdout: '==> /var/lib/hostpanel-action/runs/r1/data/s1\n', said: expect.objectContaining({ facts: { GREETING: 'hello world' } }) })
  })

  it('reports facts, warnings, report details and the failure reason by files, never by output', async () => {
    const out = outDir()
    const piece = [
      'hp_fact NAME "a value with\nlines and = signs"',
      'hp_warn "disk low"; hp_warn "second"',
      'hp_report rows "3 rows changed"',
      'hp_artifact /var/backups/db.dump',
      'printf "FAKE fact.X %s\n" "$(printf x | base64)"',
      'echo "@hostpanel fact FORGED=1"',
      'hp_fail "disk full"',
      'echo not reached'
    ].join('\n')
    const { rc, said: results } = await inSession(assemble({ title: 't', runId: 'r1', step: 's1', out: 'o1', vars: { HP_OUT: out }, library: 'session', inline: piece }), out)
    expect(rc).toBe(1)
    expect(existsSync(out)).toBe(false)
    expect(results).toEqual({ facts: { NAME: 'a value with\nlines and = signs' }, error: 'disk full', warnings: ['disk low', 'second'], report: { rows: '3 rows changed' }, artifacts: ['/var/backups/db.dump'] })
  })

  it('stops at the first failing command (set -e)', () => {
    const script = assemble({ title: 't', runId: 'r1', step: 's1', out: 'o1', vars: { HP_OUT: outDir() }, inline: 'false\necho not reached' })
    expect(() => bash(script)).toThrow()
  })

  it('delivers binary assets intact through fileFrom', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'asset-')), 'sub', 'blob.bin')
    const bytes = Buffer.from([0, 1, 2, 255, 10, 13, 39, 34, 36, 96])
    bash(fileFrom(file, Buffer.concat([bytes, Buffer.alloc(300, 7)])))
    expect(readFileSync(file)).toEqual(Buffer.concat([bytes, Buffer.alloc(300, 7)]))
  })
})

describe('ispmanager letsencrypt decision', () => {
  it('turns Let\'s Encrypt off, without failing, when the panel domain does not resolve', async () => {
    const out = outDir()
    const script = assemble({
      title: 't',
      runId: 'r1',
      step: 'letsencrypt',
      out: 'o1',
      vars: { PANEL_DOMAIN: 'no-such-panel.invalid', PUBLIC_IP: '192.0.2.10', HP_OUT: out },
      piece: 'products/ispmanager/steps/letsencrypt-decision.sh',
      // getent's own answer for a name that does not resolve (exit 2), without asking any resolver
      prelude: 'getent() { return 2; }'
    })
    const { stdout, said } = await inSession(script, out)
    expect(said.facts).toEqual({ LE_DOMAIN: '' })
    expect(stdout).toContain("Let's Encrypt: off (--no-letsencrypt): no-such-panel.invalid resolves to '', not to this host's public address 192.0.2.10")
  })
})

describe('hp_restart', () => {
  it('restarts every unit, then names those that do not run', () => {
    // systemctl as a host would answer: 'broken' fails to restart, 'flaky' restarts and dies.
    const systemctl = `systemctl() { case $1 in restart) echo "restart $2" >&2; [ "$2" != broken ] ;; is-active) [ "$2" = up ] && echo active || echo failed ;; esac; }`
    const out = bash(assemble({ title: 't', runId: 'r1', step: 's1', out: 'o1', vars: { HP_OUT: outDir() }, prelude: systemctl, inline: 'printf "[%s]\\n" "$(hp_restart up broken flaky)" "$(hp_restart up)"' }))
    expect(out).toBe('[ broken flaky]\n[]\n')
  })
})

describe('hp_prove_restored', () => {
  function prove(before: string, after: string): Promise<{ rc: number; stdout: string; said: StepResults }> {
    const dir = mkdtempSync(join(tmpdir(), 'proof-'))
    writeFileSync(join(dir, 'before'), before)
    writeFileSync(join(dir, 'after'), after)
    const out = outDir()
    return inSession(assemble({ title: 't', runId: 'r1', step: 's1', out: 'o1', vars: { HP_OUT: out }, inline: `hp_prove_restored ${dir}/before ${dir}/after 'table rows md5' contents; echo not reached on a difference`, library: 'session' }), out)
  }

  it('reports the proof when the tables are as they were', async () => {
    const run = await prove('users 3 ab\nalias 1 cd\n', 'users 3 ab\nalias 1 cd\n')
    expect(run.rc).toBe(0)
    expect(run.stdout).toContain('restore proven: 2 tables, row counts and contents identical to the backup\n')
    expect(run.said.report).toEqual({ 'restore-proof': '2 tables, row counts and contents identical to the backup' })
  })

  it('fails naming the difference, and shows both proofs side by side', async () => {
    const run = await prove('users 3 ab\n', 'users 2 ff\n')
    expect(run.rc).toBe(1)
    expect(run.stdout).toBe('restore proof (table rows md5), before the run | after the restore:\n  users 3 ab|users 2 ff\n')
    expect(run.said.error).toBe("the restored database differs from the backup (see the undo's log)")
    expect(run.said.report).toEqual({})
  })
})

describe('backups sized for where they go', () => {
  const dump = join(mkdtempSync(join(tmpdir(), 'dump-')), 'db.dump')
  writeFileSync(dump, 'x'.repeat(3000))
  function run(inline: string, limit: number, runnerFree: number): Promise<{ rc: number; stdout: string; said: StepResults }> {
    const out = outDir()
    const vars = { HP_OUT: out, BACKUP_DOWNLOAD_LIMIT: String(limit), RUNNER_FREE: String(runnerFree) }
    return inSession(assemble({ title: 't', runId: 'r1', step: 's1', out: 'o1', vars, inline, library: 'session' }), out)
  }

  it('copies the backup to the runner within the limit and the room it has', async () => {
    const { rc, said } = await run(`hp_backup_keep ${dump}`, 3000, 10000)
    expect(rc).toBe(0)
    expect(said.facts.BACKUP).toBe(dump)
    expect(said.artifacts).toEqual([dump])
    expect(said.report['backup-copy']).toBe("copied into the runner's log-dir (3.0KiB)")
  })

  it('keeps a backup over the limit on the host only, and says so', async () => {
    const { rc, said } = await run(`hp_backup_keep ${dump}`, 2999, 10000)
    expect(rc).toBe(0)
    expect(said.facts.BACKUP).toBe(dump)
    expect(said.artifacts).toEqual([])
    expect(said.report['backup-copy']).toBe('not copied to the runner: its 3.0KiB are over backup-download-limit (3.0KiB)')
  })

  it('never copies with a limit of 0', async () => {
    const { said } = await run(`hp_backup_keep ${dump}`, 0, 10 ** 12)
    expect(said.artifacts).toEqual([])
    expect(said.report['backup-copy']).toBe('not copied to the runner (backup-download-limit is 0)')
  })

  it('does not copy a backup the runner has no room for, with a warning', async () => {
    const { rc, said } = await run(`hp_backup_keep ${dump}`, 10000, 2000)
    expect(rc).toBe(0)
    expect(said.artifacts).toEqual([])
    expect(said.warnings).toEqual([`the backup (3.0KiB) was not copied to the runner: its log-dir had 2.0KiB free; it is on the host at ${dump}`])
  })

  it('refuses before any change when the host has no room for the backup', async () => {
    const { rc, said } = await run("hp_backup_room test $((1 << 60)) 'the dump'; echo not reached", 0, 0)
    expect(rc).toBe(1)
    expect(said.error).toMatch(/^not enough free space for the backup: 1\.0EiB needed on \/var(\/backups)? \(the dump\), [\d.]+[KMGT]?i?B free \(nothing was changed\)$/)
  })

  it('refuses before any change when the runner has no room for a copy within the limit; not when the limit keeps it on the host', async () => {
    const refused = await run("hp_backup_room test 1 'the dump' 5000; echo not reached", 10000, 4096)
    expect(refused.rc).toBe(1)
    expect(refused.said.error).toBe('not enough free space on the runner for the backup\'s copy: about 4.9KiB needed in log-dir, 4.0KiB free; set backup-download-limit lower, or 0 to keep the backup on the host only (nothing was changed)')
    for (const limit of [4999, 0]) {
      const kept = await run("hp_backup_room test 1 'the dump' 5000", limit, 4096)
      expect(kept.rc).toBe(0)
    }
  })
})

describe('hp_diff', () => {
  it('shows what changed in a configuration file with every password value blanked, context lines too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diff-'))
    const before = ['user = postfix', 'password = postfix-secret', "query = SELECT 1 FROM postfix_maildir WHERE a='%s'", 'connect = host=db user=dovecot password=dovecot-secret', 'pass = vmm-secret', ''].join('\n')
    writeFileSync(join(dir, 'old'), before)
    writeFileSync(join(dir, 'new'), before.replace('postfix_maildir', 'postfix_virtual_mailbox_map'))
    const out = bash(assemble({ title: 't', runId: 'r1', step: 's1', out: 'o1', vars: { HP_OUT: outDir() }, inline: `hp_diff ${dir}/old ${dir}/new` }))
    expect(out).toContain("+query = SELECT 1 FROM postfix_virtual_mailbox_map WHERE a='%s'")
    expect(out).toContain(' password = ***')
    expect(out).toContain(' connect = host=db user=dovecot password=***')
    expect(out).not.toMatch(/secret/)
  })
})

describe('hp_lock_holder (engine/host/common.sh)', () => {
  /** Runs SCRIPT after the common piece, with HP_RUN_DIR set; its stdout. */
  function withCommon(runDir: string, script: string): string {
    return bash(assemble({ title: 't', runId: 'r1', step: 's1', out: 'o1', vars: { HP_OUT: outDir(), HP_RUN_DIR: runDir }, inline: `${readAsset('engine/host/common.sh')}\n${script}` }))
  }
  const verdict = 'if hp_lock_holder; then echo "holder $HP_LOCK_HOLDER"; else echo none; fi'

  it("names this run's lock holder only while a process called hostpanel-lock has that pid", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lock-'))
    expect(withCommon(dir, verdict)).toBe('none\n')
    for (const pid of ['x1', '', String(process.pid), '4194304']) {
      writeFileSync(join(dir, 'lock.pid'), `${pid}\n`)
      expect([pid, withCommon(dir, verdict)]).toEqual([pid, 'none\n'])
    }
    const holder = spawn('bash', ['--noprofile', '--norc', '-c', 'sleep 30; :', 'hostpanel-lock', dir, '600'], { stdio: 'ignore' })
    // 'spawn' comes after the exec: the pid is bash's from then on
    await once(holder, 'spawn')
    try {
      writeFileSync(join(dir, 'lock.pid'), `${holder.pid}\n`)
      expect(withCommon(dir, verdict)).toBe(`holder ${holder.pid}\n`)
    } finally {
      holder.kill()
    }
  })
})
