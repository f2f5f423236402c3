/**
 * Seeded, randomized faults during a full ISPmanager install through the bundled action:
 * the link cut (rejected or silently dropped), SIGTERM, SIGKILL of main then post, the
 * installer failing, the host rebooting, a second run at the same time. After each run,
 * either the install completed and verifies, or the host is as it was (apt units and
 * AppArmor as before, the host lock free, no process of the run left) with the logs kept.
 *
 * A few runs belong to the normal suite; more with HOSTPANEL_FAULT_RUNS=N, another draw
 * with HOSTPANEL_FAULT_SEED=S (the seed and each run's fault are in the test names).
 *
 * Then two set faults during a short change step (dpkg-locks, kept waiting by a lock
 * holder): a 45 s cut, after which no process of the run may remain and no change may
 * come after the undo; and a cut outlasting main and post, whose pending undo the next
 * run must finish (windows shortened by the test-only HOSTPANEL_TEST_* settings).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../support/action-harness.js'
import { hostSays, withPanelHost, type PanelHost } from '../support/ispmanager-host.js'

const RUNS = Number(process.env.HOSTPANEL_FAULT_RUNS ?? 3)
const SEED = Number(process.env.HOSTPANEL_FAULT_SEED ?? 20261122)
const FAULTS = ['cut-reject', 'cut-drop', 'sigterm', 'sigkill', 'installer-fails', 'reboot', 'second-run'] as const
type Fault = (typeof FAULTS)[number]

/** mulberry32: a small seeded generator, so that a failing draw can be run again. */
function generator(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Draw {
  fault: Fault
  /** When the fault strikes, after the action started. */
  atMs: number
  /** How long a cut lasts. */
  forMs: number
}

const random = generator(SEED)
const offset = Math.floor(random() * FAULTS.length)
// The runs go round every kind of fault (from a seeded start), each at a seeded moment.
const draws: Draw[] = Array.from({ length: RUNS }, (_, i) => ({
  fault: FAULTS[(offset + i) % FAULTS.length],
  atMs: 500 + Math.floor(random() * 7500),
  forMs: 5000 + Math.floor(random() * 15000)
}))

const UNITS = 'unattended-upgrades apt-daily.timer apt-daily-upgrade.timer apparmor'

/** What a failed run must leave as it found it. */
async function hostState(panel: PanelHost): Promise<string> {
  return hostSays(panel, `for u in ${UNITS}; do printf '%s %s %s\\n' "$u" "$(systemctl is-enabled "$u" 2>/dev/null || true)" "$(systemctl is-active "$u" 2>/dev/null || true)"; done`)
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** After a reboot the host comes back by itself; wait until systemd has finished starting it. */
async function settled(panel: PanelHost): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    const state = (await panel.host.exec('systemctl is-system-running 2>/dev/null || true')).stdout.trim()
    if (state === 'running' || state === 'degraded') return
    await sleep(1000)
  }
  throw new Error('the host did not come back within 2 minutes')
}

async function injure(panel: PanelHost, draw: Draw): Promise<void> {
  await sleep(draw.atMs)
  if (draw.fault === 'cut-reject' || draw.fault === 'cut-drop') {
    await panel.host.cut(draw.fault === 'cut-drop' ? 'drop' : 'down')
    await sleep(draw.forMs)
    await panel.host.restore()
  } else if (draw.fault === 'reboot') {
    await panel.host.exec('systemctl reboot')
  }
}

