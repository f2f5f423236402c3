/**
 * The engine over real SSH against a real sandbox host (systemd, sshd): per-step logs and
 * facts, undo on failure, the host lock, secrets, a long step that survives a cut link,
 * sessions that must not outlive their link, an earlier run's undo finished by the next
 * run, and host keys that do not match.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hostScript } from '../../src/engine/host-scripts.js'
import { when } from '../../src/engine/when.js'
import type { Procedure, Step } from '../../src/engine/procedure.js'
import { ProcedureRunner, type RunnerOptions } from '../../src/engine/runner.js'
import type { SshSettings } from '../../src/settings/settings.js'
import { SshTarget, type SshTuning } from '../../src/targets/ssh-target.js'
import { HostKeyError } from '../../src/targets/target.js'
import { SandboxHost, sshSettings } from '../support/sandbox.js'
import { REPO_ROOT } from '../support/action-harness.js'
import { procedureOutputs } from '../../src/products/product.js'

const FIX = '../__tests__/fixtures/procedures'
const MARK_DIR = '/root/hp-test'
let host: SandboxHost
let runs = 0

beforeAll(async () => {
  host = await SandboxHost.up()
})
afterAll(async () => {
  await host?.down()
})

function ssh(overrides: Partial<SshSettings> = {}): SshSettings {
  return sshSettings(host.info, overrides)
}

function procedure(steps: Step[], secrets: Record<string, string> = {}): Procedure {
  return { product: 'test', name: 'engine', title: 'engine test', steps, vars: { MARK_DIR }, secrets }
}

const mark = (id: string, extra: Partial<Step> = {}): Step => ({ id, title: `mark ${id}`, change: `${FIX}/mark.sh`, undo: `${FIX}/unmark.sh`, verify: `${FIX}/marked.sh`, ...extra })

async function run(proc: Procedure, options: Partial<RunnerOptions> = {}, tuning?: SshTuning) {
  const target = new SshTarget(ssh(), tuning)
  await target.connect()
  runs += 1
  const logDir = mkdtempSync(join(tmpdir(), 'engine-logs-'))
  const runner = new ProcedureRunner(proc, {
    target,
    runId: `engine-${process.pid}-${runs}`,
    logDir,
    deadline: Date.now() + 10 * 60_000,
    lockWaitSeconds: 60,
    owner: `engine test ${runs}`,
    cancelled: () => false,
    echo: () => {},
    ...options
  })
  try {
    return { result: await runner.run(), logDir }
  } finally {
    await target.close()
  }
}

async function onHost(cmd: string): Promise<string> {
  const r = await host.exec(cmd)
  if (r.code !== 0) throw new Error(`${cmd}: exit ${r.code}: ${r.stderr}`)
  return r.stdout
}

beforeEach(async () => {
  await onHost(`rm -rf ${MARK_DIR}`)
})

describe('procedure runner over SSH', () => {
  it('runs a multi-step procedure with a log per step and facts handed to later steps', async () => {
    const { result, logDir } = await run(procedure([mark('first'), mark('second', { vars: { PREVIOUS: 'from-first' } })]))
    expect(result.status).toBe('success')
    expect(result.steps.map((s) => [s.id, s.status])).toEqual([['host-lock', 'ok'], ['first', 'ok'], ['second', 'ok']])
    expect(result.facts).toEqual({ MARK_FIRST: `${MARK_DIR}/first`, MARK_SECOND: `${MARK_DIR}/second` })
    expect(readdirSync(logDir).sort()).toEqual(['01-first.log', '02-second.log', 'host-lock.log', 'host-release.log'])
    expect(readFileSync(join(logDir, '02-second.log'), 'utf8')).toContain('marked second (previous: from-first)')
    expect(await onHost(`cat ${MARK_DIR}/first ${MARK_DIR}/second`)).toBe('none\nfrom-first\n')
    // Nothing is left on the host: no journal, no run folder, the lock is free.
    expect(await onHost('ls /var/lib/hostpanel-action/runs | wc -l')).toBe('0\n')
    expect(await onHost('flock -n /var/lock/hostpanel-action.lock true && echo free')).toBe('free\n')
  })

  it('undoes the completed changes newest first when a step fails, and keeps every log', async () => {
    const { result, logDir } = await run(procedure([mark('one'), mark('two', { vars: { UNMARK_WARNING: 'two was put back by hand' } }), { id: 'broken', title: 'broken step', change: `${FIX}/fail.sh` }, mark('never')]))
    expect(result.status).toBe('failed')
    expect(result.failure).toEqual({ step: 'broken step', message: 'change failed: deliberate failure in broken', log: join(logDir, '03-broken.log') })
    expect(result.steps.find((s) => s.id === 'never')?.status).toBe('not run')
    expect(result.undo.map((u) => [u.id, u.status])).toEqual([['two', 'undone'], ['one', 'undone']])
    // What an undo says reaches the result, as a step's does.
    expect(result.undo.map((u) => [u.details, u.warnings])).toEqual([[{ unmarked: 'two' }, ['two was put back by hand']], [{ unmarked: 'one' }, []]])
    expect(await onHost(`cat ${MARK_DIR}/undo-order; ls ${MARK_DIR}`)).toBe('two\none\nundo-order\n')
    expect(readFileSync(join(logDir, '03-broken.log'), 'utf8')).toContain('about to fail')
    expect(existsSync(join(logDir, 'undo-002-two.log'))).toBe(true)
    expect(await onHost('flock -n /var/lock/hostpanel-action.lock true && echo free')).toBe('free\n')
  })

  it('undoes a temporary change at the end of a successful run', async () => {
    const { result } = await run(procedure([mark('tmp', { temporary: true, verify: undefined }), mark('keep')]))
    expect(result.status).toBe('success')
    expect(result.undo.map((u) => [u.id, u.status])).toEqual([['tmp', 'undone']])
    expect(await onHost(`ls ${MARK_DIR}`)).toBe('keep\nundo-order\n')
  })

  it('fails a run whose temporary change cannot be put back, and keeps that journal entry', async () => {
    const { result } = await run(procedure([mark('stuck', { temporary: true, verify: undefined, undo: `${FIX}/fail.sh` })]))
    expect(result.status).toBe('failed')
    expect(result.failure?.step).toBe('Undo: mark stuck')
    expect(result.failure?.message).toBe('could not put a temporary change back')
    expect(result.undo.map((u) => `${u.id}:${u.status}:${u.message}`)).toEqual(['stuck:undo failed:deliberate failure in stuck'])
    const left = await onHost('ls /var/lib/hostpanel-action/runs/*/journal')
    expect(left).toBe('001-stuck\n')
    await onHost('rm -rf /var/lib/hostpanel-action/runs')
  })

  it('reports a script that exits 255 as a script failure (254), not as a lost connection', async () => {
    const { result } = await run(procedure([{ id: 'odd', title: 'odd exit', change: `${FIX}/exit-255.sh` }]))
    expect(result.status).toBe('failed')
    expect(result.failure?.message).toMatch(/^change failed: exit 254/)
  })

  it('passes secrets through a 0600 file, never on a command line, and blanks them in logs', async () => {
    const token = 'tok-3f9a1c77e2'
    const { result, logDir } = await run(procedure([{ id: 'secret', title: 'use a secret', change: `${FIX}/secret.sh` }], { TOKEN: token }))
    expect(result.status).toBe('success')
    const log = readFileSync(join(logDir, '01-secret.log'), 'utf8')
    expect(log).toContain('secrets file mode: 600')
    expect(log).toContain(`token sha256: ${execFileSync('sha256sum', { input: token, encoding: 'utf8' }).slice(0, 64)}`)
    expect(log).toContain('the token is ***')
    for (const file of readdirSync(logDir)) expect(readFileSync(join(logDir, file), 'utf8')).not.toContain(token)
    expect(await onHost('ls /var/lib/hostpanel-action/runs | wc -l')).toBe('0\n')
  })

  it('makes a second run wait for the host lock, then fail saying who holds it', async () => {
    const slow = procedure([{ id: 'slow', title: 'hold the host', change: `${FIX}/slow.sh`, vars: { SLOW_SECONDS: '25' } }])
    const first = run(slow, { owner: 'the first run (holding)' })
    await new Promise((resolve) => setTimeout(resolve, 6000))
    const second = await run(procedure([mark('blocked')]), { lockWaitSeconds: 10, owner: 'the second run' })
    expect(second.result.status).toBe('failed')
    expect(second.result.failure?.message).toMatch(/host lock not free after 10s; held by: the first run \(holding\)/)
    expect(second.result.steps.find((s) => s.id === 'blocked')?.status).toBe('not run')
    expect((await first).result.status).toBe('success')
    expect(await onHost(`ls ${MARK_DIR} 2>/dev/null | wc -l`)).toBe('0\n')
  })

  it('takes over a lock whose run vanished without releasing it, once its heartbeat is stale', async () => {
    // A run that took the lock and then disappeared (runner killed, no post step).
    const target = new SshTarget(ssh())
    await target.connect()
    const rc = await target.exec({
      script: hostScript('lock', 'vanished-run', 'engine', { HP_LOCK_WAIT: '5', HP_LOCK_STALE: '6', HP_OWNER: 'a run that vanished' }),
      timeoutSeconds: 60,
      onStdout: () => {},
      onStderr: () => {}
    })
    await target.close()
    expect(rc).toBe(0)
    const { result, logDir } = await run(procedure([mark('after')]), { lockWaitSeconds: 60 })
    expect(result.status).toBe('success')
    expect(readFileSync(join(logDir, 'host-lock.log'), 'utf8')).toContain('host is locked by: a run that vanished')
    await onHost('rm -rf /var/lib/hostpanel-action/runs/vanished-run')
  })

  it('keeps a long step running through a cut link and reports its real exit status', async () => {
    const tuning: SshTuning = { connectTimeoutSeconds: 3, serverAliveInterval: 1, serverAliveCountMax: 2 }
    const long: Step = { id: 'long', title: 'long step', change: `${FIX}/count.sh`, long: true, vars: { COUNT: '24', EXIT_CODE: '3' } }
    const started = Date.now()
    const pending = run(procedure([long]), {}, tuning)
    await new Promise((resolve) => setTimeout(resolve, 6000))
    await host.cut()
    await new Promise((resolve) => setTimeout(resolve, 8000))
    await host.restore()
    const { result, logDir } = await pending
    expect(result.status).toBe('failed')
    expect(result.failure?.message).toBe('change failed: exit 3: line 024')
    const log = readFileSync(join(logDir, '01-long.log'), 'utf8')
    const lines = log.split('\n').filter((l) => l.startsWith('line '))
    // Every line exactly once, in order: following resumed at the right byte.
    expect(lines).toEqual(Array.from({ length: 24 }, (_, i) => `line ${String(i + 1).padStart(3, '0')}`))
    expect(log).toContain('connection lost; the step keeps running on the host; reconnecting')
    expect(log).toContain('reconnected; resuming the output where it stopped')
    expect(Date.now() - started).toBeLessThan(60_000)
  })
})

