/** Runs steps on the runner itself, as root directly or through passwordless sudo. */
import * as exec from '@actions/exec'
import * as io from '@actions/io'
import { hostCommand, type ExecRequest, type Target } from './target.js'

export const LOCAL_LABEL = 'this runner'

export class LocalTarget implements Target {
  readonly label = LOCAL_LABEL
  private sudo = false

  async connect(): Promise<void> {
    if (process.getuid?.() === 0) return
    const sudo = await io.which('sudo', false)
    const rc = sudo ? await exec.exec(sudo, ['-n', 'true'], { silent: true, ignoreReturnCode: true }) : -1
    if (rc !== 0) {
      const why = sudo ? 'sudo -n true failed' : 'sudo is not installed'
      throw new Error(`the runner user is not root and cannot use sudo without a password (${why}); run the job as root or allow passwordless sudo`)
    }
    this.sudo = true
  }

  async exec(request: ExecRequest): Promise<number> {
    const [tool, ...args] = hostCommand(request.timeoutSeconds, this.sudo)
    return exec.exec(tool, args, {
      input: Buffer.from(request.script),
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdout: request.onStdout, stderr: request.onStderr }
    })
  }

  async reconnect(): Promise<boolean> {
    return true
  }

  async close(): Promise<void> {}
}