describe(`faults during an ISPmanager install (seed ${SEED})`, () => {
  it.each(draws.map((d, i) => [i + 1, d.fault, d.atMs, d]))('run %i: %s after %i ms', (_run, _fault, _at, draw) =>
    withPanelHost('ubuntu-22.04', async (panel) => {
      const d = draw as Draw
      const before = await hostState(panel)
      // The installer takes a few seconds, so that faults land in the middle of it.
      await panel.knobs({ STANDIN_SLOW_SECONDS: '6', ...(d.fault === 'installer-fails' ? { STANDIN_FAIL_AT: 'packages' } : {}) })
      const inputs = panel.inputs()
      const signal = d.fault === 'sigterm' ? { name: 'SIGTERM' as const, afterMs: d.atMs } : d.fault === 'sigkill' ? { name: 'SIGKILL' as const, afterMs: d.atMs } : undefined
      const mainRun = runAction('main', inputs, { workDir: panel.workDir, signal })
      let second: Promise<ActionRun> | undefined
      if (d.fault === 'second-run') {
        await sleep(d.atMs)
        second = runAction('main', inputs, { workDir: join(panel.workDir, 'second') })
      } else {
        await injure(panel, d)
      }
      const main = await mainRun
      const post = await runAction('post', inputs, { workDir: panel.workDir, state: main.state })
      expect(post.code).toBe(0)
      await settled(panel)

      const logDir = JSON.parse(main.state['hostpanel-run'] ?? '{}').logDir as string | undefined
      expect(logDir && existsSync(logDir) && readdirSync(logDir).some((f) => f.endsWith('.log'))).toBe(true)
      if (main.outputs.status === 'success') {
        const verify = await runAction('main', panel.inputs({ mode: 'verify' }), { workDir: join(panel.workDir, 'verify') })
        expect([verify.code, verify.outputs.status]).toEqual([0, 'success'])
      } else {
        expect(await hostState(panel)).toBe(before)
      }
      if (second) {
        // The second run waited for the lock, then found the panel installed (or the first run's failure).
        const other = await second
        expect(other.outputs.status).toBe('failed')
      }
      expect(await hostSays(panel, 'flock -n /var/lock/hostpanel-action.lock true && echo free')).toBe('free')
      expect(await hostSays(panel, `${RUN_PROCESSES} | wc -l`)).toBe('0')
      // After a reboot, the annotation says what the log says, not the relock's last line.
      const logs = readdirSync(logDir ?? '').filter((f) => f.endsWith('.log')).map((f) => readFileSync(join(logDir ?? '', f), 'utf8'))
      if (logs.some((l) => l.includes('ended without an exit status (host rebooted or process killed)'))) {
        expect(main.output).toMatch(/::error[^\n]*the detached step ended without an exit status \(host rebooted or process killed\)/)
      }
    })
  )
})

/** Every process a run may have on the host: installer, lock holder, detached steps, session drivers and shells, their sshd. */
const RUN_PROCESSES = "pgrep -f '[i]nstall.eu.sh|[h]ostpanel-lock|[h]ostpanel-detached|[h]ostpanel-shell|[s]ysread.STDIN|[s]shd: root@'"
/** Holds the dpkg lock in a unit of its own, so that the dpkg-locks step (a short change, no check) waits for it. */
const HOLD_DPKG = 'systemd-run --unit=hp-test-dpkg-hold --collect flock /var/lib/dpkg/lock-frontend sleep 900'

/** Resolves once the run's log folder has a step's log: the step has begun. */
async function stepBegun(workDir: string, step: string): Promise<number> {
  for (let i = 0; i < 600; i += 1) {
    const logs = join(workDir, 'logs')
    const runs = existsSync(logs) ? readdirSync(logs) : []
    if (runs.some((run) => readdirSync(join(logs, run)).some((f) => f.endsWith(`-${step}.log`)))) return Date.now()
    await sleep(100)
  }
  throw new Error(`step ${step} did not begin within 60 s`)
}

