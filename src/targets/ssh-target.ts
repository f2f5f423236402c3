/**
 * Runs steps on a host through the system OpenSSH client: one connection per run, whose
 * one session is the driver (see session.ts) that runs every script of the run; the host
 * key checked against what the workflow pinned; the key in a 0600 file that the post
 * step removes. No master connection: the session's own ssh process is the connection,
 * so output crosses no multiplexing process on its way (a lost link ends that process,
 * and reconnect() starts another).
 */
import * as exec from '@actions/exec'
import * as io from '@actions/io'
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { annotations } from '../report/annotations.js'
import type { SshSettings } from '../settings/settings.js'
import { stopProcessesNaming } from './leftovers.js'
import { DRIVER_COMMAND } from './session.js'
import { SessionTarget } from './session-target.js'
import { ConnectionError, HostKeyError, shellLine } from './target.js'

/** The alias every connection uses; the generated ssh_config says where it leads. */
const ALIAS = 'hostpanel-target'

export interface SshTuning {
  connectTimeoutSeconds: number
  /** Keepalives: a silent link is declared dead after interval × count seconds. */
  serverAliveInterval: number
  serverAliveCountMax: number
}

export const DEFAULT_TUNING: SshTuning = { connectTimeoutSeconds: 15, serverAliveInterval: 5, serverAliveCountMax: 3 }

interface Captured {
  code: number
  stdout: string
  stderr: string
}

async function run(tool: string, args: string[], input?: string): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const code = await exec.exec(tool, args, {
    input: input === undefined ? undefined : Buffer.from(input),
    silent: true,
    ignoreReturnCode: true,
    listeners: { stdout: (d) => (stdout += d.toString()), stderr: (d) => (stderr += d.toString()) }
  })
  return { code, stdout, stderr }
}

/** Why an ssh invocation exited 255, in one line. */
function classify(stderr: string, label: string): Error {
  const text = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ')
  if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key .* not known|No \S+ host key is known/i.test(stderr)) {
    return new HostKeyError(`the host key of ${label} does not match known-hosts/host-fingerprint; refusing to connect (${text})`)
  }
  if (/Permission denied/i.test(stderr)) {
    return new Error(`ssh login to ${label} was refused; check 'user' and 'ssh-key' (${text})`)
  }
  return new ConnectionError(`cannot reach ${label} over SSH: ${text || 'ssh exited 255'}`)
}

