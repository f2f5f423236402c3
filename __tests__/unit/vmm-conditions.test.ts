/**
 * vmm's step conditions are decided on the runner from the raw facts the preflight
 * reports (no derived facts): the same `when` the run evaluates, here on facts of hosts
 * that the plan's starting points do not cover.
 */
import type { Facts, Procedure } from '../../src/engine/procedure.js'
import { procedureFor } from '../support/procedure.js'

function build(version: string, mode: 'install' | 'upgrade'): Procedure {
  return procedureFor({ product: 'vmm', version, mode: 'plan', 'plan-for': mode, host: '192.0.2.10', 'release-url': 'https://mirror.example.org/vmm-0.6.2.tar.gz' })
}

/** The steps that run on a host reporting these facts (as the runner decides, step by step). */
function runs(procedure: Procedure, facts: Facts): string[] {
  const previous = facts.PREVIOUS_VERSION === 'none' ? undefined : facts.PREVIOUS_VERSION
  const crossed = procedure.versions!.crossed(previous)
  return procedure.steps.filter((s) => !s.when || s.when.holds({ facts, crossed })).map((s) => s.id)
}

const host = (facts: Facts): Facts => ({ SCHEMA: '0.6', FLAVOUR: 'sieve', CODE: 'tarball', DOVECOT_SIEVE: 'yes', STALE_CONFIGS: 'no', VMM_PY3_BROKEN: 'no', ...facts })

describe('vmm conditions over raw facts', () => {
  it('0.7.0 already installed from the package: nothing but the checks runs again', () => {
    expect(runs(build('0.7.0', 'upgrade'), host({ PREVIOUS_VERSION: '0.7.0', CODE: 'package' }))).toEqual(['preflight', 'verify'])
  })

  it('0.7.0 over 0.6.2 code: grants for the package code arrive, so the database is backed up', () => {
    expect(runs(build('0.7.0', 'upgrade'), host({ PREVIOUS_VERSION: '0.6.2' }))).toEqual(['preflight', 'backup', 'package', 'retire-old', 'vmm-cfg', 'permissions', 'verify'])
  })

  it('a 0.6.0 target brings no Dovecot >= 1.2 update: a managesieve database keeps its layout', () => {
    const facts = host({ PREVIOUS_VERSION: '0.5.2', SCHEMA: '0.5', FLAVOUR: 'managesieve', STALE_CONFIGS: 'yes' })
    expect(runs(build('0.6.0', 'upgrade'), facts)).toEqual(['preflight', 'release', 'services-stop', 'backup', 'schema-update', 'permissions', 'configs', 'services-start', 'upgrade', 'vmm-config', 'verify'])
    expect(runs(build('0.6.2', 'upgrade'), facts)).toContain('dovecot-layout')
  })

  it('Dovecot < 1.2 (DOVECOT_SIEVE no) on a managesieve database: no layout change, so no stop and no grants', () => {
    expect(runs(build('0.6.2', 'upgrade'), host({ PREVIOUS_VERSION: '0.6.1', FLAVOUR: 'managesieve', DOVECOT_SIEVE: 'no' }))).toEqual(['preflight', 'release', 'upgrade', 'vmm-config', 'verify'])
  })

  it('an install fetches the release and runs every step', () => {
    const procedure = build('0.6.2', 'install')
    expect(runs(procedure, host({ PREVIOUS_VERSION: 'none', SCHEMA: 'empty', FLAVOUR: 'none', CODE: 'none' }))).toEqual(procedure.steps.map((s) => s.id))
  })
})
