// Rows 2, 3 and 6: the built action (dist/main/index.js) as a workflow runs it.
// 2: process start -> the first remote script done (the end of host-lock.log, which the
//    lock script's last line writes), against what any Node action over SSH pays: `node -e 0`
//    and then one bare `ssh host true`;
// 3: the whole run of an install that preflight refuses (the host says Debian 8), against
//    the same anchor;
// 6: a full ISPmanager install with the stand-in installer, against the stand-in run by
//    hand over one ssh, each on a fresh host.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runAction } from '../__tests__/support/action-harness.ts'
import { panelHost } from '../__tests__/support/ispmanager-host.ts'
import type { SandboxHost } from '../__tests__/support/sandbox.ts'
import { bareConfig, command, interleaved, median, ms, timed, type Row } from './lib.ts'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'

function inputs(host: SandboxHost, logDir: string): Record<string, string> {
  return { product: 'ispmanager', version: '6', host: host.info.address, 'ssh-key': readFileSync(host.info.sshKey, 'utf8'), 'known-hosts': readFileSync(host.info.knownHosts, 'utf8'), 'log-dir': logDir }
}

export async function refused(host: SandboxHost): Promise<Row[]> {
  await host.setIdentity('debian-8')
  const config = bareConfig(host)
  const first: number[] = []
  const [whole, bare] = await interleaved(
    7,
    async () => {
      const work = mkdtempSync(join(tmpdir(), 'bench-action-'))
      const logs = join(work, 'logs')
      const started = performance.timeOrigin + performance.now()
      const took = await timed(async () => {
        const run = await runAction('main', inputs(host, logs), { workDir: work })
        if (run.outputs.status !== 'failed' || !run.output.includes('preflight')) throw new Error(`expected a refusal by preflight:\n${run.output}`)
      })
      const dir = join(logs, readdirSync(logs)[0])
      first.push(statSync(join(dir, 'host-lock.log')).mtimeMs - started)
      return took
    },
    () =>
      timed(async () => {
        await command(process.execPath, ['-e', '0'])
        await command('ssh', ['-F', config, '-o', 'ControlPath=none', 'bench', 'true'])
      })
  )
  await host.setIdentity('debian-12')
  const anchor = median(bare)
  const what = `node -e 0 + bare ssh host true ${ms(anchor)}`
  return [
    {
      what: 'process start -> first remote script done',
      project: ms(median(first)),
      anchor: what,
      ratio: `${(median(first) / anchor).toFixed(2)}x`,
      goal: '<= 1.15x node + bare ssh',
      met: median(first) / anchor <= 1.15
    },
    {
      what: 'install refused by preflight (wrong OS)',
      project: ms(median(whole)),
      anchor: what,
      ratio: `${(median(whole) / anchor).toFixed(2)}x`,
      goal: '<= 1.15x node + bare ssh, nothing changed',
      met: median(whole) / anchor <= 1.15
    }
  ]
}

export async function install(): Promise<Row> {
  const project = await panelHost('ubuntu-22.04', `bench-a-${process.pid}`)
  const anchorHost = await panelHost('ubuntu-22.04', `bench-b-${process.pid}`)
  try {
    const action = await timed(async () => {
      const run = await runAction('main', project.inputs(), { workDir: project.workDir })
      if (run.outputs.status !== 'success') throw new Error(`install failed:\n${run.output}`)
    })
    const config = bareConfig(anchorHost.host)
    const url = anchorHost.inputs()['installer-url']
    const bare = await timed(async () => {
      const rc = await command('ssh', ['-F', config, '-o', 'ControlPath=none', 'bench', `curl -fsS -o /root/install.eu.sh ${url} && sh /root/install.eu.sh --release stable --silent --ignore-hostname --dbtype mysql --mysql-server mariadb --no-letsencrypt ispmanager-lite </dev/null`])
      if (rc !== 0) throw new Error(`stand-in over ssh exited ${rc}`)
    })
    return {
      what: 'full ISPmanager install (stand-in): action overhead over the installer',
      project: `+${((action - bare) / 1000).toFixed(2)} s (${(action / 1000).toFixed(2)} s)`,
      anchor: `stand-in over one ssh ${(bare / 1000).toFixed(2)} s`,
      ratio: `${(action / bare).toFixed(2)}x`,
      goal: '<= +1.5 s',
      met: action - bare <= 1500
    }
  } finally {
    await project.down()
    await anchorHost.down()
  }
}

