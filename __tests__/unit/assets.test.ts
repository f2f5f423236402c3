/** Every asset a procedure uses ships in dist/assets, byte for byte as in src/. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ModeContext } from '../../src/products/product.js'
import { products } from '../../src/products/registry.js'
import { getSettings } from '../../src/settings/input-helper.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

function usedAssets(): string[] {
  const used = new Set<string>(['shell/lib.sh'])
  for (const product of products()) {
    for (const [name, mode] of Object.entries(product.modes)) {
      if (mode.kind !== 'host') continue
      const settings = getSettings((input) => ({ product: product.id, version: 'latest', mode: 'plan', 'plan-for': name, host: 'runner' })[input] ?? '')
      const releases = settings.releases.map((v) => product.catalogue.find(v)!)
      const context: ModeContext = { settings, options: settings.options, release: releases.at(-1)!, releases }
      for (const step of mode.procedure(context).steps) for (const path of [step.check, step.change, step.verify, step.undo, ...(step.assets ?? [])]) if (path) used.add(path)
    }
  }
  return [...used]
}

describe('assets', () => {
  it('ships every piece and asset a procedure uses in dist/assets, identical to src/', () => {
    const used = usedAssets()
    expect(used.length).toBeGreaterThan(10)
    for (const path of used) {
      expect([path, existsSync(join(ROOT, 'dist', 'assets', path))]).toEqual([path, true])
      expect(readFileSync(join(ROOT, 'dist', 'assets', path)).equals(readFileSync(join(ROOT, 'src', path)))).toBe(true)
    }
  })

  it('ships non-shell assets too (every file under src/ that is not TypeScript)', () => {
    expect(existsSync(join(ROOT, 'dist', 'assets', 'engine', 'host', 'lock.sh'))).toBe(true)
    expect(existsSync(join(ROOT, 'dist', 'assets', 'products', 'ispmanager', 'product.ts'))).toBe(false)
  })
})
