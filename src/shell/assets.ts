/**
 * Assets are the files that live beside the code that uses them: shell pieces, SQL,
 * templates. The build copies every file under src/ that is not TypeScript to
 * dist/assets/ with the same layout; from src/ (tests) they are read in place.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const bundled = join(here, '..', 'assets')
/** dist/main/index.js → dist/assets; src/shell/assets.ts → src. */
export const ASSET_ROOT = existsSync(bundled) ? bundled : join(here, '..')

const cache = new Map<string, Buffer>()

export function readAssetBytes(relative: string): Buffer {
  let bytes = cache.get(relative)
  if (bytes === undefined) {
    bytes = readFileSync(join(ASSET_ROOT, relative))
    cache.set(relative, bytes)
  }
  return bytes
}

export function readAsset(relative: string): string {
  return readAssetBytes(relative).toString('utf8')
}