describe('a lost link during a short step', () => {
  const tuning: SshTuning = { connectTimeoutSeconds: 3, serverAliveInterval: 1, serverAliveCountMax: 2 }

  it('reaches the host again after a reboot early in the run: the check decides, the lock is taken again, the undo runs', async () => {
    const { result, logDir } = await run(
      procedure([mark('before'), { id: 'reboot', title: 'reboot the host', check: `${FIX}/rebooted.sh`, change: `${FIX}/reboot.sh` }, { id: 'broken', title: 'broken step', change: `${FIX}/fail.sh` }]),
      { reconnectSeconds: 90 },
      tuning
    )
    expect(result.status).toBe('failed')
    expect(result.steps.map((s) => `${s.id}:${s.status}`)).toEqual(['host-lock:ok', 'before:ok', 'reboot:ok', 'broken:failed'])
    const log = readFileSync(join(logDir, '02-reboot.log'), 'utf8')
    expect(log).toContain('connection lost during the change; reconnecting')
    expect(log).toContain('host lock taken for run')
    expect(log).toContain('the check says the change is in place: the host rebooted')
    expect(result.undo.map((u) => `${u.id}:${u.status}`)).toEqual(['before:undone'])
    expect(await onHost(`cat ${MARK_DIR}/undo-order; ls /var/lib/hostpanel-action/runs | wc -l`)).toBe('before\n0\n')
    expect(await onHost('flock -n /var/lock/hostpanel-action.lock true && echo free')).toBe('free\n')
  })

  it('fails a change cut off without a check clearly, and still undoes and releases the host once the link is back', async () => {
    const pending = run(procedure([mark('first'), { id: 'cut', title: 'cut during the change', change: `${FIX}/slow.sh`, vars: { SLOW_SECONDS: '6' } }]), { reconnectSeconds: 60 }, tuning)
    await new Promise((resolve) => setTimeout(resolve, 2500))
    await host.cut()
    await new Promise((resolve) => setTimeout(resolve, 6000))
    await host.restore()
    const { result } = await pending
    expect(result.status).toBe('failed')
    expect(result.failure?.message).toMatch(/connection lost during the change and nothing tells whether it was made \(no check\); it is undone/)
    expect(result.undo.map((u) => `${u.id}:${u.status}`)).toEqual(['first:undone'])
    expect(await onHost(`ls ${MARK_DIR}; ls /var/lib/hostpanel-action/runs | wc -l`)).toBe('undo-order\n0\n')
    expect(await onHost('flock -n /var/lock/hostpanel-action.lock true && echo free')).toBe('free\n')
  })
})

