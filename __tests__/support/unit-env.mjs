// Unit tests read settings, which create the default log folder under RUNNER_TEMP: a
// fresh temporary folder, never the checkout.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'hostpanel-unit-'))
