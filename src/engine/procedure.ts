/**
 * A procedure is an ordered list of small named steps. Each step may have up to four
 * shell pieces, run in this order: check (read-only; may fail, or skip the change),
 * change, verify; undo puts back what the change did and runs, newest first, when a
 * later step fails or the run is cancelled. A step may apply only `when` a condition
 * over the facts and the releases crossed holds.
 */
import type { Condition } from './when.js'

export const PHASES = ['check', 'change', 'verify', 'undo'] as const
export type Phase = (typeof PHASES)[number]

/** Variables handed to a step's scripts as shell variables. */
export type Vars = Record<string, string>

/** Facts a step reported (`hp_fact NAME VALUE`); later steps see them as variables. */
export type Facts = Record<string, string>

export interface Step {
  /** Unique in its procedure, kebab-case: names the log file and the journal entry. */
  id: string
  title: string
  /** Shell pieces, as paths relative to the asset root (src/ or dist/assets/). */
  check?: string
  change?: string
  verify?: string
  undo?: string
  /** The step runs only when this holds (evaluated on the runner, just before the step). */
  when?: Condition
  /** Which release's errata or notes demand this step, for the runbook ("1.2.3 errata"). */
  because?: string
  /**
   * What the step does, resolved, for the runbook (`mode: plan` and the summary): the
   * commands with their flags. A line or a few; the full scripts go to plan.sh.
   */
  runbook?: string[]
  /** Asset files sent to the host before the step, into $HP_ASSETS/<file name>. */
  assets?: string[]
  /** Variables for this step only (in addition to the procedure's). */
  vars?: Vars
  /**
   * The change runs detached on the host: its output goes to a file the action
   * follows, so a dropped link does not stop it (installers that run for minutes).
   */
  long?: boolean
  /** Per-step limit; the procedure's own deadline applies as well. */
  timeoutMinutes?: number
  /**
   * The change holds only while the procedure runs (masked apt timers): its undo runs at
   * the end on success too, not only on failure, and it does not count as a change.
   */
  temporary?: boolean
  /**
   * The change writes only inside the run's own folder on the host (a download, a copy it
   * edits), which the run removes: it does not count as a change of the host.
   */
  inRunFolder?: boolean
  /**
   * Its undo puts back what every later step changed as well (a full backup's restore):
   * once it is undone, no later step left the host changed.
   */
  undoCoversLater?: boolean
  /** Host files copied into the log directory after the step, whatever its result. */
  collect?: string[]
}

/** The versions a procedure works with: its target, and what is crossed to reach it. */
export interface ProcedureVersions {
  target: string
  /** Releases crossed from the version found on the host (PREVIOUS_VERSION) to the target, oldest first. */
  crossed(previous: string | undefined): string[]
}

export interface Procedure {
  product: string
  name: string
  title: string
  steps: Step[]
  /** Variables every step sees. */
  vars: Vars
  /** Secret variables: sent by stdin into a 0600 file on the host, masked in logs and plans. */
  secrets: Vars
  versions?: ProcedureVersions
}

/** The fact a product's detection step reports: the version on the host before the run ('none' if absent). */
export const PREVIOUS_VERSION = 'PREVIOUS_VERSION'
