/**
 * Every output of the action, declared once with the shape its value must have; action.yml's
 * outputs are generated from this list and checked against it. Which product sets which:
 * Product.outputs. Outputs carry host facts into workflows, where a careless `run:` line
 * would hand them to a shell: a value that does not fit its shape is not set (checkOutputs).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { secrets } from './redact.js'

export interface OutputShape {
  /** What is accepted, for the warning when a value is refused. */
  describe: string
  /** `logDir` is the run's log folder, which paths must stay inside. */
  test(value: string, logDir: string): boolean
}

export interface OutputDoc {
  name: string
  description: string
  shape: OutputShape
}

const oneOf = (...values: string[]): OutputShape => ({ describe: `one of ${values.join(', ')}`, test: (v) => values.includes(v) })

/** A version as products print them: 6.106.0, 1.2.3, 0.7.0-0.1, 2:1.2+deb12u1 is refused (colon). */
const VERSION: OutputShape = { describe: 'a version (1 to 64 characters of 0-9 A-Z a-z . + ~ _ -)', test: (v) => /^[0-9A-Za-z.+~_-]{1,64}$/.test(v) }

// Printable ASCII that no shell treats specially inside or outside double quotes: no quotes,
// spaces, $, backticks, backslashes, ;, &, |, <, >, (, ), !, * or #. [ ] stay for IPv6 hosts.
const URL_CHARS = /^https?:\/\/[A-Za-z0-9._~:/?=%@+,[\]-]+$/
const PANEL_URL: OutputShape = {
  describe: 'an http(s):// URL of at most 2048 characters of A-Z a-z 0-9 . _ ~ : / ? = % @ + , [ ] - (no quotes, spaces, $, backticks or other shell characters)',
  test: (v) => v.length <= 2048 && URL_CHARS.test(v) && URL.canParse(v)
}

/** A path the action made inside the run's log folder, of characters no shell treats specially. */
const IN_LOG_DIR: OutputShape = {
  describe: 'a file path inside log-dir (A-Z a-z 0-9 . _ ~ + , @ : = - and / after log-dir)',
  test: (v, logDir) => {
    const rel = relative(resolve(logDir), resolve(v))
    return isAbsolute(v) && rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep).every((part) => /^[A-Za-z0-9._~+,@:=-]{1,255}$/.test(part)) && rel.length <= 4096
  }
}

/** The backup a host keeps, a host fact: a plain path under /var/backups, nothing a shell reads specially. */
const HOST_BACKUP_PATH: OutputShape = {
  describe: 'a path under /var/backups of A-Z a-z 0-9 . _ + - and /, without ..',
  test: (v) => /^\/var\/backups\/[A-Za-z0-9._+/-]{1,1000}$/.test(v) && !v.split('/').includes('..')
}

/** A folder path from the log-dir input (validated there) or made from it: no control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const LOCAL_PATH: OutputShape = { describe: 'an absolute path without control characters', test: (v) => isAbsolute(v) && v.length <= 4096 && !/[\u0000-\u001f\u007f]/.test(v) }

export const OUTPUTS: OutputDoc[] = [
  { name: 'status', description: 'success, failed, cancelled, or planned.', shape: oneOf('success', 'failed', 'cancelled', 'planned') },
  { name: 'changed', description: 'true when this run changed the host (a change ran and was not undone); false for plans and runner-side tasks.', shape: oneOf('true', 'false') },
  { name: 'panel-url', description: "URL of the panel's login page; empty for products without a web panel (the summary says why).", shape: PANEL_URL },
  { name: 'installed-version', description: 'Product version on the host after the run.', shape: VERSION },
  { name: 'previous-version', description: 'Product version on the host before the run (upgrades).', shape: VERSION },
  { name: 'backup', description: 'Path (in log-dir) of the backup this run made before changing anything, for products that make one.', shape: IN_LOG_DIR },
  { name: 'backup-host', description: "Path on the host of that backup, which stays there (the undo restores from it); backup is empty when it was not copied (backup-download-limit). A path of letters, digits and . _ + - under /var/backups.", shape: HOST_BACKUP_PATH },
  { name: 'compatible', description: 'check-plugin: true when every plugin is accepted by every requested release.', shape: oneOf('true', 'false') },
  { name: 'sarif', description: 'check-plugin: path of the SARIF 2.1.0 file with every finding (for github/codeql-action/upload-sarif).', shape: IN_LOG_DIR },
  { name: 'log-dir', description: "This run's folder with every log, collected host files and report.json (upload it with actions/upload-artifact).", shape: LOCAL_PATH },
  { name: 'report', description: 'Path of the JSON report (of the plan with mode plan).', shape: LOCAL_PATH }
]

/** Outputs every run sets, whatever the product. */
export const COMMON_OUTPUTS = ['status', 'changed', 'log-dir', 'report']

/** A value that was not set as an output, as report.json records it. */
export interface RefusedOutput {
  output: string
  /** Where the value came from (a host fact, the plugin check). */
  source: string
  /** The value, JSON-escaped and cut to 200 characters. */
  value: string
  accepts: string
}

/**
 * The value as the warning and report.json show it: escaped, so it is never text to act on,
 * and blanked of secrets first (escaping would hide a secret with a quote from the redactor).
 */
function quoted(value: string): string {
  const plain = secrets.redact(value)
  return JSON.stringify(plain.length > 200 ? `${plain.slice(0, 200)}…` : plain)
}

/**
 * Keeps the values that fit their output's shape; an empty value is simply not set. An
 * undeclared output is refused too: nothing reaches a workflow without a shape.
 */
export function checkOutputs(values: Record<string, string>, logDir: string, sources: Record<string, string> = {}): { outputs: Record<string, string>; refused: RefusedOutput[] } {
  const outputs: Record<string, string> = {}
  const refused: RefusedOutput[] = []
  for (const [name, value] of Object.entries(values)) {
    const shape = OUTPUTS.find((o) => o.name === name)?.shape
    if (value === '') outputs[name] = ''
    else if (shape?.test(value, logDir)) outputs[name] = value
    else {
      outputs[name] = ''
      refused.push({ output: name, source: sources[name] ?? 'the action', value: quoted(value), accepts: shape?.describe ?? 'nothing (not a declared output)' })
    }
  }
  return { outputs, refused }
}

/** The warning for a refused value: names the output, where it came from and what was refused. */
export function refusalMessage(r: RefusedOutput): string {
  return `output ${r.output} left empty: ${r.source} was ${r.value}, which is not ${r.accepts}`
}
