/**
 * `mode: plan`, without connecting. Two views of one procedure: the runbook, a few lines
 * a step with its resolved commands and the condition under which it runs (log and job
 * summary), and plan.sh, the exact scripts each step would run, in order. Secrets are
 * named, never shown; facts that earlier steps report at run time appear as variables.
 */
import { readAsset } from '../shell/assets.js'
import { assemble } from '../shell/script.js'
import type { Procedure, Step } from './procedure.js'

function flags(step: Step): string {
  const said = [step.long ? 'detached: survives a dropped link' : '', step.timeoutMinutes ? `limit ${step.timeoutMinutes} min` : '', step.temporary ? 'put back at the end in any case' : '', step.undo && !step.temporary ? 'undone if a later step fails' : '']
  return said.filter(Boolean).join('; ')
}

export function renderRunbook(procedure: Procedure, targetLabel: string, lockMinutes: number): string[] {
  const secrets = Object.keys(procedure.secrets)
  const lines = [
    `${procedure.title} on ${targetLabel}: what would run, in order (nothing was connected to or changed)`,
    `   0. take the host lock (wait up to ${lockMinutes} min)${secrets.length ? `; secrets ${secrets.join(', ')} sent by stdin into a 0600 file` : ''}`,
    '      then finish any undo an earlier run left on the host, newest first (if that fails, stop here: nothing of this run is changed)'
  ]
  procedure.steps.forEach((step, index) => {
    const notes = flags(step)
    lines.push(`  ${String(index + 1).padStart(2)}. ${step.id}: ${step.title}${notes ? ` [${notes}]` : ''}`)
    if (step.when) lines.push(`      runs only when ${step.when.describe}${step.because ? ` (${step.because})` : ''}; skipped otherwise`)
    for (const line of step.runbook ?? []) lines.push(`      ${line}`)
  })
  const undoable = procedure.steps.filter((s) => s.undo).reverse()
  if (undoable.length) lines.push(`  on failure or cancel: undo newest first: ${undoable.map((s) => s.id).join(', ')}`)
  lines.push('  finally: release the host lock')
  return lines
}

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
    readAsset('shell/lib.sh'),
    '# ---- engine: end what earlier sessions of the run left, take the host lock (src/engine/host/sessions.sh, lock.sh) ----',
    readAsset('engine/host/sessions.sh'),
    readAsset('engine/host/lock.sh'),
    '# ---- engine: for each earlier run with a journal: its sessions and detached steps ended, its undo newest first (earlier.sh, journal-undo.sh) ----'
  ]
  procedure.steps.forEach((step, index) => {
    const notes = flags(step)
    out.push('', `# ==== step ${index + 1}/${procedure.steps.length}: ${step.id}: ${step.title}${notes ? ` (${notes})` : ''} ====`)
    if (step.when) out.push(`# runs only when ${step.when.describe}${step.because ? ` (${step.because})` : ''}`)
    for (const asset of step.assets ?? []) out.push(`# sends src/${asset} to $HP_ASSETS first`)
    for (const phase of ['check', 'change', 'verify', 'undo'] as const) {
      const piece = step[phase]
      if (!piece) continue
      out.push(`# ---- ${phase}${phase === 'undo' ? ' (journaled before the change; runs only if needed)' : ''}: src/${piece} ----`)
      out.push(assemble({ title: `${procedure.product} ${procedure.name} / ${step.id} (${phase})`, runId, step: step.id, out: `${step.id}-${phase}`, vars: { ...procedure.vars, ...(step.vars ?? {}) }, piece, library: 'plan' }))
    }
    for (const file of step.collect ?? []) out.push(`# then copied into log-dir: ${file}`)
  })
  out.push('', '# ---- engine: release the host lock (src/engine/host/unlock.sh) ----', readAsset('engine/host/unlock.sh'))
  return `${out.join('\n')}\n`
}
