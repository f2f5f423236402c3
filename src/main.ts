/**
 * The main step's module: run() as GitHub's local runner (@github/local-action) and the
 * bundle's entry (src/index.ts) call it.
 */
export { run } from './run.js'
