// Lets node run the TypeScript sources directly (with --experimental-transform-types):
// the sources import each other as `./x.js`, as the compiler wants; node's type
// stripping does not map those to `./x.ts`, so this hook does when the .js is absent.
import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.endsWith('.js') && (specifier.startsWith('.') || specifier.startsWith('/')) && context.parentURL?.startsWith('file:')) {
      const url = new URL(specifier, context.parentURL)
      if (!existsSync(fileURLToPath(url))) return nextResolve(url.href.replace(/\.js$/, '.ts'), context)
    }
    return nextResolve(specifier, context)
  }
})
