/** Runs steps on the runner itself, as root directly or through passwordless sudo. */
import * as exec from '@actions/exec'
import { hostCommand, type ExecRequest, type Target } from './target.js'

export class LocalTarget implements Target {
  readonly label = 'this runner'
  private sudo = false

  async connect(): Promise<void> {
    if (process.getuid?.() === 0) return
    const rc = await exec.exec('sudo', ['-n', 'true'], { silent: true, ignoreReturnCode: true })
    if (rc !== 0) {
      throw new Error('the runner user is not root and cannot use sudo without a password (sudo -n true failed); run the job as root or allow passwordless sudo')
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
