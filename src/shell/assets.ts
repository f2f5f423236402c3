/**
 * Shell pieces live as readable .sh files next to the code that uses them. The build
 * copies them to dist/sh/ with the same layout; from src/ (tests) they are read in place.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const bundled = join(here, '..', 'sh')
/** dist/main/index.js → dist/sh; src/shell/assets.ts → src. */
export const SHELL_ROOT = existsSync(bundled) ? bundled : join(here, '..')

const cache = new Map<string, string>()

export function readShell(relative: string): string {
  let text = cache.get(relative)
  if (text === undefined) {
    text = readFileSync(join(SHELL_ROOT, relative), 'utf8')
    cache.set(relative, text)
  }
  return text
}
