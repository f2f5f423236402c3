// What the benchmarks share: a sandbox host, bare-ssh anchors on it, the engine run
// against it, medians. Every benchmark runs the project and its anchor interleaved in
// the same run, so that the machine's load of the moment weighs on both alike.
import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Procedure, Step } from '../src/engine/procedure.ts'
import { ProcedureRunner, type RunnerOptions } from '../src/engine/runner.ts'
import { SshTarget } from '../src/targets/ssh-target.ts'
import { sshSettings, type SandboxHost } from '../__tests__/support/sandbox.ts'

export const FIX = '../bench/fixtures'

export interface Row {
  what: string
  project: string
  anchor: string
  ratio: string
  goal: string
  met: boolean
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`

/** Runs `a` and `b` alternately `times` times; resolves to both series. */
export async function interleaved<A, B>(times: number, a: () => Promise<A>, b: () => Promise<B>): Promise<[A[], B[]]> {
  const as: A[] = []
  const bs: B[] = []
  for (let i = 0; i < times; i += 1) {
    as.push(await a())
    bs.push(await b())
  }
  return [as, bs]
}

export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/** An ssh_config for plain OpenSSH to the host, as a user would write it (the anchors). */
export function bareConfig(host: SandboxHost): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ssh-'))
  const config = join(dir, 'config')
  writeFileSync(
    config,
    [
      'Host bench',
      `  HostName ${host.info.address}`,
      '  User root',
      `  IdentityFile ${host.info.sshKey}`,
      `  UserKnownHostsFile ${host.info.knownHosts}`,
      '  StrictHostKeyChecking yes',
      '  BatchMode yes',
      '  LogLevel ERROR',
      `  ControlPath ${join(dir, 'cm')}`,
      ''
    ].join('\n')
  )
  return config
}

/** Runs a command; resolves to its exit code. Its stdout goes straight to a file (as `> file`) or nowhere. */
export function command(tool: string, args: string[], stdoutFile?: string): Promise<number> {
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore'
  return new Promise<number>((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', out, 'inherit'] })
    child.on('error', reject)
    child.on('close', (code) => resolve(code ?? -1))
  }).finally(() => {
    if (typeof out === 'number') closeSync(out)
  })
}

export function sshTarget(host: SandboxHost): SshTarget {
  return new SshTarget(sshSettings(host.info))
}

let runs = 0

/** Runs steps through the engine on a connected target. */
export async function runSteps(target: SshTarget, steps: Step[], options: Partial<RunnerOptions> = {}): Promise<Awaited<ReturnType<ProcedureRunner['run']>>> {
  runs += 1
  const procedure: Procedure = { product: 'bench', name: 'bench', title: 'bench', steps, vars: {}, secrets: {} }
  return new ProcedureRunner(procedure, {
    target,
    runId: `bench-${process.pid}-${runs}`,
    logDir: mkdtempSync(join(tmpdir(), 'bench-logs-')),
    deadline: Date.now() + 30 * 60_000,
    lockWaitSeconds: 60,
    owner: 'bench',
    cancelled: () => false,
    echo: () => {},
    ...options
  }).run()
}

export function trivialSteps(count: number): Step[] {
  return Array.from({ length: count }, (_, i) => ({ id: `s${i + 1}`, title: `trivial ${i + 1}`, change: `${FIX}/trivial.sh` }))
}
