// Bundles both entry points with ncc and copies every asset (each file under src/ that is
// not TypeScript: shell pieces, SQL, templates) beside them to dist/assets, keeping their
// paths, so that the bundle reads the same files the tests read in src/.
// No ncc cache: it is shared between checkouts and can hand one the other's build.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
rmSync(join(root, 'dist'), { recursive: true, force: true })
for (const entry of ['main', 'post']) {
  execFileSync(process.execPath, [ncc, 'build', `src/${entry}.ts`, '-o', `dist/${entry}`, '--license', 'licenses.txt', '--target', 'es2023', '--no-cache', '--quiet'], { cwd: root, stdio: 'inherit' })
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
