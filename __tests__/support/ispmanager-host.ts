// A sandbox host set up for ISPmanager runs: dressed as Ubuntu 22.04 (or another
// release), with the stand-in installer served over HTTPS from the machine side and the
// action inputs that reach it over SSH. Used by the tests and by the README demo.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from './action-harness.ts'
import { serveFiles, type FileServer } from './file-server.ts'
import { SandboxHost } from './sandbox.ts'

export const STANDIN = join(REPO_ROOT, '__tests__', 'fixtures', 'ispmanager', 'install.eu.sh')

export interface PanelHost {
  host: SandboxHost
  server: FileServer
  /** A fresh folder for the runner's files and the logs of one run. */
  workDir: string
  /** Inputs for the action: this host over SSH, the stand-in installer's URL, plus extra. */
  inputs(extra?: Record<string, string>): Record<string, string>
  /** Writes the stand-in's test knobs (/etc/hostpanel-standin.conf) on the host. */
  knobs(values: Record<string, string>): Promise<void>
  down(): Promise<void>
}

export type Release = 'ubuntu-22.04' | 'ubuntu-24.04' | 'debian-12' | 'debian-8'

export async function panelHost(release: Release = 'ubuntu-22.04', name?: string): Promise<PanelHost> {
  const host = await SandboxHost.up(name)
  try {
    await host.setIdentity(release)
    const server = await serveFiles(host.info.gateway, host.info.gatewayCert, host.info.gatewayKey, { '/install.eu.sh': STANDIN })
    const workDir = mkdtempSync(join(tmpdir(), 'hostpanel-run-'))
    return {
      host,
      server,
      workDir,
      inputs: (extra = {}) => ({
        product: 'ispmanager',
        version: '6',
        host: host.info.address,
        'ssh-key': readFileSync(host.info.sshKey, 'utf8'),
        'known-hosts': readFileSync(host.info.knownHosts, 'utf8'),
        'installer-url': server.url('/install.eu.sh'),
        'log-dir': join(workDir, 'logs'),
        ...extra
      }),
      knobs: async (values) => {
        const text = Object.entries(values).map(([k, v]) => `${k}=${v}`).join('\n')
        const r = await host.exec(`printf '%s\\n' '${text}' > /etc/hostpanel-standin.conf`)
        if (r.code !== 0) throw new Error(`could not write the stand-in knobs: ${r.stderr}`)
      },
      down: async () => {
        await server.close()
        await host.down()
      }
    }
  } catch (error) {
    await host.down()
    throw error
  }
}

/** Runs `body` against a fresh panel host and always removes the host afterwards. */
export async function withPanelHost(release: Release, body: (panel: PanelHost) => Promise<void>): Promise<void> {
  const panel = await panelHost(release)
  try {
    await body(panel)
  } finally {
    await panel.down()
  }
}

/** What a command prints on the host (trimmed), run as root without SSH. */
export async function hostSays(panel: PanelHost, cmd: string): Promise<string> {
  return (await panel.host.exec(cmd)).stdout.trim()
}
