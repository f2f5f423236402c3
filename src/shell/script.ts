/**
 * Assembles the bash script that runs on the host for one phase of one step:
 * a header, the variables (quoted), the shared library, then the step's own piece.
 * The same text is what `mode: plan` prints, with secrets left out.
 */
import { randomBytes } from 'node:crypto'
import { quote } from 'shell-quote'
import type { Vars } from '../engine/procedure.js'
import { readAsset } from './assets.js'

export const HOST_HOME = '/var/lib/hostpanel-action'
const NAME = /^[A-Z_][A-Z0-9_]*$/

function assertVarName(name: string): void {
  if (!NAME.test(name)) throw new Error(`invalid shell variable name '${name}'`)
}

export function assignments(vars: Vars): string {
  return Object.entries(vars)
    .map(([name, value]) => {
      assertVarName(name)
      return `${name}=${quote([value])}`
    })
    .join('\n')
}

/** A quoted heredoc: the text is written as is, whatever it contains. */
export function heredoc(target: string, text: string, append = false): string {
  let tag: string
  do tag = `HOSTPANEL_${randomBytes(6).toString('hex')}`
  while (text.includes(tag))
  const body = text.endsWith('\n') ? text : `${text}\n`
  return `cat ${append ? '>>' : '>'}${quote([target])} <<'${tag}'\n${body}${tag}\n`
}

/** Writes bytes to a file on the host through base64, so any content (binary too) arrives intact. */
export function fileFrom(target: string, bytes: Buffer): string {
  const body = bytes.toString('base64').replace(/.{1,76}/g, '$&\n')
  return `mkdir -p ${quote([target.slice(0, target.lastIndexOf('/')) || '/'])}\nbase64 -d >${quote([target])} <<'HOSTPANEL_B64'\n${body}HOSTPANEL_B64\n`
}

export interface ScriptParts {
  /** One line saying what this script is, for logs and plans. */
  title: string
  runId: string
  step: string
  /** Names this script's result folder (unique in the run): see engine/results.ts. */
  out: string
  vars: Vars
  /** Path of the piece under the shell root, or inline text with `inline`. */
  piece?: string
  inline?: string
  /** Runs after the library and before the piece (writes files the piece uses). */
  prelude?: string
  /**
   * Where the shared library comes from: written into the script ('inline', the
   * default), printed once at the top of a plan ('plan'), or already parsed by the host
   * session's shell, which received it once ('session').
   */
  library?: 'inline' | 'plan' | 'session'
}

export function runDir(runId: string): string {
  return `${HOST_HOME}/runs/${runId}`
}

export function resultDir(runId: string, out: string): string {
  return `${runDir(runId)}/out/${out}`
}

export function assemble(parts: ScriptParts): string {
  const base: Vars = {
    HP_HOME: HOST_HOME,
    HP_RUN_ID: parts.runId,
    HP_RUN_DIR: runDir(parts.runId),
    HP_STEP: parts.step,
    HP_STEP_DIR: `${runDir(parts.runId)}/data/${parts.step}`,
    HP_OUT: resultDir(parts.runId, parts.out),
    HP_ASSETS: `${runDir(parts.runId)}/assets`
  }
  const body = parts.inline ?? readAsset(parts.piece ?? '')
  return [
    `# hostpanel-action: ${parts.title}`,
    'set -euo pipefail',
    'export LC_ALL=C DEBIAN_FRONTEND=noninteractive',
    assignments({ ...base, ...parts.vars }),
    ...{ inline: [readAsset('shell/lib.sh')], plan: ['# (shell library: see the top of the plan)'], session: [] }[parts.library ?? 'inline'],
    'hp_begin',
    ...(parts.prelude ? [parts.prelude] : []),
    body
  ].join('\n')
}
