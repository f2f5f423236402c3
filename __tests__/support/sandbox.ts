// A disposable sandbox host (systemd as PID 1, sshd, its own network namespace), driven
// through sandbox/sandbox.sh. Used by the integration tests and the README demo; no jest
// here. Needs root, as the script does.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SshSettings } from '../../src/settings/settings.ts'

export const SANDBOX_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sandbox', 'sandbox.sh')

export interface SandboxInfo {
  name: string
  id: number
  /** The host's own address (10.200.ID.2); nothing else is routed to it. */
  address: string
  /** The machine's end of the link (10.200.ID.1), where tests serve files. */
  gateway: string
  netns: string
  /** The machine-side interface. */
  veth: string
  sshPort: number
  /** Private key (ed25519) accepted for root, deploy (sudo) and nosudo. */
  sshKey: string
  /** A known_hosts file holding the host's ed25519 key for its address. */
  knownHosts: string
  /** SHA256:... of the host's ed25519 key. */
  hostFingerprint: string
  /** The per-host test CA, trusted inside the host. */
  caCert: string
  /** Certificate and key for `gateway` (IP SAN), signed by caCert. */
  gatewayCert: string
  gatewayKey: string
  stateDir: string
  /** The host's PID 1 as the machine sees it (a reboot inside changes it; stateDir/pid follows). */
  pid: number
}

/** Settings for the action's SSH target to this host, as root, its host key pinned. */
export function sshSettings(info: SandboxInfo, overrides: Partial<SshSettings> = {}): SshSettings {
  return {
    kind: 'ssh',
    host: info.address,
    port: info.sshPort,
    user: 'root',
    key: readFileSync(info.sshKey, 'utf8'),
    knownHosts: readFileSync(info.knownHosts, 'utf8'),
    skipHostKeyCheck: false,
    ...overrides
  }
}

export interface ExecResult {
  code: number
  stdout: string
  stderr: string
}

type Release = 'ubuntu-22.04' | 'ubuntu-24.04' | 'debian-12' | 'debian-8'

let counter = 0

/** Runs sandbox.sh; resolves with its output whatever its exit code. */
function run(args: string[]): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = execFile('bash', [SANDBOX_SCRIPT, ...args], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null
      if (code === null) reject(error as Error)
      else resolve({ code, stdout, stderr })
    })
    child.stdin?.end()
  })
}

/** Runs sandbox.sh and fails with its stderr unless it exits 0. */
async function script(args: string[]): Promise<string> {
  const r = await run(args)
  if (r.code !== 0) throw new Error(`sandbox.sh ${args.join(' ')} exited ${r.code}:\n${r.stderr.trim()}`)
  return r.stdout
}

/** key=value lines (values may contain '=' and spaces) to an object. */
function parseInfo(text: string): SandboxInfo {
  const kv = new Map<string, string>()
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=')
    if (eq > 0) kv.set(line.slice(0, eq), line.slice(eq + 1))
  }
  const get = (key: string): string => {
    const value = kv.get(key)
    if (value === undefined) throw new Error(`sandbox.sh up printed no ${key}:\n${text}`)
    return value
  }
  return {
    name: get('name'),
    id: Number(get('id')),
    address: get('address'),
    gateway: get('gateway'),
    netns: get('netns'),
    veth: get('veth'),
    sshPort: Number(get('ssh_port')),
    sshKey: get('ssh_key'),
    knownHosts: get('known_hosts'),
    hostFingerprint: get('host_fingerprint'),
    caCert: get('ca_cert'),
    gatewayCert: get('gateway_cert'),
    gatewayKey: get('gateway_key'),
    stateDir: get('state_dir'),
    pid: Number(get('pid'))
  }
}

// Plain TypeScript only (no parameter properties, enums...): the demo runs this file
// with Node's type stripping.
export class SandboxHost {
  readonly info: SandboxInfo

  private constructor(info: SandboxInfo) {
    this.info = info
  }

  /** Starts a fresh host (building the image first if needed); ready for SSH when it resolves. */
  static async up(name?: string): Promise<SandboxHost> {
    // Unique per call, also across jest workers and runs; under jest, prefixed with the
    // run's name (global-setup.mjs), so that its teardown finds the run's hosts and no one
    // else's. A given name is prefixed too: two runs at once (two checkouts) must not take
    // down each other's host of the same name.
    const run = process.env.HOSTPANEL_SANDBOX_RUN ?? `t${Date.now().toString(36).slice(-5)}`
    const hostName = name ? `${run}-${name}` : `${run}-${process.pid.toString(36)}-${(++counter).toString(36)}`
    return new SandboxHost(parseInfo(await script(['up', hostName])))
  }

  /** Runs `bash -c cmd` as root inside the host, without SSH. Never throws for a non-zero exit. */
  exec(cmd: string): Promise<ExecResult> {
    return run(['exec', this.info.name, '--', 'bash', '--noprofile', '--norc', '-c', cmd])
  }

  /** 'down': new connections fail at once (No route to host); 'drop': packets vanish (timeouts). */
  async cut(mode: 'down' | 'drop' = 'down'): Promise<void> {
    await script(mode === 'drop' ? ['cut', this.info.name, '--drop'] : ['cut', this.info.name])
  }

  async restore(): Promise<void> {
    await script(['restore', this.info.name])
  }

  /** Makes os-release and lsb_release report another release; packages stay Debian 12. */
  async setIdentity(id: Release): Promise<void> {
    await script(['identity', this.info.name, id])
  }

  async down(): Promise<void> {
    await script(['down', this.info.name])
  }
}

/** Builds the host image unless it is cached; resolves with its directory. */
export async function buildImage(): Promise<string> {
  return (await script(['image'])).trim().split('\n').pop() ?? ''
}

/** Waits for hosts started together; if one failed to start, takes the others down and says why. */
export async function startedTogether<T extends { down(): Promise<void> }>(starting: Array<Promise<T>>): Promise<T[]> {
  const started = await Promise.allSettled(starting)
  const up = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
  if (up.length < started.length) {
    await Promise.all(up.map((h) => h.down()))
    throw new Error(started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : [])).join('\n\n'))
  }
  return up
}
