/**
 * The gate reads a pull request's files (issue 22): links that leave the plugin or the
 * workspace, FIFOs, devices, sockets and oversized files are findings, never read; a linked
 * main class is named as a link. Every case is built at test time in a temporary workspace.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPlugins, IMSCP_RELEASES, type GateReport } from '../../src/products/imscp/plugin-gate/index.js'

const CORPUS = join(process.cwd(), '__tests__/fixtures/imscp-plugins')
const RELEASES = [...IMSCP_RELEASES]
/** Text outside the workspace that must never reach a report. */
const SECRET = 'outside-the-workspace-7f3a'

let ws: string
let outside: string
const servers: Server[] = []

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'gate-outside-'))
  writeFileSync(join(outside, 'info.php'), `<?php return array('name' => '${SECRET}', 'version' => '${SECRET}');\n`)
  writeFileSync(join(outside, 'Evil.php'), `<?php // ${SECRET}\nclass iMSCP_Plugin_Evil {}\n`)
})

afterAll(() => {
  for (const s of servers) s.close()
  rmSync(outside, { recursive: true, force: true })
})

beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'gate-ws-'))
})

afterEach(() => rmSync(ws, { recursive: true, force: true }))

/** A copy of HelloWorld at ws/plugins/HelloWorld, changed by `change`. */
function hello(change: (dir: string) => void): string {
  const dir = join(ws, 'plugins', 'HelloWorld')
  cpSync(join(CORPUS, 'HelloWorld'), dir, { recursive: true })
  rmSync(join(dir, 'expected.json'))
  change(dir)
  return dir
}

async function gate(pluginPath = join(ws, 'plugins')): Promise<GateReport> {
  return checkPlugins({ pluginPath, releases: RELEASES, workspace: ws })
}

function notRead(report: GateReport): Array<[string, string, string]> {
  return report.findings.filter((f) => f.rule === 'file-not-read').map((f) => [f.level, f.file, f.message])
}

async function listening(path: string): Promise<void> {
  const server = createServer()
  servers.push(server)
  await new Promise<void>((done) => server.listen(path, done))
}

