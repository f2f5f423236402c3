/**
 * A product's catalogue: the real releases it knows, with their facts, and how the
 * `version` input resolves against them (exact, a range such as `1.2.x` or `6`,
 * `latest`, or a comma-separated list). Versions are compared as semver; a release
 * named by its branch (ISPmanager's "6") carries the semver it stands for.
 */
import semver from 'semver'
import type { ProcedureVersions } from '../engine/procedure.js'
import { InputError } from '../settings/settings.js'

export interface Release {
  /** As users write it and as the vendor names it: `1.2.3`, `0.6.2`, `6`. */
  version: string
  /** The semver it sorts as, when `version` is not one (`6` → `6.0.0`). */
  semver?: string
  /** One line on what this release is, shown when `version` names nothing. */
  note?: string
}

function semverOf(release: Release): string {
  return release.semver ?? release.version
}

/** A version as found on a host (`1.1.22`, `0.5.2`, `6.98.0-1`), as semver; undefined if unreadable. */
export function hostSemver(version: string): string | undefined {
  return semver.valid(version) ?? semver.valid(semver.coerce(version)) ?? undefined
}

export class Catalogue<R extends Release = Release> {
  /** Oldest first. */
  readonly releases: R[]

  constructor(
    readonly title: string,
    releases: R[]
  ) {
    this.releases = [...releases].sort((a, b) => semver.compare(semverOf(a), semverOf(b)))
  }

  get latest(): R {
    return this.releases[this.releases.length - 1]
  }

  /** What exists, for error messages: "1.2.0, 1.2.1, 1.2.2, 1.2.3". */
  describe(): string {
    return this.releases.map((r) => (r.note ? `${r.version} (${r.note})` : r.version)).join(', ')
  }

  find(version: string): R | undefined {
    return this.releases.find((r) => r.version === version)
  }

  /** Every release the spec names, oldest first; an InputError naming what exists otherwise. */
  resolve(spec: string, input = 'version'): R[] {
    const parts = spec.split(',').map((p) => p.trim())
    if (spec.trim() === '' || parts.some((p) => p === '')) {
      throw new InputError(input, `is empty; use a ${this.title} release: ${this.describe()}, a range such as ${this.exampleRange()}, or latest`)
    }
    const found = new Set<R>()
    for (const part of parts) {
      const matches = this.match(part)
      if (matches.length === 0) {
        throw new InputError(input, `'${part}' names no ${this.title} release in this action's catalogue; it knows: ${this.describe()} (or latest, or a range such as ${this.exampleRange()})`)
      }
      for (const m of matches) found.add(m)
    }
    return this.releases.filter((r) => found.has(r))
  }

  /** The newest release the spec names (procedures work towards one release). */
  resolveOne(spec: string, input = 'version'): R {
    const all = this.resolve(spec, input)
    return all[all.length - 1]
  }

  /**
   * The releases crossed when going from `from` (as found on the host; undefined or
   * unreadable = nothing installed) to `to`: every release newer than `from`, up to and
   * including `to`, oldest first.
   */
  crossed(from: string | undefined, to: R): R[] {
    const start = from ? hostSemver(from) : undefined
    return this.releases.filter((r) => semver.lte(semverOf(r), semverOf(to)) && (!start || semver.gt(semverOf(r), start)))
  }

  /** What a procedure towards `release` works with: that release, and the ones crossed to reach it. */
  versions(release: R): ProcedureVersions {
    return { target: release.version, crossed: (previous) => this.crossed(previous, release).map((r) => r.version) }
  }

  /** -1, 0 or 1: how a version found on a host compares with a release. */
  compareWith(hostVersion: string, release: R): number | undefined {
    const v = hostSemver(hostVersion)
    return v === undefined ? undefined : semver.compare(v, semverOf(release))
  }

  private match(part: string): R[] {
    if (part === 'latest') return [this.latest]
    const exact = this.find(part)
    if (exact) return [exact]
    if (!/^[0-9xX*<>=~^.\s|-]+$/.test(part) || semver.validRange(part) === null) return []
    return this.releases.filter((r) => semver.satisfies(semverOf(r), part))
  }

  private exampleRange(): string {
    const v = semver.parse(this.latest.version)
    return v ? `${v.major}.${v.minor}.x` : `${this.latest.version}.x`
  }
}
