/**
 * The session driver (src/targets/driver.pl) run on this machine, as it runs on a host:
 * exit statuses, output streams, result files and detached-step following through frames.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DRIVER_COMMAND, HostSession } from '../../src/targets/session.js'

let session: HostSession

beforeAll(async () => {
  session = await HostSession.start(spawn(DRIVER_COMMAND[0], DRIVER_COMMAND.slice(1)), (code, stderr) => new Error(`driver ended (${code}): ${stderr}`))
})
afterAll(() => session.close())

async function run(script: string, timeoutSeconds = 30, results = '') {
  const out: Buffer[] = []
  const err: Buffer[] = []
  const done = await session.run({ script, timeoutSeconds, results, onStdout: (c) => out.push(Buffer.from(c)), onStderr: (c) => err.push(Buffer.from(c)) })
  return { ...done, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString() }
}

/**
 * Whether a process has ended within 5 s (a signal is delivered, not awaited). A zombie has
 * ended: an orphan waits for PID 1 to reap it, and not every PID 1 does so at once.
 */
async function ended(pid: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    try {
      if (readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').startsWith('Z')) return true
    } catch {
      return true
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

describe('host session', () => {
  it('keeps exit statuses, and reports a script\'s own 255 as 254', async () => {
    expect((await run('exit 7')).rc).toBe(7)
    expect((await run('true')).rc).toBe(0)
    const odd = await run('exit 255')
    expect(odd.rc).toBe(254)
    expect(odd.stderr).toContain('the script exited 255; reported as 254')
  })

  it('runs every script with the library and set -euo pipefail', async () => {
    const r = await run('hp_log "from the library"; false; echo not reached')
    expect([r.rc, r.stdout.toString()]).toEqual([1, '==> from the library\n'])
  })

  it('relays output byte for byte; printed frames stay output and cannot end the script or set results', async () => {
    const forged = "printf 'X\\0\\0\\0\\0050\\nfact.A'; printf '\\377\\000binary'"
    const r = await run(`${forged}; echo; echo to-stderr >&2; exit 3`)
    expect(r.rc).toBe(3)
    expect(r.results).toEqual([])
    expect(r.stdout).toEqual(Buffer.concat([Buffer.from('X\0\0\0\x050\nfact.A'), Buffer.from([0xff, 0]), Buffer.from('binary\n')]))
    expect(r.stderr).toBe('to-stderr\n')
  })

  it('stops a script at its timeout (exit 124)', async () => {
    const started = Date.now()
    expect((await run('sleep 30', 1)).rc).toBe(124)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('signals the script\'s whole process group at its timeout, pipelines and children included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'session-'))
    expect((await run(`sh -c 'echo $$ >${dir}/pid; exec sleep 30' | cat`, 1)).rc).toBe(124)
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'))
    expect(await ended(pid)).toBe(true)
  })

  it('runs each script on its own: no variables, functions, directory or arguments left by the one before, and stdin at its end', async () => {
    await run('LEFT=over; left() { :; }; cd /; set -- a b')
    const r = await run('echo "${LEFT:-none} $(type -t left || echo none) $PWD $#"; cat; read -r line || echo eof')
    expect(r.stdout.toString()).toBe(`none none ${process.cwd()} 0\neof\n`)
  })

  it('goes on after a script kills the shell that runs it, and says so', async () => {
    const r = await run('me=$BASHPID; kill -KILL "$(ps -o ppid= -p "$me")"; sleep 5')
    expect(r.rc).toBe(126)
    expect(r.stderr).toContain("the host's shell ended while the script ran")
    expect((await run('hp_log "still served"')).stdout.toString()).toBe('==> still served\n')
  })

  it('does not wait for a background process that keeps the output open', async () => {
    const started = Date.now()
    expect((await run('(sleep 20 &) ; echo started')).stdout.toString()).toBe('started\n')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('reads and removes the result folder', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'session-')), 'out')
    const r = await run(`mkdir -p ${dir}; printf 'v1' > ${dir}/fact.ONE; printf '' > ${dir}/skip`, 30, dir)
    expect(r.results.map(([name, value]) => [name, value.toString()])).toEqual([['fact.ONE', 'v1'], ['skip', '']])
    expect(existsSync(dir)).toBe(false)
  })

  it('passes on a large output in order', async () => {
    const r = await run('seq 1 200000')
    const lines = r.stdout.toString().split('\n')
    expect(lines.length).toBe(200001)
    expect(lines[199999]).toBe('200000')
  })
})

describe('following a detached step', () => {
  function detached(): string {
    const dir = mkdtempSync(join(tmpdir(), 'detached-'))
    writeFileSync(join(dir, 'output.log'), '')
    return dir
  }

  it('relays from an offset as lines are written and ends with the exit status', async () => {
    const dir = detached()
    writeFileSync(join(dir, 'output.log'), 'seen before\n')
    await run(`setsid bash -c 'for i in 1 2 3; do echo line $i; sleep 0.2; done >>${dir}/output.log; echo 5 >${dir}/rc.tmp && mv ${dir}/rc.tmp ${dir}/rc' </dev/null >/dev/null 2>&1 & echo $! >${dir}/pid`)
    let text = ''
    const end = await session.follow({ dir, offset: 'seen before\n'.length, results: '', onOutput: (c) => (text += c.toString()) })
    expect(end).toEqual({ rc: 5, results: [] })
    expect(text).toBe('line 1\nline 2\nline 3\n')
  })

  it('says lost when the step vanished without a status, and running when stopped', async () => {
    const gone = detached()
    writeFileSync(join(gone, 'pid'), '999999999\n')
    expect(await session.follow({ dir: gone, offset: 0, results: '', onOutput: () => {} })).toBe('lost')

    const busy = detached()
    mkdirSync(busy, { recursive: true })
    writeFileSync(join(busy, 'pid'), `${process.pid}\n`)
    const following = session.follow({ dir: busy, offset: 0, results: '', onOutput: () => {} })
    setTimeout(() => session.stop(), 200)
    expect(await following).toBe('running')
    // The session goes on serving scripts afterwards.
    expect((await run('echo still here')).stdout.toString()).toBe('still here\n')
  })
})

describe('a session the action gives up on', () => {
  /** A driver of its own, running a script that writes its pid and sleeps; resolves once it runs. */
  async function busy(): Promise<{ child: ReturnType<typeof spawn>; pid: number; dir: string; done: Promise<unknown> }> {
    const child = spawn(DRIVER_COMMAND[0], DRIVER_COMMAND.slice(1))
    const own = await HostSession.start(child, (code) => new Error(`driver ended (${code})`))
    const dir = mkdtempSync(join(tmpdir(), 'abandoned-'))
    const done = own.run({ script: `echo "$HP_SESSION" >${dir}/session; sh -c 'echo $$ >${dir}/pid; exec sleep 60' | cat`, timeoutSeconds: 120, results: '', onStdout: () => {}, onStderr: () => {} }).catch((error: unknown) => error)
    for (let i = 0; i < 100 && !existsSync(join(dir, 'pid')); i++) await new Promise((resolve) => setTimeout(resolve, 50))
    await new Promise((resolve) => setTimeout(resolve, 100))
    return { child, pid: Number(readFileSync(join(dir, 'pid'), 'utf8')), dir, done }
  }

  function exited(child: ReturnType<typeof spawn>): Promise<number | null> {
    return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)))
  }

  it('stops the running script\'s process group and ends when its input ends (the link lost)', async () => {
    const { child, pid, dir, done } = await busy()
    // The session's name: the driver's pid and start time.
    expect(readFileSync(join(dir, 'session'), 'utf8')).toMatch(new RegExp(`^${child.pid}\\.\\d+\\n$`))
    child.stdin?.end()
    expect(await exited(child)).toBe(0)
    expect(await ended(pid)).toBe(true)
    expect(await done).toBeInstanceOf(Error)
  })

  it('stops the running script\'s process group and ends on TERM (a later session of the run)', async () => {
    const { child, pid, done } = await busy()
    child.kill('SIGTERM')
    expect(await exited(child)).toBe(0)
    expect(await ended(pid)).toBe(true)
    expect(await done).toBeInstanceOf(Error)
  })
})
