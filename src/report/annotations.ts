/**
 * Every annotation of the action goes through here. GitHub shows at most 10 annotations of a
 * kind (error, warning, notice) per step and drops the rest without a word, so beyond that
 * one annotation says how many more there are and where they all are (report.json, SARIF).
 * The ones beyond are printed as plain log lines. The first 8 of a kind are printed at once; the others wait for flush() at the end of the
 * step, which keeps the last slots for a primary annotation (what failed) and for the count.
 */
import * as core from '@actions/core'

export type AnnotationKind = 'error' | 'warning' | 'notice'
const KINDS: AnnotationKind[] = ['error', 'warning', 'notice']

/** GitHub's limit per kind and step. */
export const SHOWN_PER_KIND = 10
const AT_ONCE = SHOWN_PER_KIND - 2

export type Sink = Pick<typeof core, AnnotationKind | 'info'>

interface Held {
  message: string
  properties: core.AnnotationProperties
  primary: boolean
}

export class Annotations {
  private readonly printed: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 }
  private readonly held: Record<AnnotationKind, Held[]> = { error: [], warning: [], notice: [] }
  private readonly places: string[] = []

  constructor(private readonly sink: Sink = core) {}

  /** `primary`: what the run's result is (the failure); shown before other held annotations. */
  annotate(kind: AnnotationKind, message: string, properties: core.AnnotationProperties = {}, primary = false): void {
    if (this.printed[kind] < AT_ONCE) {
      this.printed[kind]++
      this.sink[kind](message, properties)
    } else {
      this.held[kind].push({ message, properties, primary })
    }
  }

  error(message: string, properties?: core.AnnotationProperties): void {
    this.annotate('error', message, properties)
  }

  warning(message: string, properties?: core.AnnotationProperties): void {
    this.annotate('warning', message, properties)
  }

  notice(message: string, properties?: core.AnnotationProperties): void {
    this.annotate('notice', message, properties)
  }

  /** A file that holds every finding (report.json, the SARIF file), named by the count annotation. */
  place(path: string): void {
    if (!this.places.includes(path)) this.places.push(path)
  }

  /** Prints what waited: all of it when it fits, else what fits and one annotation with the count. */
  flush(): void {
    for (const kind of KINDS) {
      const rest = this.held[kind].splice(0)
      const room = SHOWN_PER_KIND - this.printed[kind]
      const fits = rest.length <= room
      const shown = fits ? rest : [...rest.filter((h) => h.primary), ...rest.filter((h) => !h.primary)].slice(0, room - 1)
      for (const h of shown) this.sink[kind](h.message, h.properties)
      this.printed[kind] += shown.length
      if (fits) continue
      // What is not annotated is still printed, as plain lines (already one line each: callers pass safe text).
      for (const h of rest.filter((x) => !shown.includes(x))) this.sink.info(`${kind}: ${h.message}`)
      const more = rest.length - shown.length
      const where = ['the log of this step', ...this.places].join(' and ')
      this.sink[kind](`${more} more ${kind}${more === 1 ? '' : 's'} not shown as annotations (GitHub shows ${SHOWN_PER_KIND} of each kind per step); every one is in ${where}`, { title: `${more} more ${kind}${more === 1 ? '' : 's'}` })
      this.printed[kind]++
    }
  }
}

/** The action's one instance: a step is one process. */
export const annotations = new Annotations()
