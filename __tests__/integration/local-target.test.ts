/**
 * The local target: steps run on the runner itself. As root the procedure runs here (on
 * marker files in a temporary folder); as a user without sudo the bundled action says so
 * before changing anything.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ProcedureRunner } from '../../src/engine/runner.js'
import { LocalTarget } from '../../src/targets/local-target.js'
import { REPO_ROOT, parseCommandFile } from '../support/action-harness.js'

const FIX = '../__tests__/fixtures/procedures'

it('runs a procedure on the runner and undoes it on failure', async () => {
  const markDir = mkdtempSync(join(tmpdir(), 'local-marks-'))
  const logDir = mkdtempSync(join(tmpdir(), 'local-logs-'))
  const target = new LocalTarget()
  await target.connect()
  const result = await new ProcedureRunner(
    {
      product: 'test',
      name: 'local',
      title: 'local test',
      vars: { MARK_DIR: markDir },
      secrets: {},
      steps: [
        { id: 'here', title: 'mark here', change: `${FIX}/mark.sh`, undo: `${FIX}/unmark.sh` },
        { id: 'boom', title: 'fail', change: `${FIX}/fail.sh` }
      ]
    },
    { target, runId: `local-${process.pid}`, logDir, deadline: Date.now() + 120_000, lockWaitSeconds: 30, owner: 'local test', cancelled: () => false, echo: () => {} }
  )
    .run()
    .finally(() => target.close())
  expect(result.status).toBe('failed')
  expect(result.undo.map((u) => `${u.id}:${u.status}`)).toEqual(['here:undone'])
  expect(readFileSync(join(markDir, 'undo-order'), 'utf8')).toBe('here\n')
  expect(existsSync(join(markDir, 'here'))).toBe(false)
  expect(existsSync(`/var/lib/hostpanel-action/runs/local-${process.pid}`)).toBe(false)
})

it('tells a runner user without sudo what is wrong, before changing anything', () => {
  const work = mkdtempSync(join(tmpdir(), 'local-nobody-'))
  chmodSync(work, 0o777)
  const files = { GITHUB_OUTPUT: join(work, 'out'), GITHUB_STATE: join(work, 'state'), GITHUB_STEP_SUMMARY: join(work, 'summary') }
  for (const file of Object.values(files)) execFileSync('install', ['-m', '666', '/dev/null', file])
  // Copies of the bundle and of node that nobody can read wherever the checkout lives.
  const bundle = join(work, 'dist')
  cpSync(join(REPO_ROOT, 'dist'), bundle, { recursive: true })
  const node = join(work, 'node')
  cpSync(process.execPath, node)
  execFileSync('chmod', ['-R', 'a+rX', work])
  let output = ''
  try {
    execFileSync('runuser', ['-u', 'nobody', '--', node, join(bundle, 'main', 'index.js')], {
      env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...files, RUNNER_TEMP: work, INPUT_PRODUCT: 'ispmanager', INPUT_VERSION: '6', INPUT_MODE: 'verify', INPUT_HOST: 'runner' },
      encoding: 'utf8'
    })
  } catch (error) {
    output = (error as { stdout: string }).stdout
  }
  // This machine may or may not have sudo; either way nobody may not use it.
  expect(output).toMatch(/::error::the runner user is not root and cannot use sudo without a password \((sudo -n true failed|sudo is not installed)\); run the job as root or allow passwordless sudo/)
  expect(parseCommandFile(files.GITHUB_OUTPUT).status).toBe('failed')
})
