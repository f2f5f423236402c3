/**
 * A procedure is an ordered list of small named steps. Each step may have up to four
 * shell pieces, run in this order: check (read-only; may fail, or skip the change),
 * change, verify; undo puts back what the change did and runs, newest first, when a
 * later step fails or the run is cancelled.
 */

export const PHASES = ['check', 'change', 'verify', 'undo'] as const
export type Phase = (typeof PHASES)[number]

/** Variables handed to a step's scripts as shell variables. */
export type Vars = Record<string, string>

export interface Step {
  /** Unique in its procedure, kebab-case: names the log file and the journal entry. */
  id: string
  title: string
  /** Shell pieces, as paths relative to the shell asset root (src/ or dist/sh/). */
  check?: string
  change?: string
  verify?: string
  undo?: string
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
   * the end on success too, not only on failure.
   */
  temporary?: boolean
  /** Host files copied into the log directory after the step, whatever its result. */
  collect?: string[]
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
}

/** Facts a step reported (`hp_fact NAME VALUE`); later steps see them as variables. */
export type Facts = Record<string, string>
