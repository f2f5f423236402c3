// Builds (or finds in the cache) the sandbox host image once, before any integration test.
import { buildImage } from './sandbox.js'

export default async function globalSetup(): Promise<void> {
  const started = Date.now()
  const image = await buildImage()
  process.stdout.write(`\nsandbox image ready: ${image} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
}
