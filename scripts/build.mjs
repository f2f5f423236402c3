// Bundles the entry points with ncc (main and post of the action, and the check-plugin
// sub-action's own, which leaves out the host engine) and copies every asset (each file under src/ that is
// not TypeScript: shell pieces, SQL, templates) beside them to dist/assets, keeping their
// paths, so that the bundle reads the same files the tests read in src/.
// No ncc cache: it is shared between checkouts and can hand one the other's build.
// dist/licenses.txt holds the license of every runtime dependency (from the lockfile):
// ncc's --license writes one file per chunk under one name, so the last chunk's wins.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
rmSync(join(root, 'dist'), { recursive: true, force: true })
// src/main.ts and src/cleanup.ts export run() (for @github/local-action); these entries call it.
for (const [entry, source] of [['main', 'src/index.ts'], ['post', 'src/post.ts'], ['check-plugin', 'src/check-plugin.ts']]) {
  execFileSync(process.execPath, [ncc, 'build', source, '-o', `dist/${entry}`, '--target', 'es2023', '--no-cache', '--quiet'], { cwd: root, stdio: 'inherit' })
}

function assetFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? assetFiles(path) : name.endsWith('.ts') ? [] : [path]
  })
}
for (const file of assetFiles(join(root, 'src'))) {
  const target = join(root, 'dist', 'assets', relative(join(root, 'src'), file))
  mkdirSync(dirname(target), { recursive: true })
  cpSync(file, target)
}

const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
const licenses = Object.entries(lock.packages)
  .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.link)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, entry]) => {
    const dir = join(root, path)
    const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)/i.test(name))
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `(no license file; package.json says ${entry.license})`
    return `${path.replace(/^.*node_modules\//, '')} ${entry.version} (${entry.license})\n\n${text}\n`
  })
writeFileSync(join(root, 'dist', 'licenses.txt'), licenses.join('\n---\n\n'))
