/**
 * `mode: plan`: the exact scripts each step would run on the host, in order, as one
 * readable script, without connecting. Secrets are named, never shown; facts that
 * earlier steps report at run time appear as the variables they will be.
 */
import { readShell } from '../shell/assets.js'
import { assemble } from '../shell/script.js'
import type { Procedure } from './procedure.js'

export function renderPlan(procedure: Procedure, targetLabel: string, runId = 'PLAN'): string {
  const out: string[] = [
    '#!/usr/bin/env bash',
    `# hostpanel-action plan: ${procedure.title}`,
    `# target: ${targetLabel}`,
    '# Every script below runs as root under `bash --noprofile --norc -euo pipefail -s`,',
    '# with its text on standard input, after the shared library that follows.',
    Object.keys(procedure.secrets).length
      ? `# Secrets (${Object.keys(procedure.secrets).join(', ')}) are sent by stdin into a 0600 file and loaded by hp_begin.`
      : '# This procedure uses no secrets.',
    '',
    '# ---- shared library (src/shell/lib.sh) ----',
    readShell('shell/lib.sh'),
    '# ---- engine: take the host lock (src/engine/host/lock.sh) ----',
    readShell('engine/host/lock.sh')
  ]
  procedure.steps.forEach((step, index) => {
    const flags = [step.long ? 'runs detached (survives a dropped link)' : '', step.temporary ? 'undone at the end in any case' : '', step.timeoutMinutes ? `limit ${step.timeoutMinutes} min` : '']
      .filter(Boolean)
      .join('; ')
    out.push('', `# ==== step ${index + 1}/${procedure.steps.length}: ${step.id}: ${step.title}${flags ? ` (${flags})` : ''} ====`)
    for (const phase of ['check', 'change', 'verify', 'undo'] as const) {
      const piece = step[phase]
      if (!piece) continue
      out.push(`# ---- ${phase}${phase === 'undo' ? ' (journaled before the change; runs only if needed)' : ''}: src/${piece} ----`)
      out.push(assemble({ title: `${procedure.product} ${procedure.name} / ${step.id} (${phase})`, runId, step: step.id, vars: { ...procedure.vars, ...(step.vars ?? {}) }, piece, withoutLibrary: true }))
    }
    for (const file of step.collect ?? []) out.push(`# then copied into log-dir: ${file}`)
  })
  out.push('', '# ---- engine: release the host lock (src/engine/host/unlock.sh) ----', readShell('engine/host/unlock.sh'))
  return `${out.join('\n')}\n`
}
