/**
 * GitHub's local runner (@github/local-action) runs the action from its TypeScript sources,
 * with its own stand-ins for @actions/core: a plan of each product and a check-plugin give
 * the same outputs and job summary there as the bundle under the runner's protocol
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). It would fail if main.ts did not export run(), if
 * the code used what the stand-in lacks (core.ExitCode), or if the bundle drifted from src/.
 */
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction } from '../support/action-harness.js'

interface Seen {
  outputs: Record<string, string>
  summary: string
}

/** Paths, run ids and durations differ between two runs; nothing else may. */
function normalised(seen: Seen, workDir: string): Seen {
  const clean = (text: string): string =>
    text
      .split(workDir)
      .join('<work>')
      .replace(/-4242-1-[0-9a-f]{6}/g, '-<run>')
      .replace(/\b\d+\.\d s\b/g, '<t> s')
  return { outputs: Object.fromEntries(Object.entries(seen.outputs).map(([k, v]) => [k, clean(v)])), summary: clean(seen.summary) }
}

function localAction(inputs: Record<string, string>, workDir: string, env: Record<string, string>): Promise<Seen & { code: number }> {
  const summary = join(workDir, 'summary.md')
  writeFileSync(summary, '')
  const dotenv = join(workDir, '.env')
  const vars = { ...env, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: workDir, GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_REPOSITORY: 'example/hostpanel-demo' }
  writeFileSync(dotenv, [...Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]), ...Object.entries(vars)].map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('\n'))
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(REPO_ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js'), 'run', REPO_ROOT, 'src/main.ts', dotenv],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        const code = error ? error.code : 0
        if (typeof code !== 'number') return reject(new Error(`local-action did not run: ${error?.message}\n${stdout}`))
        // The stand-in prints each output as the old ::set-output command.
        const outputs = Object.fromEntries([...stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)].map((m) => [m[1], m[2]]))
        resolve({ code, outputs, summary: readFileSync(summary, 'utf8') })
      }
    )
  })
}

async function both(inputs: Record<string, string>, env: Record<string, string> = {}, code = 0): Promise<[Seen, Seen]> {
  const bundleDir = mkdtempSync(join(tmpdir(), 'la-bundle-'))
  const localDir = mkdtempSync(join(tmpdir(), 'la-local-'))
  const [bundle, local] = await Promise.all([
    runAction('main', { ...inputs, 'log-dir': join(bundleDir, 'logs') }, { workDir: bundleDir, env: typeof env.GITHUB_WORKSPACE === 'string' ? { GITHUB_WORKSPACE: env.GITHUB_WORKSPACE } : {} }),
    localAction({ ...inputs, 'log-dir': join(localDir, 'logs') }, localDir, env)
  ])
  // A failed run exits 1 in both (process.exitCode, as the local runner's core has no ExitCode).
  expect([bundle.code, local.code]).toEqual([code, code])
  return [normalised({ outputs: bundle.outputs, summary: bundle.summary }, bundleDir), normalised({ outputs: local.outputs, summary: local.summary }, localDir)]
}

const PLANS: Array<[string, Record<string, string>]> = [
  ['ispmanager', { product: 'ispmanager', version: '6', 'plan-for': 'install', host: 'panel.example.com' }],
  ['imscp', { product: 'imscp', version: '1.2.3', 'plan-for': 'upgrade', host: 'runner' }],
  ['vmm', { product: 'vmm', version: '0.7.0', 'plan-for': 'upgrade', host: 'runner' }]
]

it.concurrent.each(PLANS)('a plan of %s: the same outputs and summary as the bundle', async (_, inputs) => {
  const [bundle, local] = await both({ ...inputs, mode: 'plan' })
  expect(bundle.outputs.status).toBe('planned')
  expect(bundle.summary).toContain('Plan: ')
  expect(local).toEqual(bundle)
})

it.concurrent.each([
  ['HelloWorld', 'true', 0],
  ['NewerApi', 'false', 1]
] as const)('check-plugin of %s (compatible: %s): the same outputs and summary as the bundle', async (plugin, compatible, code) => {
  const workspace = mkdtempSync(join(tmpdir(), 'la-ws-'))
  cpSync(join(REPO_ROOT, '__tests__', 'fixtures', 'imscp-plugins', plugin), join(workspace, plugin), { recursive: true })
  const [bundle, local] = await both({ product: 'imscp', mode: 'check-plugin', version: '1.2.3', 'plugin-path': plugin }, { GITHUB_WORKSPACE: workspace }, code)
  expect(bundle.outputs.compatible).toBe(compatible)
  expect(local).toEqual(bundle)
})