describe('what a run leaves behind', () => {
  const tuning: SshTuning = { connectTimeoutSeconds: 3, serverAliveInterval: 1, serverAliveCountMax: 2 }
  const drivers = "pgrep -f '[s]ysread.STDIN|[h]ostpanel-shell' | wc -l"

  it('ends the script of a session whose link dropped unnoticed before it goes on: no change comes after the undo', async () => {
    const started = Date.now()
    const pending = run(procedure([mark('first'), { id: 'late', title: 'a change that comes late', change: `${FIX}/late-mark.sh`, vars: { SLOW_SECONDS: '25' } }]), { reconnectSeconds: 60 }, tuning)
    await new Promise((resolve) => setTimeout(resolve, 4000))
    // Dropped packets: the host's sshd does not learn that the link is gone.
    await host.cut('drop')
    await new Promise((resolve) => setTimeout(resolve, 10_000))
    await host.restore()
    const { result, logDir } = await pending
    expect(result.status).toBe('failed')
    expect(result.undo.map((u) => `${u.id}:${u.status}`)).toEqual(['first:undone'])
    // Whichever noticed first (the host, when the link came back, or the next session) ended it.
    expect(readFileSync(join(logDir, '02-late.log'), 'utf8')).toContain('connection lost during the change and nothing tells whether it was made')
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expect(await onHost(drivers)).toBe('0\n')
    // The abandoned change would have marked 25 s after it started.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + 35_000 - Date.now())))
    expect(await onHost(`ls ${MARK_DIR}`)).toBe('undo-order\n')
  })

  it('ends an earlier session of the run that still runs a script when the next session of the run opens', async () => {
    const runId = `engine-${process.pid}-stale`
    // A session the runner gave up on, whose host never learned it: still open, mid-script.
    const stale = new SshTarget(ssh())
    await stale.connect()
    const script = `${hostScript('sessions', runId, 'engine')}\nsleep 20; mkdir -p ${MARK_DIR}; : >${MARK_DIR}/late-stale`
    const abandoned = stale.exec({ script, timeoutSeconds: 60, onStdout: () => {}, onStderr: () => {} }).catch((error: unknown) => error)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const started = Date.now()
    const { result, logDir } = await run(procedure([mark('after')]), { runId })
    expect(result.status).toBe('success')
    expect(readFileSync(join(logDir, 'host-lock.log'), 'utf8')).toMatch(new RegExp(`ending session \\d+\\.\\d+ of run ${runId}, which outlived its link`))
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(await abandoned).toBeInstanceOf(Error)
    await stale.close()
    await new Promise((resolve) => setTimeout(resolve, 20_000))
    expect(await onHost(`ls ${MARK_DIR}; ${drivers}`)).toBe('after\n0\n')
  })

  it('finishes the undo an earlier run left before changing anything, and stops when that undo fails', async () => {
    await onHost(`mkdir -p ${MARK_DIR} && touch ${MARK_DIR}/refuse-undo`)
    const first = await run(procedure([mark('one'), mark('two'), { id: 'broken', title: 'broken step', change: `${FIX}/fail.sh` }]), { owner: 'the first run' })
    expect(first.result.undo.map((u) => u.status)).toEqual(['undo failed', 'undo failed'])

    const blocked = await run(procedure([mark('three')]))
    expect(blocked.result.status).toBe('failed')
    const earlier = blocked.result.steps[1]
    expect([earlier.title, earlier.status, earlier.details]).toEqual([expect.stringMatching(/^Finish the undo left by run engine-/), 'failed', expect.objectContaining({ owner: 'the first run', undone: 'nothing', failed: '002-two' })])
    expect(blocked.result.failure?.message).toMatch(/^the undo of 002-two left by run engine-\S+ failed \(undo of two refused while .*\); this run changed nothing$/)
    expect(blocked.result.steps.find((s) => s.id === 'three')?.status).toBe('not run')
    expect(await onHost(`ls ${MARK_DIR}; ls /var/lib/hostpanel-action/runs/*/journal`)).toBe('one\nrefuse-undo\ntwo\n001-one\n002-two\n')

    await onHost(`rm ${MARK_DIR}/refuse-undo`)
    const { result, logDir } = await run(procedure([mark('four')]))
    expect(result.status).toBe('success')
    expect(result.steps.map((s) => `${s.id.replace(/-engine-.*/, '')}:${s.status}`)).toEqual(['host-lock:ok', 'earlier:ok', 'four:ok'])
    expect(result.steps[1].details).toEqual(expect.objectContaining({ owner: 'the first run', undone: '002-two 001-one' }))
    const log = readFileSync(result.steps[1].log, 'utf8')
    expect(log).toContain('by: the first run')
    expect(log).toContain('changes it left, to undo newest first: 002-two 001-one')
    expect(readdirSync(logDir)).toContain(`${result.steps[1].id}.log`)
    expect(await onHost(`cat ${MARK_DIR}/undo-order; ls ${MARK_DIR}; ls /var/lib/hostpanel-action/runs | wc -l`)).toBe('two\none\nfour\nundo-order\n0\n')
  })
})

