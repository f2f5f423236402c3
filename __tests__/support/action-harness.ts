// Runs the bundled action the way the GitHub runner does: `node dist/<entry>/index.js`
// with INPUT_* variables, GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, and
// the main step's saved state handed to the post step as STATE_* variables.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Report } from '../../src/report/report.ts'

export type { Report }

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface ActionRun {
  code: number | null
  /** Everything the step printed (stdout and stderr, in order). */
  output: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
}

/** Reads a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks). */
export function parseCommandFile(path: string): Record<string, string> {
  const values: Record<string, string> = {}
  if (!existsSync(path)) return values
  const lines = readFileSync(path, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i += 1) {
    const block = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (block) {
      const end = lines.indexOf(block[2], i + 1)
      values[block[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=')
      values[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
    }
  }
  return values
}

export interface RunOptions {
  /** Folder for the runner's files (outputs, state, summary, temp). */
  workDir: string
  /** State saved by the main step, for the post step. */
  state?: Record<string, string>
  /** More environment, e.g. GITHUB_WORKSPACE for runner-side tasks. */
  env?: Record<string, string>
  /** Echo the step's output while it runs (the demo does). */
  echo?: boolean
  /** Send this signal after this many milliseconds (cancellation tests). */
  signal?: { name: NodeJS.Signals; afterMs: number } | { name: NodeJS.Signals; whenOutput: RegExp }
}

export function runAction(entry: 'main' | 'post' | 'check-plugin', inputs: Record<string, string>, options: RunOptions): Promise<ActionRun> {
  mkdirSync(options.workDir, { recursive: true })
  const files = { output: join(options.workDir, `${entry}.output`), state: join(options.workDir, `${entry}.state`), summary: join(options.workDir, `${entry}.summary.md`) }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: options.workDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'example/hostpanel-demo',
    GITHUB_WORKFLOW: 'test',
    GITHUB_JOB: entry,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary
  }
  Object.assign(env, options.env)
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', entry, 'index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let signalled = false
    const signal = options.signal
    const timer = signal && 'afterMs' in signal ? setTimeout(() => child.kill(signal.name), signal.afterMs) : undefined
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      if (options.echo) process.stdout.write(chunk)
      if (signal && 'whenOutput' in signal && !signalled && signal.whenOutput.test(output)) {
        signalled = true
        child.kill(signal.name)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', reject)
    child.on('close', (code) => {
      if (timer) clearTimeout(timer)
      resolve({ code, output, outputs: parseCommandFile(files.output), state: parseCommandFile(files.state), summary: readFileSync(files.summary, 'utf8') })
    })
  })
}

/** Runs the main step and then the post step with the same inputs, as a workflow does; the
 *  post step must succeed. Resolves to the main step's run and its report.json. */
export async function runWithPost(inputs: Record<string, string>, workDir: string): Promise<{ main: ActionRun; report: Report }> {
  const main = await runAction('main', inputs, { workDir })
  const post = await runAction('post', inputs, { workDir, state: main.state })
  if (post.code !== 0) throw new Error(`the post step failed (exit ${post.code}):\n${post.output}`)
  return { main, report: JSON.parse(readFileSync(main.outputs.report, 'utf8')) as Report }
}

/** The ids of the steps that ran (status ok), in order. */
export const stepsRan = (report: Report): string[] => report.steps.filter((s) => s.status === 'ok').map((s) => s.id)

/** One step of the report (throws when it is not there). */
export function reportStep(report: Report, id: string): Report['steps'][number] {
  const found = report.steps.find((s) => s.id === id)
  if (!found) throw new Error(`no step ${id} in the report: ${report.steps.map((s) => s.id).join(', ')}`)
  return found
}
