/**
 * When a step applies, in the manner of Ansible's `when`: a condition over the facts
 * reported so far and the releases crossed between what the host had and the target,
 * evaluated on the runner just before the step. A step whose condition does not hold
 * is skipped, and the log, summary and report say why.
 */
import type { Facts } from './procedure.js'

export interface WhenContext {
  facts: Facts
  /** Versions crossed from PREVIOUS_VERSION to the target; undefined until a step reported PREVIOUS_VERSION. */
  crossed?: string[]
}

export interface Condition {
  /** Reads as the end of "runs only when …": "1.2.3 is crossed". */
  describe: string
  holds(context: WhenContext): boolean
}

function crossedOf(context: WhenContext, describe: string): string[] {
  if (!context.crossed) throw new Error(`the condition "${describe}" needs the installed version, and no earlier step reported PREVIOUS_VERSION`)
  return context.crossed
}

export const when = {
  /** The upgrade goes past this release (its errata apply). */
  crosses(version: string): Condition {
    const describe = `${version} is crossed`
    return { describe, holds: (c) => crossedOf(c, describe).includes(version) }
  },
  /** A reported fact has one of these values. */
  fact(name: string, ...values: string[]): Condition {
    const describe = `${name} is ${values.join(' or ')}`
    return { describe, holds: (c) => values.includes(c.facts[name] ?? '') }
  },
  /** The same condition, described by what it stands for (one phrase for a composite). */
  named(describe: string, condition: Condition): Condition {
    return { describe, holds: (c) => condition.holds(c) }
  },
  not(condition: Condition): Condition {
    return { describe: `not (${condition.describe})`, holds: (c) => !condition.holds(c) }
  },
  all(...conditions: Condition[]): Condition {
    return { describe: conditions.map((c) => c.describe).join(' and '), holds: (c) => conditions.every((x) => x.holds(c)) }
  },
  any(...conditions: Condition[]): Condition {
    return { describe: conditions.map((c) => c.describe).join(' or '), holds: (c) => conditions.some((x) => x.holds(c)) }
  }
}