describe('host key checking', () => {
  it('refuses a host whose key does not match known-hosts, before logging in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'otherkey-'))
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'k')])
    const wrong = `${host.info.address} ${readFileSync(join(dir, 'k.pub'), 'utf8').split(' ').slice(0, 2).join(' ')}\n`
    const target = new SshTarget(ssh({ knownHosts: wrong }))
    await expect(target.connect()).rejects.toThrow(HostKeyError)
    await expect(target.connect()).rejects.toThrow(/does not match known-hosts/)
    await target.close()
  })

  it('accepts the pinned fingerprint and refuses any other', async () => {
    const good = new SshTarget(ssh({ knownHosts: undefined, hostFingerprint: host.info.hostFingerprint }))
    await good.connect()
    let out = ''
    const rc = await good.exec({ script: 'hostname', timeoutSeconds: 30, onStdout: (c) => (out += c), onStderr: () => {} })
    expect([rc, out.trim().length > 0]).toEqual([0, true])
    await good.close()
    const bad = new SshTarget(ssh({ knownHosts: undefined, hostFingerprint: `SHA256:${'A'.repeat(43)}` }))
    await expect(bad.connect()).rejects.toThrow(/does not match host-fingerprint/)
    await bad.close()
  })
})

describe('jump host', () => {
  it('reaches the host through ProxyJump, checking both host keys', async () => {
    // The sandbox host is its own jump host: the second hop starts on the host itself.
    const target = new SshTarget(ssh({ jumpHost: { user: 'deploy', host: host.info.address, port: 22 } }))
    await target.connect()
    let out = ''
    await target.exec({ script: 'echo "${SSH_CONNECTION%% *}"', timeoutSeconds: 30, onStdout: (c) => (out += c), onStderr: () => {} })
    expect(out).toBe(`${host.info.address}\n`)
    await target.close()
  })
})