describe('the plugin gate stays inside the workspace and reads only regular files', () => {
  const cases: Array<[string, (dir: string) => void | Promise<void>, 'error' | 'warning' | 'notice', string, RegExp]> = [
    ['info.php linked outside the workspace', (d) => { rmSync(join(d, 'info.php')); symlinkSync(join(outside, 'info.php'), join(d, 'info.php')) }, 'error', 'info.php', /^info\.php \(info\.php\) is a symbolic link that leads outside the workspace; the gate did not read it$/],
    ['info.php linked to /dev/zero', (d) => { rmSync(join(d, 'info.php')); symlinkSync('/dev/zero', join(d, 'info.php')) }, 'error', 'info.php', /is a symbolic link that leads outside the workspace/],
    ['info.php as a FIFO', (d) => { rmSync(join(d, 'info.php')); execFileSync('mkfifo', [join(d, 'info.php')]) }, 'error', 'info.php', /^info\.php \(info\.php\) is a FIFO \(named pipe\), not a regular file; the gate did not read it$/],
    ['info.php larger than 1 MiB', (d) => writeFileSync(join(d, 'info.php'), `<?php return array();\n/*${'x'.repeat(1024 * 1024)}*/\n`), 'error', 'info.php', /^info\.php \(info\.php\) is 1048603 bytes, more than the 1048576 bytes the gate reads; it was not checked$/],
    ['main class linked outside the workspace', (d) => { rmSync(join(d, 'HelloWorld.php')); symlinkSync(join(outside, 'Evil.php'), join(d, 'HelloWorld.php')) }, 'error', 'HelloWorld.php', /^the main class \(HelloWorld\.php\) is a symbolic link that leads outside the workspace/],
    ['main class linked to nothing', (d) => { rmSync(join(d, 'HelloWorld.php')); symlinkSync(join(d, 'gone.php'), join(d, 'HelloWorld.php')) }, 'error', 'HelloWorld.php', /^the main class \(HelloWorld\.php\) is a symbolic link to nothing/],
    ['main class linked inside the plugin', (d) => { mkdirSync(join(d, 'src')); cpSync(join(d, 'HelloWorld.php'), join(d, 'src', 'Main.php')); rmSync(join(d, 'HelloWorld.php')); symlinkSync('src/Main.php', join(d, 'HelloWorld.php')) }, 'notice', 'HelloWorld.php', /^the main class HelloWorld\.php is a symbolic link \(to a file inside the plugin\); it was read through the link$/],
    ['a PHP file linked elsewhere in the workspace', (d) => { writeFileSync(join(ws, 'shared.php'), '<?php\n'); symlinkSync(join(ws, 'shared.php'), join(d, 'shared.php')) }, 'warning', 'shared.php', /^this file \(shared\.php\) is a symbolic link that leads outside plugin-path; the gate did not read it$/],
    ['info.php linked elsewhere in the workspace', (d) => { cpSync(join(d, 'info.php'), join(ws, 'info.php')); rmSync(join(d, 'info.php')); symlinkSync(join(ws, 'info.php'), join(d, 'info.php')) }, 'error', 'info.php', /leads outside plugin-path/],
    ['a link to a folder inside the plugin', (d) => { mkdirSync(join(d, 'lib')); writeFileSync(join(d, 'lib', 'Helper.php'), '<?php\n'); symlinkSync('lib', join(d, 'vendor')) }, 'notice', 'vendor', /^this file \(vendor\) is a symbolic link to a folder, not a regular file; the gate did not read it$/],
    ['a character device (a link to /dev/null inside a data folder)', (d) => { mkdirSync(join(d, 'data')); symlinkSync('/dev/null', join(d, 'data', 'log')) }, 'error', 'data/log', /leads outside the workspace/],
    ['a FIFO among the assets', (d) => { execFileSync('mkfifo', [join(d, 'pipe.txt')]) }, 'warning', 'pipe.txt', /^this file \(pipe\.txt\) is a FIFO \(named pipe\), not a regular file/],
    ['a socket', async (d) => listening(join(d, 'helper.sock')), 'warning', 'helper.sock', /is a socket, not a regular file/],
    ['a Perl file over the code limit', (d) => writeFileSync(join(d, 'big.pl'), `#!/usr/bin/perl\n${'#'.repeat(8 * 1024 * 1024)}\n`), 'warning', 'big.pl', /more than the 8388608 bytes the gate reads; it was not checked/]
  ]

  it.each(cases)('%s: a finding, and nothing from outside is read', async (_name, change, level, file, message) => {
    let prepared: void | Promise<void> = undefined
    hello((d) => { prepared = change(d) })
    await prepared
    const report = await gate()
    const found = notRead(report).find(([, f]) => f === `plugins/HelloWorld/${file}`)
    expect(found?.[0]).toBe(level)
    expect(found?.[2]).toMatch(message)
    expect(JSON.stringify(report)).not.toContain(SECRET)
    // Nothing else claims the main class is missing when it is there in some form.
    expect(report.findings.filter((f) => f.rule === 'main-class-missing')).toEqual([])
    if (level === 'error') expect(report.verdicts.every((v) => v.verdict === 'refused')).toBe(true)
  }, 20_000)

  it('refuses a plugin-path that is a link out of the workspace, before reading anything', async () => {
    symlinkSync(outside, join(ws, 'plugins'))
    await expect(gate()).rejects.toThrow(/leads outside the workspace \(through a symbolic link\)/)
  })

  it('names a plugin folder that is a link out of the workspace or out of plugin-path, and still checks the others', async () => {
    hello(() => undefined)
    symlinkSync(outside, join(ws, 'plugins', 'Evil'))
    mkdirSync(join(ws, 'src', 'Elsewhere'), { recursive: true })
    symlinkSync(join(ws, 'src', 'Elsewhere'), join(ws, 'plugins', 'Elsewhere'))
    // a link to a file in a folder of plugins is no plugin
    writeFileSync(join(ws, 'LICENSE'), 'MIT\n')
    symlinkSync(join(ws, 'LICENSE'), join(ws, 'plugins', 'LICENSE'))
    const report = await gate()
    expect(report.plugins.map((p) => p.name)).toEqual(['HelloWorld', 'Elsewhere', 'Evil'])
    expect(notRead(report)).toEqual([
      ['error', 'plugins/Elsewhere', 'the plugin folder Elsewhere is a symbolic link that leads outside plugin-path; the gate did not read it (set plugin-path to the folder itself to check it)'],
      ['error', 'plugins/Evil', 'the plugin folder Evil is a symbolic link that leads outside the workspace; the gate did not read it']
    ])
    expect(report.verdicts.filter((v) => v.plugin === 'HelloWorld').every((v) => v.verdict === 'accepted')).toBe(true)
    expect(JSON.stringify(report)).not.toContain(SECRET)
  })

  it('reads a linked info.php that stays inside the plugin', async () => {
    hello((d) => { writeFileSync(join(d, 'info.src'), readFileSync(join(d, 'info.php'))); rmSync(join(d, 'info.php')); symlinkSync('info.src', join(d, 'info.php')) })
    const report = await gate()
    expect(notRead(report)).toEqual([])
    expect(report.compatible).toBe(true)
  })
})
