// The bundle's post entry (dist/post/index.js): the runner starts it after the job's steps.
import { run } from './cleanup.js'

await run()
