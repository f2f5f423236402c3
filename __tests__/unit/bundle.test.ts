/**
 * What the bundle carries, since every start pays for it: no @actions/http-client (a stub
 * stands in, see vendor/actions-http-client-unused) and so neither undici nor node's HTTP
 * and TLS modules at start, the plugin gate and its PHP parser in a chunk that only
 * `check-plugin` loads, and the license of every runtime dependency it ships.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

describe('the bundle', () => {
  it.each(['main', 'post', 'check-plugin'])('%s starts without undici and without the PHP parser', (entry) => {
    const start = read(`dist/${entry}/index.js`)
    expect(start).not.toContain('llhttp')
    expect(start).toContain('@actions/http-client is not bundled with hostpanel-action')
    expect(start).not.toContain('Glayzzle')
    const chunks = readdirSync(join(ROOT, 'dist', entry)).filter((f) => /^\d+\.index\.js$/.test(f))
    expect(chunks.some((f) => read(`dist/${entry}/${f}`).includes('Glayzzle'))).toBe(true)
  })

  // Node's http, https and tls modules cost about 20 ms of every start; only the panel
  // probe needs them, after the procedure.
  it.each(['main', 'post'])('%s runs to its end without loading node:http, node:https or node:tls', (entry) => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-start-'))
    const preload = join(dir, 'loaded.mjs')
    writeFileSync(preload, `process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(process.moduleLoadList) + '\\n'))\n`)
    const run = spawnSync(process.execPath, ['--import', preload, join(ROOT, 'dist', entry, 'index.js')], {
      env: { PATH: process.env.PATH, RUNNER_TEMP: dir, INPUT_PRODUCT: 'no-such-product' },
      encoding: 'utf8'
    })
    const line = run.stderr.split('\n').find((l) => l.startsWith('LOADED '))
    const loaded = JSON.parse(line?.slice('LOADED '.length) ?? '[]') as string[]
    expect(loaded).toContain('NativeModule child_process')
    expect(loaded.filter((m) => /^NativeModule (https?|tls|_http_\w+)$/.test(m))).toEqual([])
  })

  it('names the license of every runtime dependency it ships', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean; link?: boolean; version?: string }> }
    const shipped = Object.entries(lock.packages).filter(([path, p]) => path.startsWith('node_modules/') && !p.dev && !p.link)
    expect(shipped.map(([path]) => path)).toEqual(expect.arrayContaining(['node_modules/@actions/core', 'node_modules/php-parser']))
    const licenses = read('dist/licenses.txt')
    for (const [path, p] of shipped) expect(licenses).toContain(`${path.replace(/^.*node_modules\//, '')} ${p.version} (`)
  })
})