describe('a link lost during a short change step', () => {
  it('leaves no process of the run on the host 2 s after post after a 45 s cut, and no change after the undo', () =>
    withPanelHost('ubuntu-22.04', async (panel) => {
      const before = await hostState(panel)
      expect((await panel.host.exec(HOLD_DPKG)).code).toBe(0)
      // Left running, the abandoned step would stop the lock's holder after 70 s of waiting.
      const inputs = panel.inputs({ 'dpkg-lock-wait': '70' })
      const mainRun = runAction('main', inputs, { workDir: panel.workDir })
      const begun = await stepBegun(panel.workDir, 'dpkg-locks')
      await panel.host.cut('drop')
      await sleep(45_000)
      await panel.host.restore()
      const main = await mainRun
      expect(main.outputs.status).toBe('failed')
      const post = await runAction('post', inputs, { workDir: panel.workDir, state: main.state })
      expect(post.code).toBe(0)
      await sleep(2000)
      expect(await hostSays(panel, `${RUN_PROCESSES} | wc -l`)).toBe('0')
      expect(await hostSays(panel, 'flock -n /var/lock/hostpanel-action.lock true && echo free')).toBe('free')
      expect(await hostState(panel)).toBe(before)
      await sleep(Math.max(0, begun + 100_000 - Date.now()))
      expect(await hostSays(panel, 'systemctl is-active hp-test-dpkg-hold')).toBe('active')
      expect(await hostState(panel)).toBe(before)
    }))

  it('says in the annotation what the log says when the host reboots under the installer', () =>
    withPanelHost('ubuntu-22.04', async (panel) => {
      const before = await hostState(panel)
      await panel.knobs({ STANDIN_SLOW_SECONDS: '8' })
      const inputs = panel.inputs()
      const mainRun = runAction('main', inputs, { workDir: panel.workDir })
      await stepBegun(panel.workDir, 'installer')
      await sleep(1500)
      await panel.host.exec('systemctl reboot')
      const main = await mainRun
      const post = await runAction('post', inputs, { workDir: panel.workDir, state: main.state })
      await settled(panel)
      expect([main.outputs.status, post.code]).toEqual(['failed', 0])
      const annotations = main.output.split('\n').filter((line) => line.startsWith('::error'))
      expect(annotations).toEqual([expect.stringContaining('change failed: the detached step ended without an exit status (host rebooted or process killed)')])
      expect(await hostState(panel)).toBe(before)
      expect(await hostSays(panel, `${RUN_PROCESSES} | wc -l`)).toBe('0')
    }))

  it('leaves an undo nobody could run to the next run, which finishes it first: the host is as before', () =>
    withPanelHost('ubuntu-22.04', async (panel) => {
      const before = await hostState(panel)
      expect((await panel.host.exec(HOLD_DPKG)).code).toBe(0)
      // Windows short enough to outwait: reconnecting 20 s in main and in post, the lock stale after 30 s.
      const env = { HOSTPANEL_TEST_RECONNECT_SECONDS: '20', HOSTPANEL_TEST_LOCK_STALE_SECONDS: '30' }
      const inputs = panel.inputs({ 'dpkg-lock-wait': '900' })
      const mainRun = runAction('main', inputs, { workDir: panel.workDir, env })
      await stepBegun(panel.workDir, 'dpkg-locks')
      await panel.host.cut('down')
      const main = await mainRun
      const post = await runAction('post', inputs, { workDir: panel.workDir, state: main.state, env })
      await panel.host.restore()
      expect([main.outputs.status, post.code]).toEqual(['failed', 0])
      expect(post.output).toMatch(/cannot reach|could not reconnect/)
      // The apt units are still masked: the first run's undo is pending on the host.
      expect(await hostState(panel)).not.toBe(before)
      const firstRun = JSON.parse(main.state['hostpanel-run'] ?? '{}').runId as string

      const next = await runAction('main', panel.inputs({ mode: 'verify' }), { workDir: join(panel.workDir, 'next'), env })
      const report = JSON.parse(readFileSync(next.outputs.report, 'utf8')) as { steps: Array<{ id: string; title: string; status: string; details?: Record<string, string> }> }
      const earlier = report.steps.find((step) => step.id === `earlier-${firstRun}`)
      expect(earlier).toEqual(expect.objectContaining({ title: `Finish the undo left by run ${firstRun}`, status: 'ok' }))
      expect(earlier?.details).toEqual(expect.objectContaining({ run: firstRun, undone: '001-apt-timers', owner: expect.stringContaining(`hostpanel-action run ${firstRun}`) }))
      expect(next.output).toContain(`::group::Finish the undo left by run ${firstRun}`)
      expect(next.output).toContain('changes it left, to undo newest first: 001-apt-timers')
      expect(await hostState(panel)).toBe(before)
      expect(await hostSays(panel, 'ls /var/lib/hostpanel-action/runs | wc -l')).toBe('0')
      await sleep(2000)
      expect(await hostSays(panel, `${RUN_PROCESSES} | wc -l`)).toBe('0')
      expect(await hostSays(panel, 'systemctl is-active hp-test-dpkg-hold')).toBe('active')
    }))
})
