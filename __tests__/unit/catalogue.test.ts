import { Catalogue, type Release } from '../../src/products/catalogue.js'
import { catalogue as isp } from '../../src/products/ispmanager/catalogue.js'
import { InputError } from '../../src/settings/settings.js'
import { when } from '../../src/engine/when.js'

const imscpLike = new Catalogue<Release>('i-MSCP', [{ version: '1.2.3' }, { version: '1.2.0' }, { version: '1.2.1' }, { version: '1.2.2' }])

function refusal(run: () => unknown): InputError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('accepted')
}

describe('catalogue', () => {
  it('resolves an exact release, a range, latest and a list, oldest first', () => {
    expect(imscpLike.resolve('1.2.1').map((r) => r.version)).toEqual(['1.2.1'])
    expect(imscpLike.resolve('1.2.x').map((r) => r.version)).toEqual(['1.2.0', '1.2.1', '1.2.2', '1.2.3'])
    expect(imscpLike.resolve('>=1.2.1 <1.2.3').map((r) => r.version)).toEqual(['1.2.1', '1.2.2'])
    expect(imscpLike.resolve('latest').map((r) => r.version)).toEqual(['1.2.3'])
    expect(imscpLike.resolve('1.2.3, 1.2.0').map((r) => r.version)).toEqual(['1.2.0', '1.2.3'])
    expect(imscpLike.resolveOne('1.2.x').version).toBe('1.2.3')
  })

  it('refuses what names no release, listing what exists', () => {
    const error = refusal(() => imscpLike.resolve('1.3.0'))
    expect(error.input).toBe('version')
    expect(error.message).toBe("input 'version': '1.3.0' names no i-MSCP release in this action's catalogue; it knows: 1.2.0, 1.2.1, 1.2.2, 1.2.3 (or latest, or a range such as 1.2.x)")
    expect(refusal(() => imscpLike.resolve('1.2.1, nope')).message).toContain("'nope' names no i-MSCP release")
    expect(refusal(() => imscpLike.resolve('1.2.*; id')).message).toContain('names no i-MSCP release')
  })

  it('names ISPmanager by branch and says what version means there', () => {
    expect(isp.resolve('6').map((r) => r.version)).toEqual(['6'])
    expect(isp.resolve('6.x').map((r) => r.version)).toEqual(['6'])
    expect(refusal(() => isp.resolve('6.50.0')).message).toContain("6 (the branch; the vendor's installer installs its current release)")
  })

  it('lists the releases crossed from what a host has to the target', () => {
    const to = imscpLike.find('1.2.3')!
    expect(imscpLike.crossed('1.1.22', to).map((r) => r.version)).toEqual(['1.2.0', '1.2.1', '1.2.2', '1.2.3'])
    expect(imscpLike.crossed('1.2.1', to).map((r) => r.version)).toEqual(['1.2.2', '1.2.3'])
    expect(imscpLike.crossed('1.2.3', to)).toEqual([])
    expect(imscpLike.crossed(undefined, imscpLike.find('1.2.1')!).map((r) => r.version)).toEqual(['1.2.0', '1.2.1'])
    expect(imscpLike.compareWith('1.2.3', to)).toBe(0)
    expect(imscpLike.compareWith('1.2.10', to)).toBe(1)
  })
})

describe('when', () => {
  const ctx = { facts: { SCHEMA: '0.5', FLAVOUR: 'managesieve' }, crossed: ['1.2.0', '1.2.1'] }

  it('evaluates conditions over facts and versions crossed, and describes them', () => {
    expect(when.crosses('1.2.1').holds(ctx)).toBe(true)
    expect(when.crosses('1.2.3').holds(ctx)).toBe(false)
    expect(when.crosses('1.2.3').describe).toBe('1.2.3 is crossed')
    expect(when.fact('FLAVOUR', 'sieve', 'managesieve').holds(ctx)).toBe(true)
    const both = when.all(when.crosses('1.2.0'), when.not(when.fact('SCHEMA', '0.6')))
    expect(both.holds(ctx)).toBe(true)
    expect(both.describe).toBe('1.2.0 is crossed and not (SCHEMA is 0.6)')
    expect(when.any(when.crosses('9.9.9'), when.fact('SCHEMA', '0.4')).holds(ctx)).toBe(false)
  })

  it('refuses to guess when the installed version was never reported', () => {
    expect(() => when.crosses('1.2.3').holds({ facts: {} })).toThrow('no earlier step reported PREVIOUS_VERSION')
  })
})
