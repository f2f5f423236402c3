/**
 * Workflows and the README's YAML examples, parsed as YAML: no `${{ }}` expression inside a
 * `run:` script (GitHub pastes its value into the script text, so an output or input with a
 * quote becomes shell code: values go through `env:`), current majors of GitHub's actions,
 * and a `timeout-minutes` on every job.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../support/action-harness.js'

/** Current majors (December 2026, from the actions' release notes); older majors run on a deprecated Node. */
const CURRENT: Record<string, number> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/cache': 6,
  'actions/cache/restore': 6,
  'actions/cache/save': 6,
  'actions/upload-artifact': 7,
  'github/codeql-action/upload-sarif': 4
}

interface Finding {
  where: string
  problem: string
}

/** Walks a parsed document; `path` is a readable location such as jobs.plan.steps[2].run. */
function walk(node: unknown, path: string, visit: (key: string, value: unknown, path: string) => void): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`, visit))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      visit(key, value, `${path}.${key}`)
      walk(value, `${path}.${key}`, visit)
    }
  }
}

/** What is wrong with one workflow or YAML example. `workflow` also asks for timeouts. */
function check(text: string, name: string, workflow: boolean): Finding[] {
  const findings: Finding[] = []
  const doc: unknown = parse(text)
  walk(doc, name, (key, value, path) => {
    if (key === 'run' && typeof value === 'string' && value.includes('${{')) {
      findings.push({ where: path, problem: `\${{ }} inside run: (${value.split('\n').find((l) => l.includes('${{'))?.trim()}); pass the value through env:` })
    }
    if (key === 'uses' && typeof value === 'string') {
      const [action, ref] = value.split('@')
      const major = /^v(\d+)$/.exec(ref ?? '')?.[1]
      if (CURRENT[action] !== undefined && Number(major) < CURRENT[action]) findings.push({ where: path, problem: `${value}: the current major is v${CURRENT[action]}` })
    }
  })
  const jobs = workflow && doc && typeof doc === 'object' && 'jobs' in doc ? (doc.jobs as Record<string, Record<string, unknown>>) : {}
  for (const [id, job] of Object.entries(jobs)) if (job['timeout-minutes'] === undefined) findings.push({ where: `${name}.jobs.${id}`, problem: 'no timeout-minutes' })
  return findings
}

const WORKFLOWS = join(REPO_ROOT, '.github', 'workflows')
const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f))
const readmeBlocks = [...readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m, i) => ({ name: `README.md yaml block ${i + 1}`, text: m[1] }))

it.each(workflowFiles)('.github/workflows/%s: no ${{ }} in run:, current actions, a timeout on every job', (file) => {
  expect(check(readFileSync(join(WORKFLOWS, file), 'utf8'), file, true)).toEqual([])
})

it("the README's YAML examples: no ${{ }} in run:, current actions (and a timeout on every job of a whole workflow)", () => {
  expect(readmeBlocks.length).toBeGreaterThanOrEqual(5)
  for (const block of readmeBlocks) expect(check(block.text, block.name, true)).toEqual([])
})

it('finds a planted ${{ }} in a run: line, an old action and a job without a timeout', () => {
  const planted = [
    'jobs:',
    '  nightly:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - id: panel',
    '        uses: ./',
    '      - env:',
    '          VERSION: ${{ steps.panel.outputs.installed-version }}',
    '        run: echo "$VERSION"',
    '      - run: |',
    '          echo start',
    '          echo "${{ steps.panel.outputs.installed-version }}"'
  ].join('\n')
  expect(check(planted, 'planted.yml', true)).toEqual([
    { where: 'planted.yml.jobs.nightly.steps[0].uses', problem: 'actions/checkout@v4: the current major is v7' },
    { where: 'planted.yml.jobs.nightly.steps[3].run', problem: '${{ }} inside run: (echo "${{ steps.panel.outputs.installed-version }}"); pass the value through env:' },
    { where: 'planted.yml.jobs.nightly', problem: 'no timeout-minutes' }
  ])
  // Any expression at all in a script is refused, not only outputs and inputs: simplest to check, nothing to miss.
  expect(check('steps:\n  - run: echo ${{ github.event.pull_request.title }}\n  - run: echo "${{ env.X }}"', 'x', false).map((f) => f.where)).toEqual(['x.steps[0].run', 'x.steps[1].run'])
})

it("the README's uses: lines name the major tag the release workflow moves (package.json's major)", () => {
  const major = `v${(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version.split('.')[0]}`
  const refs = [...readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/uses: [\w-]+\/hostpanel-action@([\w.-]+)/g)].map((m) => m[1])
  expect(refs.length).toBeGreaterThan(0)
  expect(refs.filter((ref) => ref !== major)).toEqual([])
  expect(readFileSync(join(WORKFLOWS, 'release.yml'), 'utf8')).toContain('git tag -f "$major"')
})

it("the README's fleet example: a canary first, a matrix over hosts without fail-fast, at most a few at once, one artifact per host", () => {
  const fleet = readmeBlocks.map((b) => parse(b.text) as { jobs?: Record<string, Record<string, unknown>> }).find((doc) => doc.jobs?.fleet)
  const jobs = fleet?.jobs ?? {}
  expect(jobs.fleet.needs).toBe('canary')
  expect(jobs.fleet.strategy).toMatchObject({ 'fail-fast': false, 'max-parallel': expect.any(Number), matrix: { host: expect.any(Array) } })
  const upload = (jobs.fleet.steps as Array<{ uses?: string; with?: Record<string, string> }>).find((s) => s.uses?.startsWith('actions/upload-artifact@'))
  expect(upload?.with?.name).toContain('${{ matrix.host }}')
  expect(upload?.with?.path).toBe('${{ steps.panel.outputs.log-dir }}')
})
