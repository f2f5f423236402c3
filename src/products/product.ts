import type { Facts, Procedure } from '../engine/procedure.js'
import type { ProcedureName, ProductId, Settings } from '../settings/settings.js'

/** A product-specific input (panel-domain, release, ...), validated before anything runs. */
export interface OptionSpec {
  name: string
  /** What is accepted, as the error message says it. */
  accepts: string
  default?: string
  secret?: boolean
  valid(value: string): boolean
}

/** What a product tells the action to output once a procedure has run. */
export interface ProductOutputs {
  panelUrl?: string
  installedVersion?: string
  previousVersion?: string
}

export interface ProcedureContext {
  settings: Settings
  /** The options with their defaults applied. */
  options: Record<string, string>
}

/** A product: a catalogue of versions and the procedures that install, upgrade and verify it. */
export interface Product {
  id: ProductId
  title: string
  /** The versions this catalogue can produce, as a semver range. */
  versions: string
  options: OptionSpec[]
  procedures: Partial<Record<ProcedureName, (context: ProcedureContext) => Procedure>>
  outputs(facts: Facts): ProductOutputs
}