/** A host as it is written before ':port' (ProxyJump, labels): an IPv6 address in brackets. */
function hostForPort(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

export function sshLabel(settings: SshSettings): string {
  return `${settings.user}@${hostForPort(settings.host)}:${settings.port}`
}

export class SshTarget extends SessionTarget {
  readonly label: string
  /** Private folder (0700) with the key, known_hosts and ssh_config. */
  readonly workDir: string
  private readonly config: string
  private readonly sudo: boolean

  constructor(
    private readonly settings: SshSettings,
    private readonly tuning: SshTuning = DEFAULT_TUNING,
    workDir?: string
  ) {
    super()
    this.label = sshLabel(settings)
    this.sudo = settings.user !== 'root'
    // The post step passes the main step's folder, which main may have removed already.
    // Under RUNNER_TEMP, which the runner empties after every job (a self-hosted runner's /tmp is not).
    this.workDir = workDir ?? mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'hostpanel-ssh-'))
    mkdirSync(this.workDir, { recursive: true, mode: 0o700 })
    chmodSync(this.workDir, 0o700)
    this.config = join(this.workDir, 'ssh_config')
  }

  async connect(): Promise<void> {
    const s = this.settings
    await io.which('ssh', true)
    writeFileSync(join(this.workDir, 'key'), s.key.endsWith('\n') ? s.key : `${s.key}\n`, { mode: 0o600 })
    const knownHosts = join(this.workDir, 'known_hosts')
    if (s.skipHostKeyCheck) {
      annotations.warning(`host key checking is OFF for ${this.label} (insecure-skip-host-key-check): anyone on the path can impersonate this host. Use known-hosts or host-fingerprint.`)
    } else {
      writeFileSync(knownHosts, s.knownHosts ?? (await this.scanPinnedKey(s.hostFingerprint ?? '')), { mode: 0o600 })
    }
    this.writeConfig(knownHosts)
    // The session's start proves the login and that scripts can run as root (sudo -n for other users).
    await this.openSession()
  }

  protected spawnDriver(): ChildProcess {
    const command = this.sudo ? ['sudo', '-n', '--', ...DRIVER_COMMAND] : DRIVER_COMMAND
    return spawn('ssh', ['-F', this.config, ALIAS, '--', shellLine(command)], { stdio: 'pipe' })
  }

  protected failure(code: number | null, stderr: string): Error {
    if (code === 255 || code === null) return classify(stderr, this.label)
    if (this.sudo && /sudo/.test(stderr)) {
      const s = this.settings
      return new Error(`${s.user} on ${s.host} cannot use sudo without a password (sudo -n failed: ${stderr.trim().split('\n').at(-1)}); log in as root or allow passwordless sudo`)
    }
    return new ConnectionError(`the session on ${this.label} ended (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ') || 'no message'}`)
  }

  /** Keeps only the host keys whose fingerprint is the pinned one. */
  private async scanPinnedKey(fingerprint: string): Promise<string> {
    const s = this.settings
    const scan = await run('ssh-keyscan', ['-T', String(this.tuning.connectTimeoutSeconds), '-p', String(s.port), s.host])
    const lines = scan.stdout.split('\n').filter((l) => l && !l.startsWith('#'))
    if (lines.length === 0) {
      throw new ConnectionError(`cannot read the host key of ${s.host}:${s.port} (ssh-keyscan: ${scan.stderr.trim() || 'no answer'})`)
    }
    const offered: string[] = []
    const kept: string[] = []
    for (const line of lines) {
      const fp = (await run('ssh-keygen', ['-l', '-E', 'sha256', '-f', '-'], line)).stdout.split(/\s+/)[1] ?? ''
      offered.push(fp)
      if (fp === fingerprint) kept.push(line)
    }
    if (kept.length === 0) {
      throw new HostKeyError(`the host key of ${s.host}:${s.port} does not match host-fingerprint ${fingerprint}; the host offers ${offered.join(', ')}; refusing to connect`)
    }
    return `${kept.join('\n')}\n`
  }

  private writeConfig(knownHosts: string): void {
    const s = this.settings
    const t = this.tuning
    const checking = s.skipHostKeyCheck
      ? ['StrictHostKeyChecking no', 'UserKnownHostsFile /dev/null']
      : ['StrictHostKeyChecking yes', `UserKnownHostsFile ${knownHosts}`]
    const jump = s.jumpHost ? [`ProxyJump ${s.jumpHost.user ? `${s.jumpHost.user}@` : ''}${hostForPort(s.jumpHost.host)}${s.jumpHost.port ? `:${s.jumpHost.port}` : ''}`] : []
    const lines = [
      `Host ${ALIAS}`,
      `  HostName ${s.host}`,
      `  Port ${s.port}`,
      `  User ${s.user}`,
      '  ControlMaster no',
      '  ControlPath none',
      ...jump.map((l) => `  ${l}`),
      // Everything below applies to the jump host too.
      'Host *',
      `  IdentityFile ${join(this.workDir, 'key')}`,
      '  IdentitiesOnly yes',
      '  BatchMode yes',
      ...checking.map((l) => `  ${l}`),
      '  GlobalKnownHostsFile /dev/null',
      '  UpdateHostKeys no',
      `  ConnectTimeout ${t.connectTimeoutSeconds}`,
      `  ServerAliveInterval ${t.serverAliveInterval}`,
      `  ServerAliveCountMax ${t.serverAliveCountMax}`,
      '  ForwardAgent no',
      '  ClearAllForwardings yes',
      '  RequestTTY no',
      '  LogLevel ERROR',
      ''
    ]
    writeFileSync(this.config, lines.join('\n'), { mode: 0o600 })
  }

  async reconnect(): Promise<boolean> {
    if (this.sessionAlive) return true
    try {
      await this.openSession()
      return true
    } catch (error) {
      if (error instanceof HostKeyError) throw error
      return false
    }
  }

  async close(): Promise<void> {
    await this.closeSession()
    rmSync(this.workDir, { recursive: true, force: true })
  }
}

/**
 * For the post step: stops every ssh process a killed main step left behind (they all
 * name the folder on their command line), then removes the key.
 */
export async function cleanupSshWorkDir(workDir: string): Promise<void> {
  await stopProcessesNaming(workDir)
  rmSync(workDir, { recursive: true, force: true })
}
