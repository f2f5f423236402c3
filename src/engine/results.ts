/**
 * The host → action channel. A step script writes what it has to say into files in its
 * own result folder (src/shell/lib.sh: hp_fact, hp_fail, hp_warn, hp_skip, hp_report,
 * hp_artifact); after the script ends, the session's driver reads and removes that folder
 * and sends its files in a frame of its own (src/targets/session.ts), interpreted here.
 * Host output never carries results, so a line an installer prints cannot set a fact.
 */
import type { ResultFile } from '../targets/session.js'
import type { Facts } from './procedure.js'

export interface StepResults {
  facts: Facts
  /** The step's own one-line reason for failing. */
  error?: string
  warnings: string[]
  /** Set by a check that found the change already in place. */
  skip?: string
  /** Details for report.json and the summary. */
  report: Record<string, string>
  /** Host files to copy into log-dir. */
  artifacts: string[]
}

export function emptyResults(): StepResults {
  return { facts: {}, warnings: [], report: {}, artifacts: [] }
}

const FACT = /^fact\.([A-Z][A-Z0-9_]{0,63})$/
const REPORT = /^report\.([a-z0-9][a-z0-9_-]{0,63})$/

/** Interprets the files of a result folder; unknown names are ignored. */
export function readResults(files: ResultFile[]): StepResults {
  const results = emptyResults()
  for (const [name, bytes] of files) {
    const value = bytes.toString('utf8')
    const fact = FACT.exec(name)
    const report = REPORT.exec(name)
    if (fact) results.facts[fact[1]] = value
    else if (report) results.report[report[1]] = value
    else if (name === 'error') results.error = value.split('\n')[0]
    else if (name === 'skip') results.skip = value.split('\n')[0] || 'nothing to change'
    else if (name === 'warnings') results.warnings.push(...value.split('\n').filter(Boolean))
    else if (name === 'artifacts') results.artifacts.push(...value.split('\n').filter((p) => p.startsWith('/')))
  }
  return results
}
