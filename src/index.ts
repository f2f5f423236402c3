// The bundle's main entry (dist/main/index.js): the runner starts it, it runs the main step.
import { run } from './main.js'

await run()
