/**
 * What the bundle carries, since every start pays for it: no undici (a stub stands in,
 * see vendor/undici-unused), the plugin gate and its PHP parser in a chunk that only
 * `check-plugin` loads, and the license of every runtime dependency it ships.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

describe('the bundle', () => {
  it.each(['main', 'post'])('%s starts without undici and without the PHP parser', (entry) => {
    const start = read(`dist/${entry}/index.js`)
    expect(start).not.toContain('llhttp')
    expect(start).toContain('undici is not bundled with hostpanel-action')
    expect(start).not.toContain('Glayzzle')
    const chunks = readdirSync(join(ROOT, 'dist', entry)).filter((f) => /^\d+\.index\.js$/.test(f))
    expect(chunks.some((f) => read(`dist/${entry}/${f}`).includes('Glayzzle'))).toBe(true)
  })

  it('names the license of every runtime dependency it ships', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { dev?: boolean; link?: boolean; version?: string }> }
    const shipped = Object.entries(lock.packages).filter(([path, p]) => path.startsWith('node_modules/') && !p.dev && !p.link)
    expect(shipped.map(([path]) => path)).toEqual(expect.arrayContaining(['node_modules/@actions/core', 'node_modules/php-parser']))
    const licenses = read('dist/licenses.txt')
    for (const [path, p] of shipped) expect(licenses).toContain(`${path.replace(/^.*node_modules\//, '')} ${p.version} (`)
  })
})
