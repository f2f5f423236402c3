/** What both targets share: scripts run through one HostSession, opened by connect() and again by reconnect(). */
import type { ChildProcess } from 'node:child_process'
import { HostSession, type FollowEnd, type FollowRun, type ResultFile } from './session.js'
import { ConnectionError, type ExecRequest, type Target } from './target.js'

export abstract class SessionTarget implements Target {
  abstract readonly label: string
  private session?: HostSession

  abstract connect(): Promise<void>
  abstract reconnect(): Promise<boolean>

  /** Starts DRIVER_COMMAND on the host as root. */
  protected abstract spawnDriver(): ChildProcess
  /** Why the driver's process ended: its exit code and the end of its stderr. */
  protected abstract failure(code: number | null, stderr: string): Error

  protected async openSession(): Promise<void> {
    await this.closeSession()
    this.session = await HostSession.start(this.spawnDriver(), (code, stderr) => this.failure(code, stderr))
  }

  protected get sessionAlive(): boolean {
    return this.session?.alive === true
  }

  protected async closeSession(): Promise<void> {
    const session = this.session
    this.session = undefined
    await session?.close()
  }

  private live(): HostSession {
    if (!this.session?.alive) throw new ConnectionError(`the session to ${this.label} is not open`)
    return this.session
  }

  async exec(request: ExecRequest): Promise<number> {
    return (await this.run({ ...request, results: '' })).rc
  }

  async run(request: ExecRequest & { results: string; heartbeat?: string }): Promise<{ rc: number; results: ResultFile[] }> {
    return this.live().run(request)
  }

  async follow(run: FollowRun): Promise<FollowEnd> {
    return this.live().follow(run)
  }

  stopFollow(): void {
    this.session?.stop()
  }

  async close(): Promise<void> {
    await this.closeSession()
  }
}