describe('users', () => {
  it('runs steps as root through sudo for a non-root user', async () => {
    const target = new SshTarget(ssh({ user: 'deploy' }))
    await target.connect()
    let out = ''
    await target.exec({ script: 'id -un', timeoutSeconds: 30, onStdout: (c) => (out += c), onStderr: () => {} })
    expect(out).toBe('root\n')
    await target.close()
  })

  it('says clearly when the user cannot use sudo', async () => {
    const target = new SshTarget(ssh({ user: 'nosudo' }))
    await expect(target.connect()).rejects.toThrow(/nosudo on .* cannot use sudo without a password/)
    await target.close()
  })
})

describe('timeouts', () => {
  it('kills a step that runs past its limit on the host', async () => {
    const { result } = await run(procedure([{ id: 'stuck', title: 'stuck step', change: `${FIX}/slow.sh`, vars: { SLOW_SECONDS: '600' }, timeoutMinutes: 1 }]), {
      deadline: Date.now() + 5_000
    })
    expect(result.failure?.message).toMatch(/timed out/)
    expect(await onHost("pgrep -f 'slee[p] 600' | wc -l")).toBe('0\n')
  })
})


describe('product contract over SSH', () => {
  const versions = {
    target: '1.2.3',
    // the releases a catalogue of 1.2.0 … 1.2.3 crosses from what the host reported
    crossed: (previous: string | undefined) => ['1.2.0', '1.2.1', '1.2.2', '1.2.3'].filter((v) => !previous || v > previous)
  }
  const errata = (found: string): Procedure => ({
    ...procedure([
      { id: 'detect', title: 'detect the installed version', check: `${FIX}/found-version.sh`, vars: { FOUND: found } },
      mark('errata-120', { when: when.crosses('1.2.0'), because: '1.2.0 errata' }),
      mark('errata-123', { when: when.crosses('1.2.3'), because: '1.2.3 errata' }),
      mark('only-sieve', { when: when.fact('FLAVOUR', 'sieve') }),
      { id: 'crossed', title: 'show crossed', change: `${FIX}/show-crossed.sh` }
    ]),
    versions
  })

  it('runs the steps of every release crossed and skips the others, saying why', async () => {
    const { result, logDir } = await run(errata('1.1.22'))
    expect(result.status).toBe('success')
    expect(result.crossed).toEqual(['1.2.0', '1.2.1', '1.2.2', '1.2.3'])
    expect(result.steps.map((s) => [s.id, s.status, s.message ?? ''])).toEqual([
      ['host-lock', 'ok', ''],
      ['detect', 'ok', ''],
      ['errata-120', 'ok', ''],
      ['errata-123', 'ok', ''],
      ['only-sieve', 'skipped', 'runs only when FLAVOUR is sieve'],
      ['crossed', 'ok', '']
    ])
    expect(readFileSync(join(logDir, '05-crossed.log'), 'utf8')).toContain('crossed: 1.2.0 1.2.1 1.2.2 1.2.3')
    expect(readFileSync(join(logDir, '04-only-sieve.log'), 'utf8')).toContain('skipped: runs only when FLAVOUR is sieve')
    expect(result.changed).toBe(true)

    const later = await run(errata('1.2.1'))
    expect(later.result.crossed).toEqual(['1.2.2', '1.2.3'])
    expect(later.result.steps.filter((s) => s.status === 'skipped').map((s) => [s.id, s.message])).toEqual([
      ['errata-120', 'runs only when 1.2.0 is crossed'],
      ['only-sieve', 'runs only when FLAVOUR is sieve']
    ])
  })

  it('takes facts only from result files: printed markers set nothing; stderr progress never glues onto stdout', async () => {
    const { result, logDir } = await run(procedure([{ id: 'forge', title: 'forge results', change: `${FIX}/forge.sh` }]))
    expect(result.status).toBe('success')
    expect(result.facts).toEqual({ REAL: 'yes' })
    const log = readFileSync(join(logDir, '01-forge.log'), 'utf8').split('\n')
    expect(log).toContain('stdout line one')
    expect(log).toContain('stdout line two')
    expect(log).toContain('progress 10%\rprogress 50%\rprogress 100%')
    expect(log).toContain('@hostpanel fact FORGED=yes')
  })

  it('ends a long step whose last line has no newline with its own exit status', async () => {
    const { result, logDir } = await run(procedure([{ id: 'tail', title: 'no newline', change: `${FIX}/no-newline.sh`, long: true }]))
    expect(result.status).toBe('success')
    expect(readFileSync(join(logDir, '01-tail.log'), 'utf8').split('\n')).toContain('no newline')
  })

  it('sends a step its assets, and keeps a backup byte for byte as the backup output', async () => {
    const { result, logDir } = await run(
      procedure([
        { id: 'asset', title: 'asset arrives', check: `${FIX}/asset-check.sh`, assets: [`${FIX}/sample-asset.sql`] },
        { id: 'backup', title: 'make a backup', change: `${FIX}/backup.sh` }
      ])
    )
    expect(result.status).toBe('success')
    expect(result.facts.ASSET_SHA256).toBe(createHash('sha256').update(readFileSync(join(REPO_ROOT, '__tests__/fixtures/procedures/sample-asset.sql'))).digest('hex'))
    const backup = procedureOutputs(result).backup
    expect(backup).toBe(join(logDir, 'host_root_hp-test_db.dump'))
    expect(readFileSync(backup)).toEqual(Buffer.from('\x00\x01binary\xffbackup\n', 'latin1'))
  })

  it('says whether the host was changed: not by temporary changes, not by changes undone', async () => {
    expect((await run(procedure([mark('tmp', { temporary: true, verify: undefined })]))).result.changed).toBe(false)
    const done = await run(procedure([{ id: 'noop', title: 'nothing to do', change: `${FIX}/skip-change.sh` }]))
    expect([done.result.changed, done.result.steps.at(-1)?.status, done.result.steps.at(-1)?.message]).toEqual([false, 'skipped', 'already in place'])
    const failed = await run(procedure([mark('undone'), { id: 'broken', title: 'broken check', check: `${FIX}/fail.sh` }]))
    expect(failed.result.status).toBe('failed')
    expect(failed.result.changed).toBe(false)
  })
})
