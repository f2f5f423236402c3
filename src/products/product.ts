/**
 * What a product is to the engine: a catalogue of real releases, the inputs it takes,
 * and the modes it offers. A host mode builds a procedure of small named steps for a
 * target; a runner mode is a task on the runner itself (no host, no lock, no root).
 */
import type * as core from '@actions/core'
import type { RunResult } from '../engine/runner.js'
import type { Procedure } from '../engine/procedure.js'
import type { ProductId, Settings } from '../settings/settings.js'
import type { Catalogue, Release } from './catalogue.js'

/** A product-specific input (panel-domain, release-url, ...), validated before anything runs. */
export interface OptionSpec {
  name: string
  /** One line for action.yml and the README, without the product's name (added for you). */
  description: string
  /** What is accepted, as the error message says it. */
  accepts: string
  default?: string
  secret?: boolean
  /** The value may span lines (every other input refuses line breaks). */
  multiline?: boolean
  valid(value: string): boolean
  /** The form the steps see (a boolean's True becomes true). */
  normalise?(value: string): string
  /** Why a value of the accepted form is refused all the same (a loopback address...). */
  refuses?(value: string): string | undefined
  /** An input that cannot be given together with this one (they say the same thing two ways). */
  notWith?: string
}

export interface ModeContext<R extends Release = Release> {
  settings: Settings
  /** The options with their defaults applied. */
  options: Record<string, string>
  /** The release the mode works towards (the newest one `version` names). */
  release: R
  /** Every release `version` names, oldest first. */
  releases: R[]
}

export interface HostMode<R extends Release = Release> {
  kind: 'host'
  /** One line for the docs: what this mode does. */
  summary: string
  procedure(context: ModeContext<R>): Procedure
}

/** What a runner-side task hands back: its verdict, outputs, and details for the report. */
export interface TaskOutcome {
  status: 'success' | 'failed'
  /** One line: what failed, for the error annotation. */
  failure?: string
  /** Values for the action's declared outputs. */
  outputs: Record<string, string>
  /** Anything worth keeping in report.json. */
  details: unknown
  /** Adds the task's own part of the job summary (host or plugin text escaped). */
  summary(summary: typeof core.summary): void
}

export interface RunnerMode<R extends Release = Release> {
  kind: 'runner'
  summary: string
  /** What the task will do, resolved, for `mode: plan`. */
  runbook(context: ModeContext<R>): string[]
  run(context: ModeContext<R> & { logDir: string }): Promise<TaskOutcome>
}

export type ModeSpec<R extends Release = Release> = HostMode<R> | RunnerMode<R>

export interface Product<R extends Release = Release> {
  id: ProductId
  title: string
  catalogue: Catalogue<R>
  /** What `version` means for this product, for the docs and errors. */
  versionNote: string
  options: OptionSpec[]
  modes: Record<string, ModeSpec<R>>
  /** Why panel-url stays empty, for products without a web panel. */
  noPanel?: string
  /** The outputs this product sets beyond the common ones (panel-url, versions, backup...). */
  outputs: string[]
}

/** Which host fact each output of a host procedure comes from, for a refusal's warning. */
export const OUTPUT_FACTS: Record<string, string> = {
  'panel-url': "the host's PANEL_URL",
  'installed-version': "the host's INSTALLED_VERSION",
  'previous-version': "the host's PREVIOUS_VERSION",
  backup: "the copy of the host's BACKUP",
  'backup-host': "the host's BACKUP"
}

/** The values a host procedure's standard facts give the action's outputs (unchecked: see checkOutputs). */
export function procedureOutputs(result: RunResult): Record<string, string> {
  const f = result.facts
  const backup = f.BACKUP ? result.steps.flatMap((s) => s.artifacts ?? []).find((local) => local.endsWith(f.BACKUP.replace(/\//g, '_'))) : undefined
  return {
    'panel-url': f.PANEL_URL ?? '',
    'installed-version': f.INSTALLED_VERSION ?? '',
    'previous-version': f.PREVIOUS_VERSION && f.PREVIOUS_VERSION !== 'none' ? f.PREVIOUS_VERSION : '',
    backup: backup ?? '',
    'backup-host': f.BACKUP ?? ''
  }
}
