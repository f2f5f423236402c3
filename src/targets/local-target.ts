/** Runs steps on the runner itself, as root directly or through passwordless sudo. */
import * as exec from '@actions/exec'
import * as io from '@actions/io'
import { spawn, type ChildProcess } from 'node:child_process'
import { DRIVER_COMMAND } from './session.js'
import { SessionTarget } from './session-target.js'

export const LOCAL_LABEL = 'this runner'

export class LocalTarget extends SessionTarget {
  readonly label = LOCAL_LABEL
  private sudo = false

  async connect(): Promise<void> {
    if (process.getuid?.() !== 0) {
      const sudo = await io.which('sudo', false)
      const rc = sudo ? await exec.exec(sudo, ['-n', 'true'], { silent: true, ignoreReturnCode: true }) : -1
      if (rc !== 0) {
        const why = sudo ? 'sudo -n true failed' : 'sudo is not installed'
        throw new Error(`the runner user is not root and cannot use sudo without a password (${why}); run the job as root or allow passwordless sudo`)
      }
      this.sudo = true
    }
    await this.openSession()
  }

  protected spawnDriver(): ChildProcess {
    const [tool, ...args] = this.sudo ? ['sudo', '-n', '--', ...DRIVER_COMMAND] : DRIVER_COMMAND
    return spawn(tool, args, { stdio: 'pipe' })
  }

  protected failure(code: number | null, stderr: string): Error {
    return new Error(`the session on the runner ended (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ') || 'no message'}`)
  }

  async reconnect(): Promise<boolean> {
    if (!this.sessionAlive) await this.openSession()
    return true
  }
}
