import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 6591:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



exports.quote = __nccwpck_require__(5335);
/* unused reexport */ __nccwpck_require__(2696);


/***/ }),

/***/ 2696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2801);
// The bundle's main entry (dist/main/index.js): the runner starts it, it runs the main step.

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2801:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* reexport */ run_run)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/core.js
var core_namespaceObject = {};
__nccwpck_require__.r(core_namespaceObject);
__nccwpck_require__.d(core_namespaceObject, {
  ExitCode: () => (ExitCode),
  addPath: () => (addPath),
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getBooleanInput: () => (getBooleanInput),
  getIDToken: () => (getIDToken),
  getInput: () => (getInput),
  getMultilineInput: () => (getMultilineInput),
  getState: () => (getState),
  group: () => (group),
  info: () => (info),
  isDebug: () => (isDebug),
  markdownSummary: () => (markdownSummary),
  notice: () => (notice),
  platform: () => (platform_namespaceObject),
  saveState: () => (saveState),
  setCommandEcho: () => (setCommandEcho),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  summary: () => (summary),
  toPlatformPath: () => (toPlatformPath),
  toPosixPath: () => (toPosixPath),
  toWin32Path: () => (toWin32Path),
  warning: () => (warning)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./vendor/actions-http-client-unused/index.js
// See package.json: nothing in hostpanel-action reaches this; if something ever does, it says so.
function unused(what) {
  return new Error(`@actions/http-client is not bundled with hostpanel-action (vendor/actions-http-client-unused): ${what} cannot be used here`)
}

class HttpClient {
  constructor() {
    throw unused('HttpClient (core.getIDToken)')
  }
}

;// CONCATENATED MODULE: ./vendor/actions-http-client-unused/lib/auth.js


class BearerCredentialHandler {
  constructor() {
    throw unused('BearerCredentialHandler (core.getIDToken)')
  }
}

;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_namespaceObject.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_namespaceObject.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/shell/assets.ts
/**
 * Assets are the files that live beside the code that uses them: shell pieces, SQL,
 * templates. The build copies every file under src/ that is not TypeScript to
 * dist/assets/ with the same layout; from src/ (tests) they are read in place.
 */



const here = (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
const bundled = (0,external_node_path_.join)(here, '..', 'assets');
/** dist/main/index.js → dist/assets; src/shell/assets.ts → src. */
const ASSET_ROOT = (0,external_node_fs_.existsSync)(bundled) ? bundled : (0,external_node_path_.join)(here, '..');
const cache = new Map();
function readAssetBytes(relative) {
    let bytes = cache.get(relative);
    if (bytes === undefined) {
        bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(ASSET_ROOT, relative));
        cache.set(relative, bytes);
    }
    return bytes;
}
function readAsset(relative) {
    return readAssetBytes(relative).toString('utf8');
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __nccwpck_require__(6591);
;// CONCATENATED MODULE: ./src/shell/script.ts
/**
 * Assembles the bash script that runs on the host for one phase of one step:
 * a header, the variables (quoted), the shared library, then the step's own piece.
 * The same text is what `mode: plan` prints, with secrets left out.
 */



const HOST_HOME = '/var/lib/hostpanel-action';
const NAME = /^[A-Z_][A-Z0-9_]*$/;
function assertVarName(name) {
    if (!NAME.test(name))
        throw new Error(`invalid shell variable name '${name}'`);
}
function assignments(vars) {
    return Object.entries(vars)
        .map(([name, value]) => {
        assertVarName(name);
        return `${name}=${(0,shell_quote.quote)([value])}`;
    })
        .join('\n');
}
/** A quoted heredoc: the text is written as is, whatever it contains. */
function heredoc(target, text, append = false) {
    let tag;
    do
        tag = `HOSTPANEL_${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}`;
    while (text.includes(tag));
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `cat ${append ? '>>' : '>'}${(0,shell_quote.quote)([target])} <<'${tag}'\n${body}${tag}\n`;
}
/** Writes bytes to a file on the host through base64, so any content (binary too) arrives intact. */
function fileFrom(target, bytes) {
    const body = bytes.toString('base64').replace(/.{1,76}/g, '$&\n');
    return `mkdir -p ${(0,shell_quote.quote)([target.slice(0, target.lastIndexOf('/')) || '/'])}\nbase64 -d >${(0,shell_quote.quote)([target])} <<'HOSTPANEL_B64'\n${body}HOSTPANEL_B64\n`;
}
function runDir(runId) {
    return `${HOST_HOME}/runs/${runId}`;
}
function resultDir(runId, out) {
    return `${runDir(runId)}/out/${out}`;
}
function assemble(parts) {
    const base = {
        HP_HOME: HOST_HOME,
        HP_RUN_ID: parts.runId,
        HP_RUN_DIR: runDir(parts.runId),
        HP_STEP: parts.step,
        HP_STEP_DIR: `${runDir(parts.runId)}/data/${parts.step}`,
        HP_OUT: resultDir(parts.runId, parts.out),
        HP_ASSETS: `${runDir(parts.runId)}/assets`
    };
    const body = parts.inline ?? readAsset(parts.piece ?? '');
    return [
        `# hostpanel-action: ${parts.title}`,
        'set -euo pipefail',
        'export LC_ALL=C DEBIAN_FRONTEND=noninteractive',
        assignments({ ...base, ...parts.vars }),
        ...{ inline: [readAsset('shell/lib.sh')], plan: ['# (shell library: see the top of the plan)'], session: [] }[parts.library ?? 'inline'],
        'hp_begin',
        ...(parts.prelude ? [parts.prelude] : []),
        body
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/engine/plan.ts
/**
 * `mode: plan`, without connecting. Two views of one procedure: the runbook, a few lines
 * a step with its resolved commands and the condition under which it runs (log and job
 * summary), and plan.sh, the exact scripts each step would run, in order. Secrets are
 * named, never shown; facts that earlier steps report at run time appear as variables.
 */


function flags(step) {
    const said = [step.long ? 'detached: survives a dropped link' : '', step.timeoutMinutes ? `limit ${step.timeoutMinutes} min` : '', step.temporary ? 'put back at the end in any case' : '', step.undo && !step.temporary ? 'undone if a later step fails' : ''];
    return said.filter(Boolean).join('; ');
}
function renderRunbook(procedure, targetLabel, lockMinutes) {
    const secrets = Object.keys(procedure.secrets);
    const lines = [
        `${procedure.title} on ${targetLabel}: what would run, in order (nothing was connected to or changed)`,
        `   0. take the host lock (wait up to ${lockMinutes} min)${secrets.length ? `; secrets ${secrets.join(', ')} sent by stdin into a 0600 file` : ''}`,
        '      then finish any undo an earlier run left on the host, newest first (if that fails, stop here: nothing of this run is changed)'
    ];
    procedure.steps.forEach((step, index) => {
        const notes = flags(step);
        lines.push(`  ${String(index + 1).padStart(2)}. ${step.id}: ${step.title}${notes ? ` [${notes}]` : ''}`);
        if (step.when)
            lines.push(`      runs only when ${step.when.describe}${step.because ? ` (${step.because})` : ''}; skipped otherwise`);
        for (const line of step.runbook ?? [])
            lines.push(`      ${line}`);
    });
    const undoable = procedure.steps.filter((s) => s.undo).reverse();
    if (undoable.length)
        lines.push(`  on failure or cancel: undo newest first: ${undoable.map((s) => s.id).join(', ')}`);
    lines.push('  finally: release the host lock');
    return lines;
}
function renderPlan(procedure, targetLabel, runId = 'PLAN') {
    const out = [
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
    ];
    procedure.steps.forEach((step, index) => {
        const notes = flags(step);
        out.push('', `# ==== step ${index + 1}/${procedure.steps.length}: ${step.id}: ${step.title}${notes ? ` (${notes})` : ''} ====`);
        if (step.when)
            out.push(`# runs only when ${step.when.describe}${step.because ? ` (${step.because})` : ''}`);
        for (const asset of step.assets ?? [])
            out.push(`# sends src/${asset} to $HP_ASSETS first`);
        for (const phase of ['check', 'change', 'verify', 'undo']) {
            const piece = step[phase];
            if (!piece)
                continue;
            out.push(`# ---- ${phase}${phase === 'undo' ? ' (journaled before the change; runs only if needed)' : ''}: src/${piece} ----`);
            out.push(assemble({ title: `${procedure.product} ${procedure.name} / ${step.id} (${phase})`, runId, step: step.id, out: `${step.id}-${phase}`, vars: { ...procedure.vars, ...(step.vars ?? {}) }, piece, library: 'plan' }));
        }
        for (const file of step.collect ?? [])
            out.push(`# then copied into log-dir: ${file}`);
    });
    out.push('', '# ---- engine: release the host lock (src/engine/host/unlock.sh) ----', readAsset('engine/host/unlock.sh'));
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/redact.ts
/**
 * Every secret input of every product is blanked in every file the action writes and
 * masked on the console, whichever procedure runs: a verify run with an activation key
 * set must not leak it because verify itself does not use it. The common encodings a
 * host tool may print (base64 at any alignment, URL encoding, hex) are blanked as well.
 */


const BLANK = '***';
/** Shorter values are not secrets worth the false positives of blanking them everywhere. */
const MIN_LENGTH = 4;
function base64Forms(value) {
    const bytes = Buffer.from(value);
    const forms = [bytes.toString('base64')];
    // A secret inside a longer base64 text starts at one of three byte offsets; the
    // characters that depend only on the secret are the same at each.
    for (let shift = 0; shift < 3; shift += 1) {
        const padded = Buffer.concat([Buffer.alloc(shift), bytes]);
        let text = padded.toString('base64').replace(/=+$/, '');
        const skip = Math.ceil((shift * 4) / 3);
        // The last character is shared with whatever follows, unless the length is whole.
        const cut = padded.length % 3 === 0 ? 0 : 1;
        text = text.slice(skip, text.length - cut);
        if (text.length >= MIN_LENGTH)
            forms.push(text, text.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    return forms;
}
/** The forms of one secret value that are blanked wherever they appear. */
function secretForms(value) {
    const forms = new Set();
    const add = (form) => {
        if (form.length >= MIN_LENGTH)
            forms.add(form);
    };
    // Each line of a multi-line secret (a key) is blanked as it is; the encodings are of the
    // whole value and of one-line values: every form costs a scan of every block of output.
    for (const line of value.split(/\r?\n/))
        add(line.trim());
    for (const piece of [value, value.trim()]) {
        if (piece.length < MIN_LENGTH)
            continue;
        add(piece);
        add(encodeURIComponent(piece));
        add(encodeURIComponent(piece).replace(/%20/g, '+'));
        add(Buffer.from(piece).toString('hex'));
        add(Buffer.from(piece).toString('hex').toUpperCase());
        for (const form of base64Forms(piece))
            add(form);
    }
    // Longest first: a form that contains another is blanked whole.
    return [...forms].sort((a, b) => b.length - a.length);
}
/** Forms at least this long are found by the skipping search; shorter ones (few) one by one. */
const SKIPPING = 16;
/**
 * Finds whether any of a set of byte strings occurs in a buffer, in one pass that skips
 * ahead (Wu and Manber's multi-pattern search): a window as long as the shortest form
 * slides along, and the last bytes under it tell how far it can move before a form could
 * end there. Output holds no secret almost always, and then a block is passed on as
 * bytes, never decoded, split or searched once per form (an SSH key alone has 25 forms).
 * Short forms would allow short moves only: they are searched for one by one.
 */
class SecretScan {
    static BITS = 16;
    static BLOCK = 3;
    short;
    window;
    shift = new Uint16Array(1 << SecretScan.BITS);
    /** The forms whose window ends in each block value (hash), for the exact comparison. */
    ending = new Map();
    constructor(forms) {
        this.short = forms.filter((f) => f.length < SKIPPING);
        const long = forms.filter((f) => f.length >= SKIPPING);
        this.window = long.length ? Math.min(...long.map((f) => f.length)) : 0;
        this.shift.fill(this.window - SecretScan.BLOCK + 1);
        for (const form of long) {
            for (let end = SecretScan.BLOCK - 1; end < this.window; end += 1) {
                const h = SecretScan.hash(form, end);
                this.shift[h] = Math.min(this.shift[h], this.window - 1 - end);
            }
            const h = SecretScan.hash(form, this.window - 1);
            this.ending.set(h, [...(this.ending.get(h) ?? []), form]);
        }
    }
    static hash(bytes, end) {
        return ((bytes[end] << 10) ^ (bytes[end - 1] << 5) ^ bytes[end - 2]) & ((1 << SecretScan.BITS) - 1);
    }
    /** Does some form occur in `bytes`? */
    found(bytes) {
        if (this.short.some((form) => bytes.includes(form)))
            return true;
        if (this.window === 0)
            return false;
        for (let end = this.window - 1; end < bytes.length;) {
            const h = SecretScan.hash(bytes, end);
            const skip = this.shift[h];
            if (skip > 0) {
                end += skip;
                continue;
            }
            const start = end - this.window + 1;
            for (const form of this.ending.get(h) ?? []) {
                if (start + form.length <= bytes.length && bytes.compare(form, 0, form.length, start, start + form.length) === 0)
                    return true;
            }
            end += 1;
        }
        return false;
    }
}
class Redactor {
    forms = [];
    scan;
    /**
     * Registers a secret: blanked by redact() in all its forms, and masked by the runner as
     * itself (and line by line): everything the action echoes from a host is blanked here
     * first, so the encoded forms need no runner mask of their own.
     */
    add(value) {
        if (!value || value.trim().length < MIN_LENGTH)
            return;
        const added = secretForms(value);
        for (const piece of new Set([value, ...value.split(/\r?\n/).map((l) => l.trim())]))
            if (piece.length >= MIN_LENGTH)
                setSecret(piece);
        this.forms = [...new Set([...this.forms, ...added])].sort((a, b) => b.length - a.length);
        // Built at the first search, once every secret of the start is registered.
        this.scan = undefined;
    }
    /** Does `bytes` hold a secret in one of its forms? One pass, however many forms there are. */
    holds(bytes) {
        if (this.forms.length === 0)
            return false;
        this.scan ??= new SecretScan(this.forms.map((f) => Buffer.from(f)));
        return this.scan.found(bytes);
    }
    redact(text) {
        let out = text;
        for (const form of this.forms)
            if (out.includes(form))
                out = out.split(form).join(BLANK);
        return out;
    }
    /**
     * Blanks secrets in a file written byte for byte (a database dump kept as an
     * artifact). Bytes are compared as bytes, so a binary file stays intact unless it does
     * hold a secret, where blanking wins over keeping the file loadable.
     */
    redactFile(path) {
        if (this.forms.length === 0)
            return false;
        const text = (0,external_node_fs_.readFileSync)(path).toString('latin1');
        let out = text;
        for (const form of this.forms) {
            const bytes = Buffer.from(form).toString('latin1');
            if (out.includes(bytes))
                out = out.split(bytes).join(BLANK);
        }
        if (out === text)
            return false;
        (0,external_node_fs_.writeFileSync)(path, Buffer.from(out, 'latin1'));
        return true;
    }
    get empty() {
        return this.forms.length === 0;
    }
}
/** The one redactor of this process: the main and post steps' run() fill it before anything prints. */
const secrets = new Redactor();

;// CONCATENATED MODULE: ./src/report/console.ts
/**
 * Everything the action prints that came from an input or a host goes through here, so
 * that no such text can ever form a workflow command (`::name::`, or the older `##[name]`).
 * The runner also splits lines at a lone carriage return, so those are taken out too.
 */



const COMMAND_START = /^(\s*)(::|##\[)/;
/** One line of untrusted text, safe to print: no line breaks, no command prefix, no secrets. */
function safeLine(text) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is taken out
    const flat = secrets.redact(text).replace(/\r\n?|\n/g, ' ⏎ ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?');
    return flat.replace(COMMAND_START, '$1\u200b$2');
}
function console_info(text) {
    info(safeLine(text));
}
/**
 * A log group whose body echoes untrusted host output: workflow commands are switched
 * off meanwhile with a token the host cannot know. Returns the function that ends it.
 */
function guardedGroup(title, echoing = true) {
    startGroup(safeLine(title));
    const token = echoing ? (0,external_node_crypto_namespaceObject.randomUUID)() : undefined;
    if (token)
        info(`::stop-commands::${token}`);
    return () => {
        if (token)
            info(`::${token}::`);
        endGroup();
    };
}
/** HTML-escapes text for the job summary (host and input text is never markup). */
function html(text) {
    return secrets
        .redact(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\|/g, '&#124;');
}

;// CONCATENATED MODULE: ./src/targets/target.ts
/** A target is how a step's script reaches a host: the runner itself, or a host over SSH. */

/** The way to the host failed (SSH exit 255), as opposed to the script failing. */
class ConnectionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConnectionError';
    }
}
/** The host's key does not match what the workflow pinned: never retried. */
class HostKeyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HostKeyError';
    }
}
function shellLine(argv) {
    return (0,shell_quote.quote)(argv);
}

;// CONCATENATED MODULE: ./src/engine/host-scripts.ts
/** The engine's own scripts on the host (lock, journal, results, detached steps), built like any step's. */


/**
 * One script of one or more engine pieces, run in order (secrets then lock, unlock then
 * finish: one round trip). `prelude` runs first (a heredoc that writes a file they use).
 */
function hostScript(name, runId, step, vars = {}, prelude = '', out = `engine-${[name].flat().join('-')}`, library = 'inline') {
    const names = [name].flat();
    const inline = prelude + ['common', ...names].map((n) => readAsset(`engine/host/${n}.sh`)).join('\n');
    return assemble({ title: `engine: ${names.join(', ')}`, runId, step, out, vars, inline, library });
}

;// CONCATENATED MODULE: ./src/engine/results.ts
function emptyResults() {
    return { facts: {}, warnings: [], report: {}, artifacts: [] };
}
const FACT = /^fact\.([A-Z][A-Z0-9_]{0,63})$/;
const REPORT = /^report\.([a-z0-9][a-z0-9_-]{0,63})$/;
/** Interprets the files of a result folder; unknown names are ignored. */
function readResults(files) {
    const results = emptyResults();
    for (const [name, bytes] of files) {
        const value = bytes.toString('utf8');
        const fact = FACT.exec(name);
        const report = REPORT.exec(name);
        if (fact)
            results.facts[fact[1]] = value;
        else if (report)
            results.report[report[1]] = value;
        else if (name === 'error')
            results.error = value.split('\n')[0];
        else if (name === 'skip')
            results.skip = value.split('\n')[0] || 'nothing to change';
        else if (name === 'warnings')
            results.warnings.push(...value.split('\n').filter(Boolean));
        else if (name === 'artifacts')
            results.artifacts.push(...value.split('\n').filter((p) => p.startsWith('/')));
    }
    return results;
}

;// CONCATENATED MODULE: ./src/engine/channel.ts
/**
 * How the engine talks to a host: scripts run in the target's session with their output
 * going to a step's log; the result folder each script leaves is read back by the
 * session's driver and interpreted here (see results.ts). A lost link is re-established
 * within a bound, and scripts that can safely run twice (the engine's own) run again.
 */




const ENGINE_SECONDS = 5 * 60;
/**
 * For tests only (README, "Testing"): a whole number of seconds from the environment that
 * replaces one of the engine's fixed windows, so that a test can outwait it.
 */
function testSeconds(name, fallback) {
    const value = process.env[name];
    return value !== undefined && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : fallback;
}
/** How long a lost link (a network drop, a reboot of the host) is tried again. */
const RECONNECT_SECONDS = testSeconds('HOSTPANEL_TEST_RECONNECT_SECONDS', 5 * 60);
const RETRY_MS = 2000;
/** The result folder of a journal entry's undo script: journal-undo passes what it holds on. */
function undoOut(entry) {
    return `undo-${entry}`;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
class HostChannel {
    target;
    runId;
    reconnectSeconds;
    seq = 0;
    /** Runs after every reconnection, before anything else (the runner takes the host lock again). */
    afterReconnect;
    constructor(target, runId, reconnectSeconds = RECONNECT_SECONDS) {
        this.target = target;
        this.runId = runId;
        this.reconnectSeconds = reconnectSeconds;
    }
    /** A fresh result folder name for one script of `step`. */
    nextOut(step, phase) {
        this.seq += 1;
        return `${String(this.seq).padStart(4, '0')}-${step}-${phase}`;
    }
    /** Runs a script with its output going into `log` as it arrives; resolves to its exit status and what it reported. */
    async run(script, timeoutSeconds, log, out, stdout) {
        const { rc, results } = await this.target.run({
            script,
            timeoutSeconds,
            results: resultDir(this.runId, out),
            heartbeat: `${runDir(this.runId)}/heartbeat`,
            onStdout: stdout ?? ((chunk) => log.write(chunk, 'out')),
            onStderr: (chunk) => log.write(chunk, 'err')
        });
        return { rc, said: readResults(results) };
    }
    /** Runs something that may safely run twice, reconnecting and running it again while the link is what fails. */
    async again(log, attempt) {
        for (;;) {
            try {
                return await attempt();
            }
            catch (error) {
                if (!(error instanceof ConnectionError))
                    throw error;
                await this.reconnect(log);
            }
        }
    }
    /** Re-establishes the link within a bound; throws ConnectionError when it stays lost. */
    async reconnect(log, how = {}) {
        const until = how.until ?? Date.now() + this.reconnectSeconds * 1000;
        log.note(how.lost ?? `connection to ${this.target.label} lost; reconnecting`);
        for (;;) {
            try {
                if (await this.target.reconnect()) {
                    await this.afterReconnect?.(log);
                    log.note(how.back ?? 'reconnected');
                    return;
                }
            }
            catch (error) {
                if (!(error instanceof ConnectionError))
                    throw error;
            }
            if (Date.now() + RETRY_MS > until) {
                throw new ConnectionError(`could not reconnect to ${this.target.label} (tried until ${new Date(until).toISOString()})`);
            }
            await sleep(RETRY_MS);
        }
    }
    /** Runs one or more of the engine's own host scripts (all safe to run twice) and reads what they reported. */
    async engine(name, step, log, call = {}) {
        const out = this.nextOut(step, [name].flat().join('-'));
        const script = hostScript(name, this.runId, step, call.vars ?? {}, call.prelude ?? '', out, 'session');
        const { rc, said } = await this.again(log, () => this.run(script, call.timeoutSeconds ?? ENGINE_SECONDS, log, out, call.stdout));
        return { rc, results: said };
    }
    /** Runs a journal entry's undo (journal-undo); resolves to its status and what the undo said. */
    async undo(entry, step, log, timeoutSeconds) {
        return this.engine('journal-undo', step, log, { vars: { HP_JOURNAL_ENTRY: entry, HP_UNDO_OUT: resultDir(this.runId, undoOut(entry)) }, timeoutSeconds });
    }
}

;// CONCATENATED MODULE: ./src/engine/detached.ts
/**
 * A long step runs detached on the host (its own session, output to a file, exit status
 * to another) while the session's driver relays the file as it grows (inotify) and says
 * at once when the step has ended. A dropped link only pauses the following: the action
 * reconnects and resumes from the last byte it received.
 */




/** How often cancellation and the deadline are looked at while following. */
const WATCH_MS = 500;
/** Resolves to the step's exit status (124 when it ran out of time, 130 when cancelled) and what it reported. */
async function runDetached(run) {
    const dir = `${runDir(run.channel.runId)}/detached/${run.step}`;
    const write = `mkdir -p ${(0,shell_quote.quote)([dir])}\n${heredoc(`${dir}/script.sh`, run.script)}`;
    const started = await run.channel.engine('detached-start', run.step, run.log, { prelude: write, timeoutSeconds: 120 });
    if (started.rc !== 0)
        throw new Error(`could not start the detached step on the host (exit ${started.rc})`);
    run.log.note(`started detached on the host; output: ${dir}/output.log`);
    return follow(run, dir);
}
async function follow(run, dir) {
    const target = run.channel.target;
    let offset = 0;
    for (;;) {
        if (run.cancelled() || Date.now() > run.deadline) {
            const reason = run.cancelled() ? 'cancelled' : 'out of time';
            run.log.note(`${reason}: stopping the detached step on the host`);
            await run.channel.engine('detached-stop', run.step, run.log, { timeoutSeconds: 120 });
            return { rc: run.cancelled() ? 130 : 124, said: emptyResults() };
        }
        const watch = setInterval(() => {
            if (run.cancelled() || Date.now() > run.deadline)
                target.stopFollow();
        }, WATCH_MS);
        let end;
        try {
            // The offset is read at each try: a retry resumes after the last byte received.
            end = await target.follow({
                dir,
                offset,
                results: resultDir(run.channel.runId, run.out),
                onOutput: (chunk) => {
                    offset += chunk.length;
                    run.log.write(chunk);
                }
            });
        }
        catch (error) {
            if (!(error instanceof ConnectionError) || run.cancelled())
                throw error;
            await run.channel.reconnect(run.log, {
                lost: 'connection lost; the step keeps running on the host; reconnecting',
                back: 'reconnected; resuming the output where it stopped',
                until: run.deadline
            });
            continue;
        }
        finally {
            clearInterval(watch);
        }
        if (end === 'running')
            continue;
        // The step's last line may lack a newline: it ends here, before anything else is logged.
        run.log.flush();
        if (end === 'lost') {
            // Said as the step's error: the log's last line is the relock's, not the reason.
            const error = 'the detached step ended without an exit status (host rebooted or process killed)';
            run.log.note(error);
            return { rc: 1, said: { ...emptyResults(), error } };
        }
        return { rc: end.rc, said: readResults(end.results) };
    }
}

;// CONCATENATED MODULE: ./src/engine/procedure.ts
const PHASES = (/* unused pure expression or super */ null && (['check', 'change', 'verify', 'undo']));
/** The fact a product's detection step reports: the version on the host before the run ('none' if absent). */
const PREVIOUS_VERSION = 'PREVIOUS_VERSION';

;// CONCATENATED MODULE: ./src/engine/step-log.ts
/**
 * Where a step's output goes as it arrives: its own log file and the console, in blocks
 * of whole lines, with secrets blanked. Standard output and standard error keep separate
 * partial lines, so a progress bar on one never glues onto a line of the other. Only the
 * current partial line of each stream is held; a chunk is passed on as bytes in at most
 * two blocks (never line by line, never decoded unless a secret or CRLF is in it), and
 * written before the next is read, which is all the buffering there is. The output is
 * log text and nothing more: what a step tells the action travels in result files (see
 * results.ts).
 */


/** A line longer than this is passed on in pieces (progress bars without newlines). */
const MAX_LINE = 64 * 1024;
const TAIL_LINES = 15;
const NEWLINE = 10;
const EMPTY = Buffer.alloc(0);
class StepLog {
    path;
    echo;
    fd;
    pending = { out: EMPTY, err: EMPTY };
    /** The end of what was written: at least the last TAIL_LINES lines. */
    tail = '';
    /** `echo` receives whole lines, newline-terminated, a block at a time. */
    constructor(path, echo) {
        this.path = path;
        this.echo = echo;
        // Synchronous appends: nothing queues in memory when the host prints faster than the disk takes it.
        this.fd = (0,external_node_fs_.openSync)(path, 'a', 0o640);
    }
    /** Appends one line written by the action itself (not by the host). */
    note(text) {
        this.emit(Buffer.from(`[hostpanel] ${text}\n`));
    }
    /**
     * Passes on the whole lines of a chunk: the line it completes (with what was held of
     * that stream) as a small block of its own, then the rest up to its last newline as it
     * is, without copying it; the partial line at its end is held.
     */
    write(chunk, stream = 'out') {
        let data = chunk;
        const held = this.pending[stream];
        if (held.length) {
            const first = chunk.indexOf(NEWLINE);
            if (first < 0) {
                data = Buffer.concat([held, chunk]);
            }
            else {
                this.emit(Buffer.concat([held, chunk.subarray(0, first + 1)]));
                data = chunk.subarray(first + 1);
            }
        }
        const last = data.lastIndexOf(NEWLINE);
        let rest = data.subarray(last + 1);
        if (last >= 0)
            this.emit(data.subarray(0, last + 1));
        if (rest.length > MAX_LINE) {
            this.emit(Buffer.concat([rest, Buffer.from('\n')]));
            rest = EMPTY;
        }
        // A copy: the chunk's memory is not kept alive for a few bytes of it.
        this.pending[stream] = rest.length ? Buffer.from(rest) : EMPTY;
    }
    /** The last lines, for the failure summary. */
    lastLines() {
        return this.tail.split('\n').slice(0, -1).slice(-TAIL_LINES);
    }
    /** Ends the partial lines of both streams (a last line without a newline is a whole line). */
    flush() {
        for (const stream of ['out', 'err']) {
            if (this.pending[stream].length)
                this.emit(Buffer.concat([this.pending[stream], Buffer.from('\n')]));
            this.pending[stream] = EMPTY;
        }
    }
    async close() {
        this.flush();
        (0,external_node_fs_.closeSync)(this.fd);
    }
    /**
     * Writes whole lines: a CRLF's carriage return dropped, secrets blanked. Blocks that
     * need neither (nearly all) go out as the bytes they are.
     */
    emit(raw) {
        let block = raw;
        const crlf = raw.includes('\r\n');
        if (crlf || secrets.holds(raw)) {
            let text = raw.toString('utf8');
            if (crlf)
                text = text.replace(/\r\n/g, '\n');
            block = Buffer.from(secrets.redact(text));
        }
        (0,external_node_fs_.writeSync)(this.fd, block);
        this.echo(block);
        this.keepTail(block);
    }
    /** Keeps the text of the last TAIL_LINES lines, decoding only those. */
    keepTail(block) {
        let cut = block.length - 1;
        for (let lines = 0; lines < TAIL_LINES && cut > 0; lines += 1)
            cut = block.lastIndexOf(NEWLINE, cut - 1);
        this.tail = cut > 0 ? block.toString('utf8', cut + 1) : (this.tail + block.toString('utf8')).split('\n').slice(-TAIL_LINES - 1).join('\n');
    }
}

;// CONCATENATED MODULE: ./src/engine/runner.ts
/**
 * Runs a procedure on a target: takes the host lock, runs each step that applies (its
 * `when` holds) with its own log group and log file, journals every change that can be
 * undone (on the host, before the change starts), and undoes them newest first when a
 * step fails or the run is cancelled. Temporary changes are undone at the end in any case.
 */














const UNDO_SECONDS = 15 * 60;
/** A run folder's name as newRunId makes it, and a journal entry's, as read back from the host. */
const RUN_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const ENTRY = /^\d{3}-[a-z0-9-]+$/;
/** How often a short step runs again after a lost link before it fails. */
const LINK_TRIES = 3;
/** A journal entry's name on the host: its sequence number (sorts newest last) and the step. */
function journalEntry(seq, step) {
    return `${String(seq).padStart(3, '0')}-${step.id}`;
}
class ProcedureRunner {
    procedure;
    options;
    facts = {};
    journaled = [];
    echo;
    channel;
    constructor(procedure, options) {
        this.procedure = procedure;
        this.options = options;
        this.echo = options.echo ?? ((lines) => process.stdout.write(lines));
        // Secrets a procedure derives itself are blanked like the inputs they come from.
        for (const value of Object.values(procedure.secrets))
            secrets.add(value);
        this.channel = new HostChannel(options.target, options.runId, options.reconnectSeconds);
    }
    async run() {
        const started = Date.now();
        (0,external_node_fs_.mkdirSync)(this.options.logDir, { recursive: true });
        const results = [];
        let failure;
        let status = 'success';
        const lock = await this.engineStep('host-lock', 'Take the host lock', (log) => this.channel.engine(['secrets', 'sessions', 'lock'], 'engine', log, { prelude: this.secretsPrelude(), vars: this.lockVars(), timeoutSeconds: this.lockSeconds() }));
        results.push(lock);
        if (lock.status === 'failed') {
            status = 'failed';
            failure = { step: lock.title, message: lock.message ?? 'failed', log: lock.log };
        }
        else {
            // After a reboot of the host the lock is gone: take it again before anything else.
            this.channel.afterReconnect = (log) => this.relock(log);
            // What earlier runs could not undo is undone first; if that fails, this run changes nothing.
            for (const runId of (lock.details?.['earlier-runs'] ?? '').split(' ').filter((id) => RUN_ID.test(id))) {
                const earlier = await this.finishEarlier(runId);
                results.push(earlier);
                if (earlier.status === 'failed') {
                    status = 'failed';
                    failure = { step: earlier.title, message: earlier.message ?? 'failed', log: earlier.log };
                    break;
                }
            }
        }
        for (const [index, step] of this.procedure.steps.entries()) {
            if (failure)
                break;
            if (this.options.cancelled()) {
                status = 'cancelled';
                failure = { step: step.title, message: 'cancelled before this step started', log: this.options.logDir };
                break;
            }
            const result = await this.runStep(step, index);
            results.push(result);
            if (result.status === 'failed') {
                status = this.options.cancelled() ? 'cancelled' : 'failed';
                failure = { step: step.title, message: `${result.phase} failed: ${result.message}`, log: result.log };
                break;
            }
        }
        for (const step of this.procedure.steps) {
            if (!results.some((r) => r.id === step.id))
                results.push({ id: step.id, title: step.title, status: 'not run', durationMs: 0, log: '', warnings: [] });
        }
        // On success only temporary changes are put back; otherwise everything journaled.
        const undo = await this.undoJournal(status === 'success' ? (step) => step.temporary === true : () => true);
        const stuck = undo.find((u) => u.status === 'undo failed');
        if (status === 'success' && stuck) {
            // A temporary change left in place (masked apt timers) is a failure of the run.
            status = 'failed';
            failure = { step: `Undo: ${stuck.title}`, message: 'could not put a temporary change back', log: stuck.log };
        }
        await this.engineStep('host-release', 'Release the host lock', (log) => this.channel.engine(status === 'success' ? ['journal-clear', 'unlock', 'finish'] : ['unlock', 'finish'], 'engine', log));
        const undone = new Set(undo.filter((u) => u.status === 'undone').map((u) => u.id));
        const covering = this.procedure.steps.findIndex((s) => s.undoCoversLater && undone.has(s.id));
        const putBack = (r) => undone.has(r.id) || (covering >= 0 && this.procedure.steps.findIndex((s) => s.id === r.id) > covering);
        const changed = results.some((r) => r.changed && !putBack(r));
        return { status, steps: results, undo, facts: { ...this.facts }, crossed: this.crossed(), failure, changed, logDir: this.options.logDir, durationMs: Date.now() - started };
    }
    logPath(name) {
        return (0,external_node_path_.join)(this.options.logDir, `${name}.log`);
    }
    /** Releases crossed from the version the host had, once a step reported it. */
    crossed() {
        const versions = this.procedure.versions;
        const previous = this.facts[PREVIOUS_VERSION];
        if (!versions || previous === undefined)
            return undefined;
        return versions.crossed(previous === 'none' ? undefined : previous);
    }
    vars(step) {
        const versions = this.procedure.versions;
        const crossed = this.crossed();
        const known = versions ? { TARGET_VERSION: versions.target } : {};
        if (crossed)
            known.HP_CROSSED = crossed.join(' ');
        return { ...this.procedure.vars, ...known, ...this.facts, ...(step.vars ?? {}) };
    }
    lockVars() {
        const stale = this.options.lockStaleSeconds ?? testSeconds('HOSTPANEL_TEST_LOCK_STALE_SECONDS', 600);
        return { HP_LOCK_WAIT: String(this.options.lockWaitSeconds), HP_LOCK_STALE: String(stale), HP_OWNER: this.options.owner };
    }
    lockSeconds() {
        return ENGINE_SECONDS + this.options.lockWaitSeconds;
    }
    /** Takes the host lock again after a reconnection (a no-op while this run's holder lives). */
    async relock(log) {
        const out = this.channel.nextOut('engine', 'relock');
        const { rc, said } = await this.channel.run(hostScript(['sessions', 'lock'], this.options.runId, 'engine', this.lockVars(), '', out, 'session'), this.lockSeconds(), log, out);
        if (rc !== 0)
            throw new Error(`could not take the host lock again after reconnecting: ${said.error ?? `exit ${rc}`}`);
    }
    /**
     * Finishes the undo an earlier run left on the host (its journal, newest first), once
     * this run holds the lock and before it changes anything: that run's sessions and
     * detached steps are ended first, and its folder goes once nothing is left to undo.
     */
    async finishEarlier(runId) {
        const channel = new HostChannel(this.options.target, runId, this.options.reconnectSeconds);
        channel.afterReconnect = this.channel.afterReconnect;
        let owner = 'unknown';
        const undone = [];
        let failed;
        const result = await this.engineStep(`earlier-${runId}`, `Finish the undo left by run ${runId}`, async (log) => {
            const found = await channel.engine(['sessions', 'detached-stop-all', 'earlier'], 'engine', log, { vars: { HP_SESSION_KEEP: 'no' } });
            if (found.rc !== 0)
                return found;
            owner = found.results.report.owner ?? owner;
            for (const entry of (found.results.report.entries ?? '').split(' ').filter((e) => ENTRY.test(e))) {
                log.note(`undo ${entry}`);
                const undo = await channel.undo(entry, entry.slice(4), log, UNDO_SECONDS);
                if (undo.rc !== 0) {
                    failed = { entry, message: undo.results.error ?? log.lastLines().at(-1) ?? `exit ${undo.rc}` };
                    return undo;
                }
                undone.push(entry);
            }
            return channel.engine('finish', 'engine', log);
        });
        result.details = { run: runId, owner, undone: undone.join(' ') || 'nothing', ...(failed ? { failed: failed.entry } : {}) };
        if (failed)
            result.message = `the undo of ${failed.entry} left by run ${runId} failed (${failed.message}); this run changed nothing`;
        return result;
    }
    /** The run's folder is there already: the script's own result folder is inside it. */
    secretsPrelude() {
        return `umask 077\n${heredoc(`${runDir(this.options.runId)}/secrets.env`, assignments(this.procedure.secrets))}`;
    }
    timeLeft(limitMinutes) {
        const left = Math.max(1, Math.floor((this.options.deadline - Date.now()) / 1000));
        return limitMinutes ? Math.min(left, limitMinutes * 60) : left;
    }
    /** A step of the engine itself (lock, release), logged like a procedure step. */
    async engineStep(id, title, body) {
        const started = Date.now();
        const log = new StepLog(this.logPath(id), this.echo);
        let rc = 1;
        let said;
        const end = this.section(title);
        try {
            const outcome = await body(log);
            rc = outcome.rc;
            said = outcome.results;
        }
        catch (error) {
            log.note(error instanceof Error ? error.message : String(error));
            if (error instanceof HostKeyError)
                throw error;
        }
        finally {
            await log.close();
            end();
        }
        return {
            id,
            title,
            status: rc === 0 ? 'ok' : 'failed',
            message: rc === 0 ? undefined : (said?.error ?? log.lastLines().at(-1) ?? `exit ${rc}`),
            durationMs: Date.now() - started,
            log: log.path,
            warnings: said?.warnings ?? [],
            details: said && Object.keys(said.report).length ? said.report : undefined
        };
    }
    async runStep(step, index) {
        const started = Date.now();
        const name = `${String(index + 1).padStart(2, '0')}-${step.id}`;
        const log = new StepLog(this.logPath(name), this.echo);
        const result = { id: step.id, title: step.title, status: 'ok', durationMs: 0, log: log.path, warnings: [], details: {}, artifacts: [] };
        const end = this.section(`Step ${index + 1}/${this.procedure.steps.length}: ${step.title}`);
        try {
            if (step.when && !step.when.holds({ facts: this.facts, crossed: this.crossed() })) {
                result.status = 'skipped';
                result.message = `runs only when ${step.when.describe}`;
                log.note(`skipped: ${result.message}`);
                return result;
            }
            let assets = this.assetsPrelude(step);
            let skip;
            for (const phase of ['check', 'change', 'verify']) {
                const piece = step[phase];
                if (!piece)
                    continue;
                if (phase === 'change' && skip !== undefined) {
                    log.note(`change skipped: ${skip}`);
                    result.status = 'skipped';
                    result.message = skip;
                    continue;
                }
                if (phase === 'change' && step.undo)
                    await this.journal(step, log);
                log.note(`${phase}: ${piece}`);
                const { rc, said } = await this.runPhase(step, phase, piece, log, assets);
                assets = '';
                Object.assign(this.facts, said.facts);
                Object.assign(result.details ?? {}, said.report);
                result.warnings.push(...said.warnings);
                skip ??= said.skip;
                // A change that found nothing to do (hp_skip), or kept to the run's folder, changed nothing.
                if (phase === 'change' && !step.temporary && !step.inRunFolder && said.skip === undefined)
                    result.changed = true;
                if (phase === 'change' && said.skip !== undefined) {
                    result.status = 'skipped';
                    result.message = said.skip;
                }
                for (const path of said.artifacts)
                    result.artifacts?.push(await this.collect(path, log, true));
                if (rc !== 0) {
                    result.status = 'failed';
                    result.phase = phase;
                    result.message = this.explain(rc, said, log, step);
                    break;
                }
            }
            for (const path of step.collect ?? [])
                await this.collect(path, log);
        }
        catch (error) {
            if (error instanceof HostKeyError)
                throw error;
            result.status = 'failed';
            result.phase ??= 'change';
            result.message = error instanceof Error ? error.message : String(error);
            log.note(result.message);
        }
        finally {
            await log.close();
            end();
            result.durationMs = Date.now() - started;
        }
        return result;
    }
    /**
     * Opens a log group for a step. Host output is echoed as it arrives, so workflow
     * commands are switched off meanwhile. Returns the function that closes the group.
     */
    section(title) {
        return guardedGroup(title, this.options.echo === undefined);
    }
    explain(rc, said, log, step) {
        if (said.error)
            return said.error;
        if (rc === 124)
            return `timed out (${step.timeoutMinutes ? `step limit ${step.timeoutMinutes} min, ` : ''}procedure limit ends ${new Date(this.options.deadline).toISOString()})`;
        if (rc === 130)
            return 'cancelled';
        const last = log.lastLines().filter((l) => l.trim() && !l.startsWith('[hostpanel]')).at(-1);
        return last ? `exit ${rc}: ${last.trim()}` : `exit ${rc}`;
    }
    /** Writes the step's asset files on the host, with the first script of the step. */
    assetsPrelude(step) {
        return (step.assets ?? []).map((path) => fileFrom(`${runDir(this.options.runId)}/assets/${(0,external_node_path_.basename)(path)}`, readAssetBytes(path))).join('');
    }
    /** A phase's script; a journal's undo entry runs on its own, with the library written in. */
    script(step, phase, piece, out, prelude = '', library = 'session') {
        return assemble({
            library,
            title: `${this.procedure.product} ${this.procedure.name} / ${step.id} (${phase})`,
            runId: this.options.runId,
            step: step.id,
            out,
            vars: this.vars(step),
            piece,
            prelude
        });
    }
    /**
     * Runs one phase. A short script whose link is lost runs again once the link is back:
     * a check or verify (read-only) as is; a change only when its check, run again, says
     * nothing was changed (or that it is in place). Otherwise the loss is the failure.
     */
    async runPhase(step, phase, piece, log, prelude) {
        if (phase === 'change' && step.long) {
            const out = this.channel.nextOut(step.id, phase);
            const deadline = Math.min(this.options.deadline, step.timeoutMinutes ? Date.now() + step.timeoutMinutes * 60_000 : Infinity);
            return runDetached({ channel: this.channel, step: step.id, script: this.script(step, phase, piece, out, prelude, 'inline'), out, log, deadline, cancelled: this.options.cancelled });
        }
        for (let tries = 1;; tries += 1) {
            try {
                return await this.attempt(step, phase, piece, log, prelude);
            }
            catch (error) {
                if (!(error instanceof ConnectionError) || tries >= LINK_TRIES)
                    throw error;
                log.flush();
                await this.channel.reconnect(log, { lost: `connection lost during the ${phase}; reconnecting` });
            }
            if (phase !== 'change') {
                log.note(`running the ${phase} again`);
                continue;
            }
            if (!step.check)
                throw new ConnectionError(`connection lost during the change and nothing tells whether it was made (no check); it is undone`);
            log.note('running the check again to learn whether the change was made');
            const check = await this.attempt(step, 'check', step.check, log, prelude);
            if (check.rc !== 0)
                return check;
            if (check.said.skip !== undefined) {
                log.note(`the check says the change is in place: ${check.said.skip}`);
                return { rc: 0, said: emptyResults() };
            }
            log.note('the check says nothing was changed: running the change again');
        }
    }
    async attempt(step, phase, piece, log, prelude) {
        const out = this.channel.nextOut(step.id, phase);
        const outcome = await this.channel.run(this.script(step, phase, piece, out, prelude), this.timeLeft(step.timeoutMinutes), log, out);
        log.flush();
        return outcome;
    }
    /** Writes the step's undo script into the host's journal before its change begins. */
    async journal(step, log) {
        const entry = journalEntry(this.journaled.length + 1, step);
        const undo = this.script(step, 'undo', step.undo ?? '', undoOut(entry), '', 'inline');
        const dir = `${runDir(this.options.runId)}/journal`;
        const out = this.channel.nextOut(step.id, 'journal');
        const write = assemble({ title: `journal ${entry}`, runId: this.options.runId, step: step.id, out, vars: {}, library: 'session', inline: `[ -d ${(0,shell_quote.quote)([dir])} ] || mkdir -p ${(0,shell_quote.quote)([dir])}\n${heredoc(`${dir}/${entry}`, undo)}` });
        const { rc } = await this.channel.again(log, () => this.channel.run(write, ENGINE_SECONDS, log, out));
        if (rc !== 0)
            throw new Error(`could not write the undo journal on the host (exit ${rc})`);
        this.journaled.push(step);
        this.options.onJournal?.(true);
    }
    /** Undoes journaled changes newest first; `which` picks the steps to undo now. */
    async undoJournal(which) {
        const results = [];
        for (let seq = this.journaled.length; seq >= 1; seq -= 1) {
            const step = this.journaled[seq - 1];
            if (!which(step))
                continue;
            const entry = journalEntry(seq, step);
            const result = await this.engineStep(`undo-${entry}`, `Undo: ${step.title}`, (log) => this.channel.undo(entry, step.id, log, UNDO_SECONDS));
            results.push({ ...result, id: step.id, title: step.title, status: result.status === 'ok' ? 'undone' : 'undo failed' });
        }
        this.options.onJournal?.(results.some((r) => r.status === 'undo failed'));
        return results;
    }
    /**
     * Copies a host file into the log directory, secrets blanked; a missing file is noted,
     * not fatal. Logs go line by line; `raw` files (backups) byte for byte. Resolves to the local path.
     */
    async collect(path, log, raw = false) {
        const local = (0,external_node_path_.join)(this.options.logDir, `host${path.replace(/\//g, '_')}`);
        const out = this.channel.nextOut('collect', 'read');
        const read = assemble({ title: `collect ${path}`, runId: this.options.runId, step: 'collect', out, vars: { HP_FILE: path }, library: 'session', inline: 'if [ -f "$HP_FILE" ]; then cat "$HP_FILE"; else exit 3; fi' });
        let rc;
        if (raw) {
            const fd = (0,external_node_fs_.openSync)(local, 'w', 0o640);
            try {
                ;
                ({ rc } = await this.channel.run(read, ENGINE_SECONDS, log, out, (chunk) => (0,external_node_fs_.writeSync)(fd, chunk)));
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
            if (secrets.redactFile(local))
                log.note(`${path} held a secret input: blanked in the copy`);
        }
        else {
            const copy = new StepLog(local, () => { });
            try {
                ;
                ({ rc } = await this.channel.run(read, ENGINE_SECONDS, log, out, (chunk) => copy.write(chunk)));
            }
            finally {
                await copy.close();
            }
        }
        log.note(rc === 0 ? `collected ${path} into ${local}` : `could not collect ${path} (${rc === 3 ? 'not there' : `exit ${rc}`})`);
        return local;
    }
}

;// CONCATENATED MODULE: ./src/products/product.ts
/** Which host fact each output of a host procedure comes from, for a refusal's warning. */
const OUTPUT_FACTS = {
    'panel-url': "the host's PANEL_URL",
    'installed-version': "the host's INSTALLED_VERSION",
    'previous-version': "the host's PREVIOUS_VERSION",
    backup: "the copy of the host's BACKUP",
    'backup-host': "the host's BACKUP"
};
/** The values a host procedure's standard facts give the action's outputs (unchecked: see checkOutputs). */
function procedureOutputs(result) {
    const f = result.facts;
    const backup = f.BACKUP ? result.steps.flatMap((s) => s.artifacts ?? []).find((local) => local.endsWith(f.BACKUP.replace(/\//g, '_'))) : undefined;
    return {
        'panel-url': f.PANEL_URL ?? '',
        'installed-version': f.INSTALLED_VERSION ?? '',
        'previous-version': f.PREVIOUS_VERSION && f.PREVIOUS_VERSION !== 'none' ? f.PREVIOUS_VERSION : '',
        backup: backup ?? '',
        'backup-host': f.BACKUP ?? ''
    };
}

// EXTERNAL MODULE: ./src/settings/settings.ts
var settings_settings = __nccwpck_require__(7100);
;// CONCATENATED MODULE: ./src/settings/inputs.ts
/**
 * Every input, declared once. The common inputs are here; each product declares its own
 * options beside its procedures. action.yml and the README's inputs table are generated
 * from these declarations (`npm run docs`), and a unit test fails when they drift.
 * A product input's description starts with the products that read it, so that a user
 * sees at a glance which inputs belong to which product.
 */

/** What core.getBooleanInput accepts (YAML 1.2 core schema booleans); a unit test holds them equal. */
const BOOLEANS = { true: ['true', 'True', 'TRUE'], false: ['false', 'False', 'FALSE'] };
const BOOLEAN_ACCEPTS = 'true or false (also True, TRUE, False, FALSE)';
const COMMON_INPUTS = [
    { name: 'product', description: 'The product to work on.', accepts: settings_settings/* PRODUCTS */.zv.join(', '), required: true },
    {
        name: 'version',
        description: "Release(s) of the product, resolved against the action's catalogue of real releases: a release, a range such as 1.2.x, latest, or a comma-separated list.",
        accepts: 'a release, range, latest or list from the product catalogue',
        required: true
    },
    { name: 'mode', description: 'What to do: a mode the product offers, or plan (print what another mode would do; connect to nothing).', accepts: 'install, upgrade, verify, plan, and product modes such as check-plugin', default: 'install', actionDefault: 'install' },
    { name: 'plan-for', description: 'With mode plan: the mode to print.', accepts: "a mode of the product (not plan)", default: 'install', actionDefault: 'install' },
    {
        name: 'host',
        description: `Target host name or IP address, or ${settings_settings/* RUNNER_HOST */.Od} to work on the runner itself (as root, or with passwordless sudo). Required for host modes: an empty value (an unset secret) is refused.`,
        accepts: `${settings_settings/* RUNNER_HOST */.Od}, a host name (RFC 1123, ASCII), a dotted-quad IPv4 address or an IPv6 address without zone`,
        actionDefault: ''
    },
    { name: 'port', description: 'SSH port of the target host.', accepts: 'a whole number from 1 to 65535 (digits only)', default: '22', actionDefault: '22' },
    { name: 'user', description: 'SSH user; anyone but root needs passwordless sudo on the host.', accepts: 'a login name such as root or deploy', default: 'root', actionDefault: 'root' },
    {
        name: 'ssh-key',
        description: 'Private key for SSH (the key file text, from a secret). Required when host is set. Written to a 0600 file that the post step removes.',
        accepts: 'an OpenSSH or PEM private key without passphrase (a secret)',
        secret: true,
        multiline: true,
        actionDefault: ''
    },
    { name: 'known-hosts', description: 'known_hosts lines for the host (and the jump host), as ssh-keyscan prints them. The host key is checked strictly.', accepts: 'known_hosts lines', multiline: true, actionDefault: '' },
    { name: 'host-fingerprint', description: "Alternative to known-hosts: the host key's SHA256 fingerprint, as ssh-keygen -lf prints it.", accepts: 'SHA256:… (not with jump-host)', actionDefault: '' },
    { name: 'insecure-skip-host-key-check', description: 'true turns host key checking off (loudly warned). Only for throw-away hosts.', accepts: BOOLEAN_ACCEPTS, default: 'false', actionDefault: 'false' },
    { name: 'jump-host', description: '[user@]host[:port] to reach the host through (ssh ProxyJump); its key must be in known-hosts.', accepts: '[user@]host[:port], an IPv6 host in brackets: [2001:db8::1]:22', actionDefault: '' },
    { name: 'timeout', description: 'Whole procedure limit in minutes.', accepts: 'whole minutes from 1 to 1440 (digits only)', default: '90', actionDefault: '90' },
    { name: 'lock-timeout', description: "Minutes to wait when another run holds the host's lock.", accepts: 'whole minutes from 1 to 1440 (digits only)', default: '10', actionDefault: '10' },
    { name: 'log-dir', description: 'Where step logs, collected host logs and report.json go.', accepts: 'a writable folder path of at most 1024 characters, not under /proc, /sys or /dev (created if missing)', default: '$RUNNER_TEMP/hostpanel-logs', actionDefault: '${{ runner.temp }}/hostpanel-logs' },
    { name: 'force', description: 'true turns the preflight checks that are safe to skip into warnings.', accepts: BOOLEAN_ACCEPTS, default: 'false', actionDefault: 'false' }
];
/** One line of action.yml per input, with the products that read it in front. */
function describeInput(doc) {
    return doc.products ? `[${doc.products.join(', ')}] ${doc.description}` : doc.description;
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/settings/validate.ts
/** Small predicates for input values. Each says yes or no; callers phrase the error. */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
/** A label that some resolvers read as a number (decimal, octal, hex): 127.1, 0x7f.1, 2130706433. */
const NUMERIC_LABEL = /^(0x[0-9a-f]*|\d+)$/i;
/**
 * An RFC 1123 host name: ASCII letters, digits and hyphens in dot-separated labels, no
 * trailing dot. A name whose last label is numeric would be read as an IPv4 address in
 * some other notation (octal, hex, a single integer) and is refused: addresses are
 * written as canonical dotted quads.
 */
function isHostName(value) {
    if (value.length === 0 || value.length > 253)
        return false;
    const labels = value.split('.');
    return labels.every((label) => LABEL.test(label)) && !NUMERIC_LABEL.test(labels[labels.length - 1]);
}
/** A fully qualified domain name: a host name with at least one dot. */
function isDomainName(value) {
    return isHostName(value) && value.includes('.');
}
/** A dotted-quad IPv4 address in canonical decimal form (no leading zeros), or an IPv6 address without a zone. */
function isIpAddress(value) {
    return (0,external_node_net_namespaceObject.isIPv4)(value) || ((0,external_node_net_namespaceObject.isIPv6)(value) && !value.includes('%'));
}
/** Address ranges that name no single host elsewhere on the network, and why (IPv4-mapped IPv6 addresses included). */
const SPECIAL = [
    ['an unspecified address (0.0.0.0/8, ::), which names no host', ['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']],
    ['a loopback address (127.0.0.0/8, ::1), which is the machine itself', ['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']],
    ['a link-local address (169.254.0.0/16, fe80::/10), which is not reached beyond its own link', ['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']],
    ['a multicast address (224.0.0.0/4, ff00::/8), which names a group, not a host', ['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']]
].map(([why, ...nets]) => {
    const list = new external_node_net_namespaceObject.BlockList();
    for (const [net, prefix, type] of nets)
        list.addSubnet(net, prefix, type);
    return [why, list];
});
/**
 * Why an IP address cannot be where a host is reached or a panel is announced
 * (unspecified, loopback, link-local, multicast); undefined for any other value.
 */
function specialAddress(value) {
    if (!isIpAddress(value))
        return undefined;
    const type = (0,external_node_net_namespaceObject.isIPv4)(value) ? 'ipv4' : 'ipv6';
    return SPECIAL.find(([, list]) => list.check(value, type))?.[0];
}
/** Where SSH may connect: an IP address or a host name, nothing a shell or ssh would interpret. */
function isHost(value) {
    return isIpAddress(value) || isHostName(value);
}
/** A whole decimal number within bounds, digits only: no sign, spaces or leading zero (`022` could be read as octal). */
function isWholeNumber(value, min, max) {
    return /^(0|[1-9]\d{0,8})$/.test(value) && Number(value) >= min && Number(value) <= max;
}
function isPort(value) {
    return isWholeNumber(value, 1, 65535);
}
/** A POSIX user name as useradd accepts it. */
function isUserName(value) {
    return /^[a-z_][a-z0-9_-]{0,31}$/.test(value);
}
function isSha256(value) {
    return /^[0-9a-f]{64}$/i.test(value);
}
/** An OpenSSH SHA256 fingerprint, `SHA256:` and 43 base64 characters. */
function isSshFingerprint(value) {
    return /^SHA256:[A-Za-z0-9+/]{43}=?$/.test(value);
}
const MAX_URL_LENGTH = 2048;
/** scheme://[userinfo@]host[:port], read from the text as written (URL() would normalise look-alikes away). */
const AUTHORITY = /^https:\/\/(?:([^@/?#]*)@)?(\[[^\]/?#]*\]|[^:/?#[\]]*)(?::(\d*))?(?=[/?#]|$)/;
/**
 * An https URL of plain printable ASCII: its host a plain host name or IP address as
 * written (no IDN, no percent-encoding, no numeric look-alikes), no percent-encoded
 * control characters, nothing a shell would interpret, at most 2048 characters.
 * Credentials (user:password@) are allowed; the caller masks them.
 */
function isHttpsUrl(value) {
    if (value.length > MAX_URL_LENGTH || !/^[\x21-\x7e]+$/.test(value) || /['"`$\\<>{}|^]/.test(value))
        return false;
    if (/%(?:[01][0-9a-f]|7f)/i.test(value))
        return false;
    const match = AUTHORITY.exec(value);
    if (!match)
        return false;
    const [, , rawHost, rawPort] = match;
    const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost;
    if (rawHost.startsWith('[') ? !((0,external_node_net_namespaceObject.isIPv6)(host) && !host.includes('%')) : !isHost(host))
        return false;
    if (rawPort !== undefined && !isPort(rawPort))
        return false;
    try {
        return new URL(value).protocol === 'https:';
    }
    catch {
        return false;
    }
}
/** The user:password of a URL written with credentials, as written; undefined without. */
function urlCredentials(value) {
    return /^[a-z][a-z0-9+.-]*:\/\/([^@/?#\s]+)@/i.exec(value)?.[1];
}
/** known_hosts lines: `host[,host] keytype base64key`, comments and blank lines allowed. */
function isKnownHosts(value) {
    const lines = value.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    return lines.length > 0 && lines.every((l) => /^(@\S+\s+)?\S+\s+(ssh-|ecdsa-|sk-)\S+\s+[A-Za-z0-9+/=]+(\s.*)?$/.test(l));
}

;// CONCATENATED MODULE: ./src/products/options.ts
/**
 * Option helpers products share, and the options several products read with one meaning
 * (an input several products read must be declared identically: see registry.allInputs).
 */




const oneOf = (values) => ({
    accepts: `one of: ${values.join(', ')}`,
    valid: (v) => values.includes(v)
});
/** A boolean option, read as core.getBooleanInput reads booleans; the steps see true or false. */
const trueOrFalse = {
    accepts: BOOLEAN_ACCEPTS,
    valid: (v) => BOOLEANS.true.includes(v) || BOOLEANS.false.includes(v),
    normalise: (v) => String(BOOLEANS.true.includes(v))
};
const wholeNumber = (min, max, unit) => ({
    accepts: `a whole number of ${unit} from ${min} to ${max} (digits only)`,
    valid: (v) => isWholeNumber(v, min, max)
});
/** Where a vendor release tarball comes from: downloaded on the host over https... */
const releaseUrl = {
    name: 'release-url',
    description: "The release tarball to install from, downloaded by the host over https (default: the product's own archive for that release, where one exists).",
    accepts: 'an https:// URL of a .tar.gz',
    valid: isHttpsUrl
};
/** ...or already on the host. */
const releasePath = {
    name: 'release-path',
    description: 'The release tarball (or unpacked release folder) already on the host; instead of release-url.',
    accepts: 'an absolute path on the host',
    notWith: 'release-url',
    valid: (v) => /^\/[A-Za-z0-9._+/-]{1,255}$/.test(v) && !v.split('/').includes('..')
};
const SIZE = /^(0|[1-9][0-9]{0,12}[KMGT]?)$/;
/** A size as backup-download-limit takes it (500M, 2G; K, M, G, T are powers of 1024) in bytes. */
function sizeBytes(value) {
    const unit = ' KMGT'.indexOf(value.at(-1) ?? '');
    return unit > 0 ? Number(value.slice(0, -1)) * 1024 ** unit : Number(value);
}
/**
 * How much of a backup comes to the runner. A GitHub-hosted runner has about 14 GB free:
 * 2 GiB leaves room for the job, the log-dir's upload and a second copy while it is zipped.
 */
const backupDownloadLimit = {
    name: 'backup-download-limit',
    description: "upgrade: the largest backup copied from the host into log-dir (the backup output); a larger one stays on the host only (the backup-host output; the undo always restores from the host's copy). 0: never copied.",
    accepts: 'a size in bytes, or with K, M, G or T (powers of 1024) such as 500M or 2G; 0 for never',
    default: '2G',
    valid: (v) => SIZE.test(v)
};
/**
 * The step variables of backup-download-limit: the limit in bytes and the room the runner's
 * log-dir has now (a plan names it, as it differs from one moment to the next).
 */
function backupVars(settings, options) {
    const room = (0,external_node_fs_.statfsSync)(settings.logDir);
    const free = settings.mode === settings_settings/* PLAN */.Ac ? 'bytes free in log-dir as the run starts' : String(room.bavail * room.bsize);
    return { BACKUP_DOWNLOAD_LIMIT: String(sizeBytes(options['backup-download-limit'])), RUNNER_FREE: free };
}

// EXTERNAL MODULE: ./src/products/imscp/catalogue.ts
var catalogue = __nccwpck_require__(3614);
;// CONCATENATED MODULE: ./src/products/imscp/answers.ts
/**
 * The installer's answers as data: the keys each release's docs/preseed.pl names (what the
 * `preseed` input accepts) and the rule each answer must meet so that the release's
 * installer takes it under --preseed without asking (a question under --noprompt is exit
 * 5, after its copy phase has replaced the code). The rules go to the host too, where
 * preseed.pl applies them to every answer, whatever its source.
 * Facts: shared/research/imscp-installer-facts.md §1, read from the tagged sources.
 */

// <tag>:docs/preseed.pl, in the file's order. 1.2.0 and 1.2.1 are the same but for the
// webmails (1.2.1:docs/preseed.pl:185-198); 1.2.2 drops DNSBL_CHECKS_ONLY and adds the
// panel ports (1.2.3:docs/preseed.pl:88, 93); 1.2.3 is 1.2.2's list.
const SERVERS_AND_USERS = [
    'HTTPD_SERVER', 'INI_LEVEL', 'PHP_FPM_POOLS_LEVEL', 'PO_SERVER', 'AUTHDAEMON_SQL_USER', 'AUTHDAEMON_SQL_PASSWORD',
    'SASL_SQL_USER', 'SASL_SQL_PASSWORD', 'DOVECOT_SQL_USER', 'DOVECOT_SQL_PASSWORD', 'FTPD_SERVER', 'FTPD_SQL_USER',
    'FTPD_SQL_PASSWORD', 'MTA_SERVER'
];
const NAMED = ['NAMED_SERVER', 'BIND_MODE', 'PRIMARY_DNS', 'SECONDARY_DNS', 'BIND_IPV6', 'LOCAL_DNS_RESOLVER', 'SQL_SERVER', 'SERVER_HOSTNAME', 'BASE_SERVER_VHOST'];
const CORE = [
    'BASE_SERVER_IP', 'BASE_SERVER_PUBLIC_IP', 'SERVER_IPS', 'DATABASE_TYPE', 'DATABASE_HOST', 'DATABASE_PORT', 'DATABASE_NAME',
    'DATABASE_USER', 'DATABASE_PASSWORD', 'DATABASE_USER_HOST', 'MYSQL_PREFIX', 'MYSQL_PREFIX_TYPE', 'ADMIN_LOGIN_NAME',
    'ADMIN_PASSWORD', 'DEFAULT_ADMIN_ADDRESS', 'PHP_TIMEZONE', 'PANEL_SSL_ENABLED', 'PANEL_SSL_SELFSIGNED_CERTIFICATE',
    'PANEL_SSL_PRIVATE_KEY_PATH', 'PANEL_SSL_PRIVATE_KEY_PASSPHRASE', 'PANEL_SSL_CA_BUNDLE_PATH', 'PANEL_SSL_CERTIFICATE_PATH',
    'BASE_SERVER_VHOST_PREFIX', 'SERVICES_SSL_ENABLED', 'SERVICES_SSL_SELFSIGNED_CERTIFICATE', 'SERVICES_SSL_PRIVATE_KEY_PATH',
    'SERVICES_SSL_PRIVATE_KEY_PASSPHRASE', 'SERVICES_SSL_CA_BUNDLE_PATH', 'SERVICES_SSL_CERTIFICATE_PATH', 'BACKUP_IMSCP',
    'BACKUP_DOMAINS', 'WEBSTATS_PACKAGES', 'AWSTATS_MODE', 'FILEMANAGER_PACKAGE', 'PHPMYADMIN_SQL_USER', 'PHPMYADMIN_SQL_PASSWORD'
];
const WEBMAILS = ['WEBMAIL_PACKAGES', 'ROUNDCUBE_SQL_USER', 'ROUNDCUBE_SQL_PASSWORD', 'RAINLOOP_SQL_USER', 'RAINLOOP_SQL_PASSWORD'];
const PORTS = ['BASE_SERVER_VHOST_HTTP_PORT', 'BASE_SERVER_VHOST_HTTPS_PORT'];
/** The keys of docs/preseed.pl per release (1.2.0:docs/preseed.pl:12-190; 1.2.1 :12-203; 1.2.2 and 1.2.3 :12-209). */
const PRESEED_KEYS = {
    '1.2.0': [...SERVERS_AND_USERS, 'DNSBL_CHECKS_ONLY', ...NAMED, ...CORE, 'ROUNDCUBE_SQL_USER', 'ROUNDCUBE_SQL_PASSWORD', 'ANTI_ROOTKITS_PACKAGES'],
    '1.2.1': [...SERVERS_AND_USERS, 'DNSBL_CHECKS_ONLY', ...NAMED, ...CORE, ...WEBMAILS, 'ANTI_ROOTKITS_PACKAGES'],
    '1.2.2': [...SERVERS_AND_USERS, ...NAMED, ...PORTS, ...CORE, ...WEBMAILS, 'ANTI_ROOTKITS_PACKAGES'],
    '1.2.3': [...SERVERS_AND_USERS, ...NAMED, ...PORTS, ...CORE, ...WEBMAILS, 'ANTI_ROOTKITS_PACKAGES']
};
function preseedKeys(release) {
    return PRESEED_KEYS[release.version];
}
const IPV4 = '(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)';
const IPV6 = '[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}';
const IP = `(?:${IPV4}|${IPV6})`;
const answers_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const YES_NO = '^(?:yes|no)$';
/** A comma list of the given names, or No (the checkbox questions: AntiRootkits.pm, Webstats.pm, Webmail.pm). */
const list = (...names) => `^(?:No|(?:${names.join('|')})(?:,(?:${names.join('|')}))*)$`;
const answers_oneOf = (...names) => `^(?:${names.join('|')})$`;
// Printable ASCII but space and backslash: the restricted SQL users' rule (1.2.3:L/Servers/mta/postfix/installer.pm:87-89).
const SQL_CHARS = '[\\x21-\\x5b\\x5d-\\x7e]';
// 1023 to 65535: the panel ports' rule (1.2.3:engine/PerlLib/Package/FrontEnd/Installer.pm:278-279).
const PORT = '(?:102[3-9]|10[3-9]\\d|1[1-9]\\d\\d|[2-9]\\d{3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d\\d|655[0-2]\\d|6553[0-5])';
const PATH = '^(?:/[A-Za-z0-9._+-]+)+$|^$';
/** What each answer must match for the release to take it without asking ("what it is" for the message). */
function answerRules(release) {
    const min = Math.max(release.sqlMinLength, 1);
    const sqlUser = [`^${SQL_CHARS}{${min},16}$`, `${min} to 16 printable ASCII characters, no space or backslash`];
    const sqlPassword = [`^${SQL_CHARS}{${min},}$`, `at least ${min} printable ASCII characters, no space or backslash`];
    const yesNo = [YES_NO, 'yes or no'];
    const rules = {
        HTTPD_SERVER: [answers_oneOf('apache_itk', 'apache_fcgid', 'apache_php_fpm'), 'apache_itk, apache_fcgid or apache_php_fpm'],
        PO_SERVER: [answers_oneOf('courier', 'dovecot'), 'courier or dovecot'],
        FTPD_SERVER: ['^proftpd$', 'proftpd'],
        MTA_SERVER: ['^postfix$', 'postfix'],
        NAMED_SERVER: [answers_oneOf('bind', 'external_server'), 'bind or external_server'],
        SQL_SERVER: ['^(?:(?:mysql|mariadb|percona)_\\d+\\.\\d+|remote_server)$', 'mysql_X.Y, mariadb_X.Y, percona_X.Y or remote_server (docs/Debian/packages-<codename>.xml)'],
        INI_LEVEL: [answers_oneOf('per_user', 'per_domain', 'per_site'), 'per_user, per_domain or per_site (1.2.3:engine/PerlLib/Servers/httpd/apache_fcgid/installer.pm:92)'],
        PHP_FPM_POOLS_LEVEL: [answers_oneOf('per_user', 'per_domain', 'per_site'), 'per_user, per_domain or per_site'],
        DNSBL_CHECKS_ONLY: yesNo,
        BIND_MODE: [answers_oneOf('master', 'slave'), 'master or slave'],
        PRIMARY_DNS: [`^(?:no|${IP}(?:[; ]+${IP})*)$`, "no, or IP addresses separated by ';' or spaces"],
        SECONDARY_DNS: [`^(?:no|${IP}(?:[; ]+${IP})*)$`, "no, or IP addresses separated by ';' or spaces"],
        BIND_IPV6: yesNo,
        LOCAL_DNS_RESOLVER: yesNo,
        SERVER_HOSTNAME: [`^${answers_LABEL}(?:\\.${answers_LABEL}){2,}$`, 'a fully qualified host name of at least 3 labels'],
        BASE_SERVER_VHOST: [`^${answers_LABEL}(?:\\.${answers_LABEL}){2,}$`, 'a fully qualified domain name of at least 3 labels'],
        BASE_SERVER_VHOST_HTTP_PORT: [`^${PORT}$`, 'a port from 1023 to 65535'],
        BASE_SERVER_VHOST_HTTPS_PORT: [`^${PORT}?$`, 'a port from 1023 to 65535, or empty without panel SSL'],
        BASE_SERVER_IP: [`^${IP}$`, 'an IP address'],
        BASE_SERVER_PUBLIC_IP: [`^${IP}$`, 'an IP address'],
        SERVER_IPS: [`^(?:${IP}(?:[ ,;]+${IP})*)?$`, 'IP addresses separated by commas or spaces'],
        DATABASE_TYPE: ['^mysql$', 'mysql'],
        DATABASE_HOST: [`^(?:${answers_LABEL}(?:\\.${answers_LABEL})*|${IP})$`, 'a host name or an IP address (no path or socket)'],
        DATABASE_PORT: ['^\\d{1,5}$', 'a port number'],
        DATABASE_NAME: ['^[A-Za-z0-9_-]{1,64}$', 'a database name of letters, digits, _ and -'],
        DATABASE_USER: [`^${SQL_CHARS}{1,16}$`, '1 to 16 printable ASCII characters, no space or backslash'],
        DATABASE_PASSWORD: ['^[\\x21-\\x7e]+$', 'printable ASCII characters, no space'],
        DATABASE_USER_HOST: [`^(?:${answers_LABEL}(?:\\.${answers_LABEL})*|${IP}|%)$`, 'a host name, an IP address or %'],
        MYSQL_PREFIX: yesNo,
        MYSQL_PREFIX_TYPE: [answers_oneOf('none', 'infront', 'behind'), 'none, infront or behind'],
        // The dialog's rule (1.2.3:engine/setup/imscp-setup-methods.pl:766-767): more than 2 characters,
        // letters and digits joined by single '-', '_' or '.'.
        ADMIN_LOGIN_NAME: ['^(?=.{3,})[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$', "3 or more letters and digits, joined by single '-', '_' or '.'"],
        ADMIN_PASSWORD: [`^${SQL_CHARS}{6,}$`, 'at least 6 printable ASCII characters, no space or backslash'],
        DEFAULT_ADMIN_ADDRESS: [`^[A-Za-z0-9._%+-]{1,64}@${answers_LABEL}(?:\\.${answers_LABEL})+$`, 'an e-mail address'],
        PHP_TIMEZONE: ['^(?:UTC|[A-Z][A-Za-z_-]+(?:/[A-Za-z0-9_+-]+){1,2})$', 'an Olson time zone name such as Europe/London or UTC'],
        BASE_SERVER_VHOST_PREFIX: [answers_oneOf('http://', 'https://'), 'http:// or https://'],
        BACKUP_IMSCP: yesNo,
        BACKUP_DOMAINS: yesNo,
        WEBSTATS_PACKAGES: [list('Awstats'), 'Awstats or No'],
        AWSTATS_MODE: ['^[01]$', '0 (dynamic) or 1 (static)'],
        FILEMANAGER_PACKAGE: [answers_oneOf(...release.fileManagers), `${release.fileManagers.join(' or ')} (the folders of ${release.version}'s Package::FileManager)`],
        WEBMAIL_PACKAGES: [list('RainLoop', 'Roundcube'), 'No, or a comma list of RainLoop and Roundcube (case as written)'],
        ANTI_ROOTKITS_PACKAGES: [list('Chkrootkit', 'Rkhunter'), 'No, or a comma list of Chkrootkit and Rkhunter']
    };
    // The panel's and the services' SSL answers have the same rules.
    for (const what of ['PANEL', 'SERVICES']) {
        rules[`${what}_SSL_ENABLED`] = yesNo;
        rules[`${what}_SSL_SELFSIGNED_CERTIFICATE`] = yesNo;
        rules[`${what}_SSL_PRIVATE_KEY_PASSPHRASE`] = ['^[\\x21-\\x7e]*$', 'printable ASCII characters, no space'];
        for (const path of ['PRIVATE_KEY_PATH', 'CA_BUNDLE_PATH', 'CERTIFICATE_PATH'])
            rules[`${what}_SSL_${path}`] = [PATH, 'an absolute path'];
    }
    for (const user of ['FTPD', 'SASL', 'DOVECOT', 'AUTHDAEMON', 'PHPMYADMIN', 'ROUNDCUBE']) {
        rules[`${user}_SQL_USER`] = sqlUser;
        rules[`${user}_SQL_PASSWORD`] = sqlPassword;
    }
    // RainLoop refuses '"' too (1.2.3:engine/PerlLib/Package/Webmail/RainLoop/Installer.pm:75-76).
    rules.RAINLOOP_SQL_USER = [`^[\\x21\\x23-\\x5b\\x5d-\\x7e]{${min},16}$`, `${sqlUser[1]} or double quote`];
    rules.RAINLOOP_SQL_PASSWORD = [`^[\\x21\\x23-\\x5b\\x5d-\\x7e]{${min},}$`, `${sqlPassword[1]} or double quote`];
    return rules;
}
/** The rules as "KEY<TAB>regex<TAB>what" lines, for preseed.pl on the host. */
function rulesText(release) {
    return Object.entries(answerRules(release))
        .map(([key, [rule, what]]) => `${key}\t${rule}\t${what}`)
        .join('\n');
}
/**
 * The `preseed` input's KEY=value lines for the target release. An unknown key, or a value
 * the release's installer would not take, is an input error naming the key: the run stops
 * before it connects.
 */
function preseedAnswers(text, release) {
    const keys = preseedKeys(release);
    const rules = answerRules(release);
    const answers = {};
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '')
            continue;
        const eq = line.indexOf('=');
        const key = line.slice(0, eq).trim();
        if (!keys.includes(key))
            throw new settings_settings/* InputError */.dz('preseed', `'${key}' is not a key of i-MSCP ${release.version}'s docs/preseed.pl; its keys: ${keys.join(', ')}`);
        const value = line.slice(eq + 1).trim();
        const [rule, what] = rules[key];
        // The input is a secret: the message names the key and the rule, never the value.
        if (!new RegExp(rule).test(value))
            throw new settings_settings/* InputError */.dz('preseed', `${key}: i-MSCP ${release.version} takes ${what} under --preseed`);
        answers[key] = value;
    }
    return answers;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * Every annotation of the action goes through here. GitHub shows at most 10 annotations of a
 * kind (error, warning, notice) per step and drops the rest without a word, so beyond that
 * one annotation says how many more there are and where they all are (report.json, SARIF).
 * The ones beyond are printed as plain log lines. The first 8 of a kind are printed at once; the others wait for flush() at the end of the
 * step, which keeps the last slots for a primary annotation (what failed) and for the count.
 */

const KINDS = ['error', 'warning', 'notice'];
/** GitHub's limit per kind and step. */
const SHOWN_PER_KIND = 10;
const AT_ONCE = SHOWN_PER_KIND - 2;
class Annotations {
    sink;
    printed = { error: 0, warning: 0, notice: 0 };
    held = { error: [], warning: [], notice: [] };
    places = [];
    constructor(sink = core_namespaceObject) {
        this.sink = sink;
    }
    /** `primary`: what the run's result is (the failure); shown before other held annotations. */
    annotate(kind, message, properties = {}, primary = false) {
        if (this.printed[kind] < AT_ONCE) {
            this.printed[kind]++;
            this.sink[kind](message, properties);
        }
        else {
            this.held[kind].push({ message, properties, primary });
        }
    }
    error(message, properties) {
        this.annotate('error', message, properties);
    }
    warning(message, properties) {
        this.annotate('warning', message, properties);
    }
    notice(message, properties) {
        this.annotate('notice', message, properties);
    }
    /** A file that holds every finding (report.json, the SARIF file), named by the count annotation. */
    place(path) {
        if (!this.places.includes(path))
            this.places.push(path);
    }
    /** Prints what waited: all of it when it fits, else what fits and one annotation with the count. */
    flush() {
        for (const kind of KINDS) {
            const rest = this.held[kind].splice(0);
            const room = SHOWN_PER_KIND - this.printed[kind];
            const fits = rest.length <= room;
            const shown = fits ? rest : [...rest.filter((h) => h.primary), ...rest.filter((h) => !h.primary)].slice(0, room - 1);
            for (const h of shown)
                this.sink[kind](h.message, h.properties);
            this.printed[kind] += shown.length;
            if (fits)
                continue;
            // What is not annotated is still printed, as plain lines (already one line each: callers pass safe text).
            for (const h of rest.filter((x) => !shown.includes(x)))
                this.sink.info(`${kind}: ${h.message}`);
            const more = rest.length - shown.length;
            const where = ['the log of this step', ...this.places].join(' and ');
            this.sink[kind](`${more} more ${kind}${more === 1 ? '' : 's'} not shown as annotations (GitHub shows ${SHOWN_PER_KIND} of each kind per step); every one is in ${where}`, { title: `${more} more ${kind}${more === 1 ? '' : 's'}` });
            this.printed[kind]++;
        }
    }
}
/** The action's one instance: a step is one process. */
const annotations = new Annotations();

;// CONCATENATED MODULE: ./src/report/outputs.ts
/**
 * Every output of the action, declared once with the shape its value must have; action.yml's
 * outputs are generated from this list and checked against it. Which product sets which:
 * Product.outputs. Outputs carry host facts into workflows, where a careless `run:` line
 * would hand them to a shell: a value that does not fit its shape is not set (checkOutputs).
 */


const outputs_oneOf = (...values) => ({ describe: `one of ${values.join(', ')}`, test: (v) => values.includes(v) });
/** A version as products print them: 6.106.0, 1.2.3, 0.7.0-0.1, 2:1.2+deb12u1 is refused (colon). */
const VERSION = { describe: 'a version (1 to 64 characters of 0-9 A-Z a-z . + ~ _ -)', test: (v) => /^[0-9A-Za-z.+~_-]{1,64}$/.test(v) };
// Printable ASCII that no shell treats specially inside or outside double quotes: no quotes,
// spaces, $, backticks, backslashes, ;, &, |, <, >, (, ), !, * or #. [ ] stay for IPv6 hosts.
const URL_CHARS = /^https?:\/\/[A-Za-z0-9._~:/?=%@+,[\]-]+$/;
const PANEL_URL = {
    describe: 'an http(s):// URL of at most 2048 characters of A-Z a-z 0-9 . _ ~ : / ? = % @ + , [ ] - (no quotes, spaces, $, backticks or other shell characters)',
    test: (v) => v.length <= 2048 && URL_CHARS.test(v) && URL.canParse(v)
};
/** A path the action made inside the run's log folder, of characters no shell treats specially. */
const IN_LOG_DIR = {
    describe: 'a file path inside log-dir (A-Z a-z 0-9 . _ ~ + , @ : = - and / after log-dir)',
    test: (v, logDir) => {
        const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(logDir), (0,external_node_path_.resolve)(v));
        return (0,external_node_path_.isAbsolute)(v) && rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) && rel.split(external_node_path_.sep).every((part) => /^[A-Za-z0-9._~+,@:=-]{1,255}$/.test(part)) && rel.length <= 4096;
    }
};
/** The backup a host keeps, a host fact: a plain path under /var/backups, nothing a shell reads specially. */
const HOST_BACKUP_PATH = {
    describe: 'a path under /var/backups of A-Z a-z 0-9 . _ + - and /, without ..',
    test: (v) => /^\/var\/backups\/[A-Za-z0-9._+/-]{1,1000}$/.test(v) && !v.split('/').includes('..')
};
/** A folder path from the log-dir input (validated there) or made from it: no control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const LOCAL_PATH = { describe: 'an absolute path without control characters', test: (v) => (0,external_node_path_.isAbsolute)(v) && v.length <= 4096 && !/[\u0000-\u001f\u007f]/.test(v) };
const OUTPUTS = [
    { name: 'status', description: 'success, failed, cancelled, or planned.', shape: outputs_oneOf('success', 'failed', 'cancelled', 'planned') },
    { name: 'changed', description: 'true when this run changed the host (a change ran and was not undone); false for plans and runner-side tasks.', shape: outputs_oneOf('true', 'false') },
    { name: 'panel-url', description: "URL of the panel's login page; empty for products without a web panel (the summary says why).", shape: PANEL_URL },
    { name: 'installed-version', description: 'Product version on the host after the run.', shape: VERSION },
    { name: 'previous-version', description: 'Product version on the host before the run (upgrades).', shape: VERSION },
    { name: 'backup', description: 'Path (in log-dir) of the backup this run made before changing anything, for products that make one.', shape: IN_LOG_DIR },
    { name: 'backup-host', description: "Path on the host of that backup, which stays there (the undo restores from it); backup is empty when it was not copied (backup-download-limit). A path of letters, digits and . _ + - under /var/backups.", shape: HOST_BACKUP_PATH },
    { name: 'compatible', description: 'check-plugin: true when every plugin is accepted by every requested release.', shape: outputs_oneOf('true', 'false') },
    { name: 'sarif', description: 'check-plugin: path of the SARIF 2.1.0 file with every finding (for github/codeql-action/upload-sarif).', shape: IN_LOG_DIR },
    { name: 'log-dir', description: "This run's folder with every log, collected host files and report.json (upload it with actions/upload-artifact).", shape: LOCAL_PATH },
    { name: 'report', description: 'Path of the JSON report (of the plan with mode plan).', shape: LOCAL_PATH }
];
/** Outputs every run sets, whatever the product. */
const COMMON_OUTPUTS = (/* unused pure expression or super */ null && (['status', 'changed', 'log-dir', 'report']));
/**
 * The value as the warning and report.json show it: escaped, so it is never text to act on,
 * and blanked of secrets first (escaping would hide a secret with a quote from the redactor).
 */
function quoted(value) {
    const plain = secrets.redact(value);
    return JSON.stringify(plain.length > 200 ? `${plain.slice(0, 200)}…` : plain);
}
/**
 * Keeps the values that fit their output's shape; an empty value is simply not set. An
 * undeclared output is refused too: nothing reaches a workflow without a shape.
 */
function checkOutputs(values, logDir, sources = {}) {
    const outputs = {};
    const refused = [];
    for (const [name, value] of Object.entries(values)) {
        const shape = OUTPUTS.find((o) => o.name === name)?.shape;
        if (value === '')
            outputs[name] = '';
        else if (shape?.test(value, logDir))
            outputs[name] = value;
        else {
            outputs[name] = '';
            refused.push({ output: name, source: sources[name] ?? 'the action', value: quoted(value), accepts: shape?.describe ?? 'nothing (not a declared output)' });
        }
    }
    return { outputs, refused };
}
/** The warning for a refused value: names the output, where it came from and what was refused. */
function refusalMessage(r) {
    return `output ${r.output} left empty: ${r.source} was ${r.value}, which is not ${r.accepts}`;
}

;// CONCATENATED MODULE: ./src/report/report.ts
/**
 * The run's results: JSON report, job summary, one error annotation, action outputs.
 * Host text is untrusted: it is escaped in the summary, blanked of secrets everywhere.
 */







function buildReport(settings, targetLabel, result, checked, noPanel) {
    return {
        product: settings.product,
        version: settings.version,
        release: settings.release,
        procedure: settings.procedure,
        target: targetLabel,
        status: result.status,
        changed: result.changed,
        outputs: checked.outputs,
        refusedOutputs: checked.refused,
        noPanel,
        crossed: result.crossed,
        failure: result.failure,
        steps: result.steps.map(({ id, title, status, phase, message, durationMs, log, warnings, details, artifacts }) => ({ id, title, status, phase, message, durationMs, log, warnings, details, artifacts })),
        undo: result.undo.map(({ id, title, status, message, durationMs, log, warnings, details }) => ({ id, title, status, message, durationMs, log, warnings, details })),
        facts: result.facts,
        logDir: result.logDir,
        durationMs: result.durationMs
    };
}
/** Writes JSON with every secret blanked, wherever in the structure it hides. */
function writeJson(path, value) {
    (0,external_node_fs_.writeFileSync)(path, secrets.redact(`${JSON.stringify(value, null, 2)}\n`));
    return path;
}
function writeReport(report) {
    return writeJson((0,external_node_path_.join)(report.logDir, 'report.json'), report);
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
const ICON = { ok: '✅', skipped: '⏭️', failed: '❌', 'not run': '⚪', undone: '↩️', restored: '🔄', 'undo failed': '⚠️' };
const RESULT_ICON = { success: '✅', failed: '❌', cancelled: '⚪', planned: '📝' };
/** The start of a summary's headline, for host runs and runner tasks alike: result, what, where. */
function headlineStart(status, what, where) {
    return `${RESULT_ICON[status] ?? ''} <strong>${html(status)}</strong>: ${html(what)} on ${html(where)}`;
}
/** A URL that passed its output's shape (no quotes or markup) as a link; the text escaped all the same. */
function report_link(url) {
    return `<a href="${html(url)}">${html(url)}</a>`;
}
/** How to keep the logs: the runner's folder is gone when the job ends. */
const LOGS_HINT = 'upload the <code>log-dir</code> output with <code>actions/upload-artifact</code> (<code>path: ${{ steps.&lt;id&gt;.outputs.log-dir }}</code>, <code>if: always()</code>) to keep them';
/** Warns that a value was not set as an output (the value escaped, on one line). */
function warnRefused(refused) {
    for (const r of refused)
        annotations.warning(safeLine(refusalMessage(r)), { title: `output ${r.output} refused` });
}
/**
 * Sets the outputs (values blanked of secrets). Host and task values were checked before
 * the report was written; this checks every value again, so none is set without its shape.
 */
function setOutputs(values, logDir) {
    const { outputs, refused } = checkOutputs(values, logDir);
    warnRefused(refused);
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, secrets.redact(value));
}
/** Writes the job summary built by `fill`, with secrets blanked (nothing when not on a runner). */
async function writeSummary(fill) {
    fill(summary);
    if (process.env.GITHUB_STEP_SUMMARY) {
        const text = secrets.redact(summary.stringify());
        summary.emptyBuffer();
        await summary.addRaw(text).write();
    }
    else
        summary.emptyBuffer();
}
async function publish(report, reportPath) {
    setOutputs({ ...report.outputs, status: report.status, changed: String(report.changed), 'log-dir': report.logDir, report: reportPath }, report.logDir);
    warnRefused(report.refusedOutputs);
    annotations.place(reportPath);
    for (const step of report.steps)
        for (const warning of step.warnings)
            annotations.warning(safeLine(warning), { title: safeLine(step.title) });
    for (const undo of report.undo)
        for (const warning of undo.warnings)
            annotations.warning(safeLine(warning), { title: safeLine(`undo: ${undo.title}`) });
    if (report.failure) {
        annotations.annotate('error', safeLine(`${report.status}: ${report.failure.step}: ${report.failure.message} (log: ${report.failure.log})`), { title: `${report.product} ${report.procedure} ${report.status}` }, true);
    }
    // An undo's detail is why it failed, else what it reported (a restore's proof).
    const undoDetail = (u) => u.status === 'undo failed' ? u.message : Object.entries(u.details ?? {}).map(([key, value]) => `${key}: ${value}`).join('; ') || undefined;
    const undoRow = (u) => report.status === 'success' && u.status === 'undone'
        ? { ...u, status: 'restored', title: `put back: ${u.title}`, message: undoDetail(u) ?? 'a temporary change, put back as designed' }
        : { ...u, title: `undo: ${u.title}`, message: undoDetail(u) };
    const rows = [...report.steps, ...report.undo.map(undoRow)].map((s) => [
        `${ICON[s.status] ?? ''} ${s.status}`,
        html(s.title),
        // an empty cell is written without its closing tag by core.summary
        s.message ? html(s.message) : '-',
        seconds(s.durationMs)
    ]);
    const url = report.outputs['panel-url'];
    // The panel answered where the host checked it, and maybe from the runner too (said beside it).
    const panel = url ? `${report.status === 'success' ? report_link(url) : html(url)}${report.panelFromRunner ? ` (${html(report.panelFromRunner)})` : ''}` : html(report.noPanel ? `none: ${report.noPanel}` : '(none)');
    const installed = report.outputs['installed-version'] || '(unknown)';
    const previous = report.outputs['previous-version'];
    const headline = [
        headlineStart(report.status, `${report.product} ${report.procedure} ${report.release}`, report.target),
        `installed ${html(installed)}${previous ? ` (was ${html(previous)})` : ''}`,
        seconds(report.durationMs),
        ...(url && report.status === 'success' ? [`panel: ${report_link(url)}`] : [])
    ].join(' · ');
    await writeSummary((summary) => summary
        .addHeading(html(`${report.product} ${report.procedure} (${report.release}): ${report.status}`), 2)
        .addRaw(`<p>${headline}</p>`, true)
        .addTable([[{ data: 'Result', header: true }, { data: 'Step', header: true }, { data: 'Detail', header: true }, { data: 'Time', header: true }], ...rows])
        .addList([
        `Target: ${html(report.target)}`,
        `Panel URL: ${panel}`,
        `Installed version: ${html(installed)}${previous ? ` (was ${html(previous)})` : ''}`,
        ...(report.crossed ? [`Releases crossed: ${html(report.crossed.join(', ') || 'none')}`] : []),
        ...backupLine(report),
        `Changed the host: ${report.changed ? 'yes' : 'no'}`,
        `Logs: ${html(report.logDir)} (report: ${html(reportPath)}); on the runner only: ${LOGS_HINT}`,
        `Duration: ${seconds(report.durationMs)}`
    ]));
}
/** Where the backup is: on the host (where the undo reads it), and its copy in log-dir if any. */
function backupLine(report) {
    const host = report.outputs['backup-host'];
    const copy = report.outputs.backup;
    if (!host)
        return copy ? [`Backup: ${html(copy)}`] : [];
    const why = report.steps.map((s) => s.details?.['backup-copy']).find(Boolean);
    return [`Backup: on the host at ${html(host)}; ${copy ? `copy in log-dir: ${html(copy)}` : html(why ?? 'not copied to the runner')}`];
}

// EXTERNAL MODULE: ./src/products/imscp/plugin-gate/files.ts
var files = __nccwpck_require__(842);
;// CONCATENATED MODULE: ./src/products/imscp/plugin-gate/mode.ts
/**
 * `mode: check-plugin` of the i-MSCP product and the check-plugin sub-action: the gate's
 * own inputs and the task that runs it. Light on purpose: the gate and its PHP parser are
 * loaded only when the task runs.
 */





function workspace() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
/** A folder inside the workspace once every link is resolved: the gate never leaves the checkout. */
function isPluginPath(value) {
    // eslint-disable-next-line no-control-regex -- a control character in a path is always a mistake
    if (/[\u0000-\u001f]/.test(value))
        return false;
    try {
        const real = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(workspace(), value));
        return (0,files/* isInside */.FK)(real, (0,external_node_fs_.realpathSync)(workspace())) && (0,external_node_fs_.statSync)(real).isDirectory();
    }
    catch {
        return false;
    }
}
const PLUGIN_OPTIONS = [
    {
        name: 'plugin-path',
        description: 'check-plugin: one plugin folder (with info.php), or a folder of plugin folders, in the workspace.',
        accepts: 'an existing folder inside the workspace',
        default: '.',
        valid: isPluginPath
    },
    {
        name: 'previous-plugin-version',
        description: 'check-plugin: the plugin version users have installed; an update from it is judged the way i-MSCP 1.2.3 judges it (a string comparison).',
        accepts: 'a plugin version such as 1.0.9',
        valid: (v) => /^[A-Za-z0-9._+-]{1,64}$/.test(v)
    }
];
async function checkPlugin(context) {
    // The gate and its PHP parser are a bundle chunk of their own, loaded only here: every other run starts without them.
    const { checkPlugins, publishAnnotations, renderSummary, toSarif } = await Promise.all(/* import() */[__nccwpck_require__.e(341), __nccwpck_require__.e(966)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6966));
    const report = await checkPlugins({
        pluginPath: (0,external_node_path_.resolve)(workspace(), context.options['plugin-path']),
        releases: context.releases.map(({ version, pluginApi, managerChecksApi }) => ({ version, pluginApi, managerChecksApi })),
        previousPluginVersion: context.options['previous-plugin-version'] || undefined,
        workspace: workspace()
    });
    const sarif = writeJson(`${context.logDir}/plugin-gate.sarif`, toSarif(report));
    annotations.place(sarif);
    publishAnnotations(report, annotations);
    const refused = report.verdicts.filter((v) => v.verdict === 'refused');
    return {
        status: report.compatible ? 'success' : 'failed',
        failure: refused.length ? `${refused.length} plugin × release combination(s) refused: ${refused.map((v) => `${v.plugin} on ${v.release}`).join(', ')}` : undefined,
        outputs: { compatible: String(report.compatible), sarif },
        details: report,
        summary: (summary) => summary.addTable(renderSummary(report).map((row, i) => row.map((data) => ({ data, header: i === 0 }))))
    };
}
const checkPluginMode = {
    kind: 'runner',
    summary: 'decide per release whether the plugins in plugin-path would be accepted, as annotations on their files',
    runbook: ({ options: o, releases }) => [
        `find the plugins under ${o['plugin-path']} (a folder with info.php, or a folder of them)`,
        `read each info.php with a PHP parser (never executed); scan its PHP and Perl files`,
        `judge them as i-MSCP ${releases.map((r) => `${r.version} (plugin API ${r.pluginApi}${r.managerChecksApi ? ', checks require_api' : ', checks nothing'})`).join(', ')} would`,
        ...(o['previous-plugin-version'] ? [`judge the update from ${o['previous-plugin-version']} as 1.2.3 does (string comparison)`] : []),
        'annotate each finding on its file and line; summary table plugin × release; plugin-gate.sarif; fail when any release refuses a plugin'
    ],
    run: checkPlugin
};

;// CONCATENATED MODULE: ./src/engine/when.ts
function crossedOf(context, describe) {
    if (!context.crossed)
        throw new Error(`the condition "${describe}" needs the installed version, and no earlier step reported PREVIOUS_VERSION`);
    return context.crossed;
}
const when = {
    /** The upgrade goes past this release (its errata apply). */
    crosses(version) {
        const describe = `${version} is crossed`;
        return { describe, holds: (c) => crossedOf(c, describe).includes(version) };
    },
    /** A reported fact has one of these values. */
    fact(name, ...values) {
        const describe = `${name} is ${values.join(' or ')}`;
        return { describe, holds: (c) => values.includes(c.facts[name] ?? '') };
    },
    /** The same condition, described by what it stands for (one phrase for a composite). */
    named(describe, condition) {
        return { describe, holds: (c) => condition.holds(c) };
    },
    not(condition) {
        return { describe: `not (${condition.describe})`, holds: (c) => !condition.holds(c) };
    },
    all(...conditions) {
        return { describe: conditions.map((c) => c.describe).join(' and '), holds: (c) => conditions.every((x) => x.holds(c)) };
    },
    any(...conditions) {
        return { describe: conditions.map((c) => c.describe).join(' or '), holds: (c) => conditions.some((x) => x.holds(c)) };
    }
};

;// CONCATENATED MODULE: ./src/products/imscp/procedures.ts





const STEPS = 'products/imscp/steps';
const COMMON = `${STEPS}/common.sh`;
const PRESEED = 'products/imscp/preseed.pl';
const LOGS = ['/var/log/imscp/imscp-autoinstall.log', '/var/log/imscp/imscp-build.log', '/var/log/imscp/imscp-setup.log'];
const BACKUPS = '/var/backups/hostpanel-imscp/<run>';
function procedures_releaseUrl(o, release) {
    return o['release-url'] || `https://github.com/i-MSCP/imscp/archive/${release.version}.tar.gz`;
}
function describeWebmails(o, release) {
    if (release.webmailItem === 'webmail')
        return 'Roundcube (1.2.0 asks no webmail list: its reconfigure item `webmail` installs Roundcube)';
    const packages = o.webmails === '' ? 'as configured' : o.webmails === 'none' ? 'No' : o.webmails.split(',').map((w) => (w.trim() === 'rainloop' ? 'RainLoop' : 'Roundcube')).join(',');
    return `WEBMAIL_PACKAGES = ${packages} (the question of reconfigure item \`webmails\`, 1.2.1 errata)`;
}
/** What every step sees: the target's facts, the inputs that are not secrets. */
function commonVars({ settings, options: o, release }, mode) {
    if (release.webmailItem === 'webmail' && o.webmails.split(',').some((w) => w.trim() === 'rainloop')) {
        throw new settings_settings/* InputError */.dz('webmails', `i-MSCP ${release.version} installs Roundcube only (its reconfigure item is 'webmail'); RainLoop comes with 1.2.1`);
    }
    const answers = preseedAnswers(o.preseed, release);
    const plain = Object.fromEntries(Object.entries(answers).filter(([k]) => !isSecret(k)).map(([k, v]) => [`PRESEED_${k}`, v]));
    return {
        MODE: mode,
        FORCE: String(settings.force),
        SUPPORTED: release.supported.join(' '),
        PACKAGES_FILES: release.packagesFiles.join(' '),
        SQL_MIN: String(release.sqlMinLength),
        PORTS_ASKED: String(release.panelPortsAsked),
        WEBMAILS_ASKED: String(release.webmailItem === 'webmails'),
        POLICYD_ASKED: String(release.policydAsked),
        RESOLVER_IN_CONF: String(release.resolverInConf),
        FILEMANAGERS: release.fileManagers.join(' '),
        ANSWER_RULES: rulesText(release),
        REPLACES: release.replaces.join(' '),
        CREATES: release.creates.join(' '),
        RELEASE_URL: procedures_releaseUrl(o, release),
        RELEASE_PATH: o['release-path'],
        PANEL_HOSTNAME: o['panel-hostname'],
        ADMIN_EMAIL: o['admin-email'],
        DATABASE_USER_INPUT: o['database-user'] || (answers.DATABASE_USER ?? ''),
        WEBMAILS: o.webmails,
        REENABLE_NOTE: o['reenable-plugins'] === 'true' ? 'they are re-enabled one at a time after the update' : 'they stay deactivated (reenable-plugins: true re-enables them one at a time)',
        ...plain,
        ...backupVars(settings, o)
    };
}
const isSecret = (key) => /PASSWORD|PASSPHRASE/.test(key);
/** Secrets reach the host only through the run's 0600 secrets file. */
function secretVars({ options: o, release }) {
    const answers = preseedAnswers(o.preseed, release);
    const secrets = Object.fromEntries(Object.entries(answers).filter(([k]) => isSecret(k)).map(([k, v]) => [`PRESEED_${k}`, v]));
    // The preflight logs in with the password the installer will get.
    const database = o['database-password'] || answers.DATABASE_PASSWORD;
    if (database)
        secrets.DATABASE_PASSWORD = database;
    if (o['admin-password'])
        secrets.ADMIN_PASSWORD = o['admin-password'];
    return secrets;
}
function preflight(context, mode) {
    const { release, settings } = context;
    const version = mode === 'upgrade'
        ? `installed Version (/etc/imscp/imscp.conf) → previous-version: 1.1.x or 1.2.x older than ${release.version}; a downgrade is refused; ${release.version} itself only with force (${settings.force})`
        : `no i-MSCP installed (/etc/imscp/imscp.conf absent), unless force (${settings.force})`;
    return {
        id: 'preflight',
        title: `Preflight: root, installed version, distribution, SQL login`,
        check: `${STEPS}/preflight.sh`,
        assets: [COMMON],
        runbook: [
            `root; ${version}`,
            `lsb_release codename one of ${release.supported.join(', ')} (errata of ${release.version})${release.packagesFiles.length > release.supported.length ? `; ${release.packagesFiles.filter((d) => !release.supported.includes(d)).join(', ')} only with force (a packages file, no support)` : ''}`,
            'SQL login as database-user (else DATABASE_USER of imscp.conf, else root) with database-password (else imscp.conf): [client] in a 0600 file of the run, used by every later step'
        ]
    };
}
function releaseStep(context) {
    const o = context.options;
    const from = o['release-path'] ? `cp/tar -xzf ${o['release-path']} (on the host)` : `curl -fsSL --proto =https ${procedures_releaseUrl(o, context.release)} (sha256 logged); tar -xzf`;
    return {
        id: 'release',
        title: `Fetch i-MSCP ${context.release.version} and check its packages file`,
        change: `${STEPS}/release.sh`,
        // The download and its unpacking stay in the run's folder, which the run removes.
        inRunFolder: true,
        assets: [COMMON],
        runbook: [`${from} into the run's folder; configs/debian/imscp.conf must say Version = ${context.release.version}`, 'docs/<lsb_release -si>/packages-<lsb_release -sc>.xml must exist (else: "not supported yet")']
    };
}
const preseedCheck = {
    id: 'preseed-check',
    title: "Check the installer's answers",
    check: `${STEPS}/preseed-check.sh`,
    assets: [COMMON, PRESEED],
    runbook: [
        'perl preseed.pl /dev/null: an answer to every question the target can ask here, from the preseed input, the other inputs, imscp.conf and the data files (<x>.data, else <x>.old.data), the host, documented defaults; each with its source in the log (passwords as ***)',
        "fail before any change naming each answer that is missing or breaks the release's rule (the installer would ask it: exit 5 after its copy phase)"
    ]
};
const sqlUsers = {
    id: 'sql-users',
    title: 'SQL user names and passwords of at least 6 characters (1.2.1 errata)',
    check: `${STEPS}/sql-users.sh`,
    because: '1.2.1 errata; the target asks again for any shorter one',
    assets: [COMMON, PRESEED],
    runbook: [
        'every restricted SQL user the target asks for (<X>_SQL_USER/_PASSWORD: preseed input, else /etc/imscp/{proftpd/proftpd,postfix/postfix (SASL),dovecot/dovecot,courier/courier,pma/phpmyadmin,roundcube/roundcube,rainloop/rainloop}.data or .old.data) has >= 6 characters from 1.2.1 on; else fail naming each, before any change'
    ]
};
/** 1.2.0 takes SQL users of any length; from 1.2.1 the check runs whatever is crossed, as the target asks again. */
function usersCheck(context) {
    return context.release.sqlMinLength > 1 ? [sqlUsers] : [];
}
const backup = {
    id: 'backup',
    title: 'Back up /etc/imscp, the database and the code',
    change: `${STEPS}/backup.sh`,
    undo: `${STEPS}/restore.sh`,
    // The restore puts back configuration, database, code and system files: all a later step changes.
    undoCoversLater: true,
    assets: [COMMON],
    runbook: [
        `tar /etc/imscp + mysqldump --defaults-file=<run>/imscp-db.cnf --single-transaction --databases <DATABASE_NAME> → ${BACKUPS}/imscp-<previous>-backup.tar.gz, kept on the host (the backup-host output; copied into log-dir within backup-download-limit: the backup output); tar /var/www/imscp kept on the host`,
        'tar of what the target installer replaces outside them (init scripts and their rc links, upstart and systemd files, defaults, cron, logrotate, sysctl.d, starters, nginx, vlogger: the release\'s install manifests) and the list of those absent',
        'row count + CHECKSUM TABLE of every table recorded',
        'undo: restore /etc/imscp, /var/www/imscp, those files (the ones the installer added removed; a /usr/sbin/policy-rc.d it left removed) and the database (DROP DATABASE, load the dump), restart the services that ran, prove every row count and checksum equal and each service running: its process and port, the panel answering at its URL over HTTP'
    ]
};
function installer(context) {
    return {
        id: 'installer',
        title: "Run the release's installer",
        change: `${STEPS}/installer.sh`,
        long: true,
        assets: [COMMON, PRESEED],
        collect: LOGS,
        runbook: [
            'perl preseed.pl <run>/preseed.pl (0600; removed when the step ends)',
            'cd <release> && perl imscp-autoinstall -d -n -p <run>/preseed.pl </dev/null   (never -l; colour codes stripped from the log)',
            `webmails: ${describeWebmails(context.options, context.release)}`,
            "exit 5: a question the preseed file did not answer; other exits: the installer's own last [fatal] line (imscp-build.log, imscp-setup.log)"
        ]
    };
}
function verify(context) {
    return {
        id: 'verify',
        title: 'Verify version, services and panel',
        check: `${STEPS}/verify.sh`,
        assets: [COMMON],
        collect: LOGS,
        runbook: [
            `Version in /etc/imscp/imscp.conf is ${context.release.version}`,
            'running, not systemd\'s word: imscp_daemon\'s process and its port 127.0.0.1:9876, nginx\'s process, imscp_network active, the panel (nginx and imscp_panel) answering:',
            'curl --resolve <BASE_SERVER_VHOST>:<port>:<BASE_SERVER_IP> <PREFIX><BASE_SERVER_VHOST>:<HTTP or HTTPS port>/ answers 200 → panel-url'
        ]
    };
}
const E120 = { when: when.crosses('1.2.0'), because: '1.2.0 errata' };
const E123 = { when: when.crosses('1.2.3'), because: '1.2.3 errata' };
const phpApc = {
    id: 'php-apc',
    title: "1.2.3 errata: php-apc out of the packages file with a PHP not from the distribution",
    check: `${STEPS}/php-apc-check.sh`,
    change: `${STEPS}/php-apc.sh`,
    // It edits the release's copy in the run's folder only.
    inRunFolder: true,
    ...E123,
    runbook: ["only on Debian 7 / Ubuntu 12.04 when php5-common is not the distribution's version: sed -i '/<package>php-apc<\\/package>/d' on the release's packages file"]
};
function upgrade(context) {
    const o = context.options;
    const steps = [
        preflight(context, 'upgrade'),
        releaseStep(context),
        preseedCheck,
        ...usersCheck(context),
        backup,
        {
            id: 'plugins-deactivate',
            title: '1.2.0 errata: deactivate the plugins',
            check: `${STEPS}/plugins-active.sh`,
            change: `${STEPS}/plugins-deactivate.sh`,
            ...E120,
            assets: [COMMON],
            runbook: ["the enabled plugins reported (active-plugins); backend ones: plugin_status 'todisable' + perl /var/www/imscp/engine/imscp-rqst-mngr; the others: 'disabled'"]
        },
        {
            id: 'hooks-rename',
            title: '1.2.0 errata: /etc/imscp/hooks.d becomes listeners.d',
            check: `${STEPS}/hooks-check.sh`,
            change: `${STEPS}/hooks-rename.sh`,
            ...E120,
            runbook: ['mv /etc/imscp/hooks.d/* /etc/imscp/listeners.d/ (a name in both: fail); rmdir /etc/imscp/hooks.d (the installer reads hooks.d while it exists)']
        },
        {
            id: 'plugins-delete',
            title: '1.2.3 errata: delete every plugin (backed up)',
            check: `${STEPS}/plugins-check.sh`,
            change: `${STEPS}/plugins-delete.sh`,
            undo: `${STEPS}/plugins-restore.sh`,
            ...E123,
            assets: [COMMON],
            runbook: [
                `back up the plugin table rows, gui/data/persistent/protected_plugins.php and gui/plugins/<Name> → ${BACKUPS}/imscp-plugins-backup.tar.gz (an artifact)`,
                'enabled ones disabled first (as above); then per plugin: DELETE FROM plugin, its protected list entry, rm -rf gui/plugins/<Name>; each listed in the report'
            ]
        },
        {
            id: 'listeners-rewrite',
            title: '1.2.3 errata: iMSCP::HooksManager → iMSCP::EventManager in listener files',
            check: `${STEPS}/listeners-check.sh`,
            change: `${STEPS}/listeners-rewrite.sh`,
            ...E123,
            assets: [COMMON],
            runbook: [`grep -l iMSCP::HooksManager /etc/imscp/listeners.d/*.pl; back up → ${BACKUPS}/imscp-listeners-backup.tar.gz (an artifact); sed s/iMSCP::HooksManager/iMSCP::EventManager/g, diff -u in the log; perl -c against the release's engine/PerlLib`]
        },
        phpApc,
        {
            id: 'services-stop',
            title: '1.2.3 errata: stop imscp_panel, imscp_daemon, imscp_network',
            change: `${STEPS}/services-stop.sh`,
            undo: `${STEPS}/services-start.sh`,
            ...E123,
            assets: [COMMON],
            runbook: ['service imscp_panel|imscp_daemon|imscp_network stop (those installed); undo: start the ones that ran']
        },
        installer(context),
        {
            id: 'panel-ports',
            title: '1.2.0 errata: the panel on its own ports',
            check: `${STEPS}/panel-ports.sh`,
            ...E120,
            assets: [COMMON],
            runbook: ['report the panel ports from imscp.conf (8080/4443 unless configured) and warn: no longer on 80/443']
        },
        ...(o['reenable-plugins'] === 'true'
            ? [
                {
                    id: 'plugins-reenable',
                    title: '1.2.0 errata: re-enable the plugins one at a time',
                    change: `${STEPS}/plugins-reenable.sh`,
                    when: when.all(when.crosses('1.2.0'), when.not(when.crosses('1.2.3'))),
                    because: '1.2.0 errata; 1.2.3 deletes them instead',
                    assets: [COMMON],
                    runbook: ["each plugin active before: backend ones 'toenable' + imscp-rqst-mngr, the others 'enabled'; stop at the first that does not come back"]
                }
            ]
            : []),
        {
            id: 'mycnf',
            title: '1.2.3 errata: /root/.my.cnf',
            check: `${STEPS}/mycnf.sh`,
            ...E123,
            runbook: ['warn when /root/.my.cnf has a [mysqldump] section (i-MSCP 1.2.3 no longer uses it)']
        },
        verify(context)
    ];
    return {
        product: 'imscp',
        name: 'upgrade',
        title: `i-MSCP ${context.release.version} upgrade`,
        versions: catalogue/* catalogue */.s.versions(context.release),
        vars: commonVars(context, 'upgrade'),
        secrets: secretVars(context),
        steps
    };
}
function install(context) {
    return {
        product: 'imscp',
        name: 'install',
        title: `i-MSCP ${context.release.version} install`,
        versions: catalogue/* catalogue */.s.versions(context.release),
        vars: commonVars(context, 'install'),
        secrets: secretVars(context),
        steps: [preflight(context, 'install'), releaseStep(context), preseedCheck, ...usersCheck(context), phpApc, installer(context), verify(context)]
    };
}
function verifyOnly(context) {
    return { product: 'imscp', name: 'verify', title: `i-MSCP ${context.release.version} verify`, versions: catalogue/* catalogue */.s.versions(context.release), vars: {}, secrets: {}, steps: [verify(context)] };
}
const imscpModes = {
    install: { kind: 'host', summary: "install the release with its installer and a generated preseed file, then verify", procedure: install },
    upgrade: { kind: 'host', summary: 'back up, run the errata steps crossed, the installer, verify; restore and prove it on failure', procedure: upgrade },
    verify: { kind: 'host', summary: 'verify a running i-MSCP (nightly use)', procedure: verifyOnly }
};

;// CONCATENATED MODULE: ./src/products/imscp/product.ts
/**
 * i-MSCP 1.2.x: the host procedures of the errata chain (install, upgrade, verify; see
 * procedures.ts) and the plugin compatibility gate (`mode: check-plugin`), a task on the
 * runner over the plugin's own files, for a plugin's CI.
 */






/** Every release's preseed keys: the target's own list is checked when the procedure is built. */
const ALL_KEYS = [...new Set(Object.values(PRESEED_KEYS).flat())];
const options = [
    ...PLUGIN_OPTIONS,
    releaseUrl,
    releasePath,
    {
        name: 'panel-hostname',
        description: "install/upgrade: the panel's host name (BASE_SERVER_VHOST); default: the one in imscp.conf.",
        accepts: 'a fully qualified domain name such as panel.example.com',
        valid: isDomainName
    },
    {
        name: 'admin-email',
        description: "install/upgrade: the administrator's e-mail address (DEFAULT_ADMIN_ADDRESS); default: the one in imscp.conf.",
        accepts: 'an e-mail address',
        valid: (v) => /^[^@\s]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$/.test(v)
    },
    {
        name: 'admin-password',
        description: "install/upgrade: the administrator's password (ADMIN_PASSWORD). Needed on upgrade too: under --preseed the installer takes it from the preseed file even when an administrator exists, and sets it on every run.",
        accepts: 'at least 6 printable ASCII characters, no space or backslash',
        secret: true,
        valid: (v) => /^[\x21-\x5b\x5d-\x7e]{6,128}$/.test(v)
    },
    {
        name: 'database-user',
        description: 'install/upgrade: the SQL user i-MSCP connects as (DATABASE_USER); default: the one in imscp.conf, else root. The backup uses it too.',
        accepts: 'a SQL user name of 1 to 16 characters',
        valid: (v) => /^[A-Za-z0-9_.-]{1,16}$/.test(v)
    },
    {
        name: 'database-password',
        description: "install/upgrade: that SQL user's password (DATABASE_PASSWORD); needed where imscp.conf holds it encrypted, as real installs do.",
        accepts: 'the SQL password (no spaces)',
        secret: true,
        valid: (v) => /^\S{1,256}$/.test(v)
    },
    {
        name: 'webmails',
        description: 'install/upgrade: the webmails to install: none, or roundcube, rainloop or both (1.2.0 knows roundcube only); default: keep what is configured.',
        accepts: 'none, or a comma-separated list of roundcube and rainloop',
        valid: (v) => v === 'none' || v.split(',').every((w) => ['roundcube', 'rainloop'].includes(w.trim()))
    },
    {
        name: 'preseed',
        description: "install/upgrade: more installer answers, one KEY=value a line (every key of the target release's docs/preseed.pl, such as SASL_SQL_USER or PHP_TIMEZONE; SERVER_IPS as a comma list); they win over every other source, and a value the release would not take stops the run before it connects. A secret: it may hold passwords.",
        accepts: `KEY=value lines; keys: ${ALL_KEYS.slice(0, 3).join(', ')}, ... (docs/preseed.pl)`,
        secret: true,
        multiline: true,
        // eslint-disable-next-line no-control-regex -- control characters (but line ends) never belong in an answer
        valid: (v) => v.split(/\r?\n/).every((l) => l.trim() === '' || (/^\s*[A-Z][A-Z0-9_]*\s*=[^\u0000-\u001f]*$/.test(l) && ALL_KEYS.includes(l.slice(0, l.indexOf('=')).trim())))
    },
    {
        name: 'reenable-plugins',
        description: 'upgrade to 1.2.0-1.2.2: re-enable, one at a time, the plugins the update deactivated (1.2.0 errata).',
        default: 'false',
        ...trueOrFalse
    },
    backupDownloadLimit
];
const imscp = {
    id: 'imscp',
    title: 'i-MSCP',
    catalogue: catalogue/* catalogue */.s,
    versionNote: catalogue/* VERSION_NOTE */.a,
    options,
    modes: {
        ...imscpModes,
        'check-plugin': checkPluginMode
    },
    outputs: ['panel-url', 'installed-version', 'previous-version', 'backup', 'backup-host', 'compatible', 'sarif']
};

// EXTERNAL MODULE: ./src/products/catalogue.ts
var products_catalogue = __nccwpck_require__(645);
;// CONCATENATED MODULE: ./src/products/ispmanager/catalogue.ts
/**
 * ISPmanager's catalogue. The vendor's installer has no version flag: it installs the
 * current release of a branch (`--release stable|beta` of ISPmanager 6). So the catalogue
 * names branches, and `verify` compares the version that got installed with the branch.
 * Facts: shared/research/products.md, section 1.
 */

const catalogue_catalogue = new products_catalogue/* Catalogue */.Q('ISPmanager', [
    {
        version: '6',
        semver: '6.0.0',
        note: "the branch; the vendor's installer installs its current release",
        major: 6,
        supported: ['ubuntu:jammy', 'ubuntu:noble', 'debian:bullseye', 'debian:bookworm'],
        endOfLife: ['ubuntu:trusty', 'ubuntu:xenial', 'ubuntu:bionic', 'ubuntu:focal', 'debian:wheezy', 'debian:jessie', 'debian:stretch', 'debian:buster']
    }
]);
const VERSION_NOTE = "ISPmanager is installed by branch: version 6 (or 6.x, or latest) runs the vendor's installer, which installs the branch's current release; verify then checks that what is installed belongs to the branch and reports its exact version.";

;// CONCATENATED MODULE: ./src/products/ispmanager/product.ts



const product_STEPS = 'products/ispmanager/steps';
const product_options = [
    { name: 'panel-domain', description: "The panel's domain. Let's Encrypt is used only when it resolves to the host's public IP.", accepts: 'a fully qualified domain name such as panel.example.com (ASCII; punycode for IDN)', valid: isDomainName },
    { name: 'public-ip', description: "The host's public IP (default: its main address).", accepts: "the host's public IP address: a dotted-quad IPv4 address or an IPv6 address without zone", valid: isIpAddress, refuses: specialAddress },
    { name: 'installer-url', description: 'Installer script URL (https only). Credentials in it (user:password@) are masked.', accepts: `an https:// URL of printable ASCII (no spaces, quotes or encoded control characters), at most ${MAX_URL_LENGTH} characters`, default: 'https://download.ispmanager.com/install.eu.sh', valid: isHttpsUrl },
    { name: 'installer-sha256', description: 'Expected SHA-256 of the installer; a mismatch stops the run before it executes.', accepts: 'a SHA-256 checksum (64 hexadecimal characters)', valid: isSha256 },
    // Any other value makes the vendor's installer switch to its internal repository.
    { name: 'release', description: 'The vendor branch to install from.', default: 'stable', ...oneOf(['stable', 'beta']) },
    { name: 'dbtype', description: "Database for the panel's own data.", default: 'mysql', ...oneOf(['mysql', 'sqlite']) },
    { name: 'mysql-server', description: 'MySQL server flavour; dropped on Debian, where the installer refuses it.', default: 'mariadb', ...oneOf(['mariadb', 'mysql']) },
    { name: 'edition', description: 'What the installer installs.', default: 'ispmanager-lite', ...oneOf(['ispmanager-lite', 'ispmanager-lite-common', 'ispmanager', 'coremanager']) },
    { name: 'activation-key', description: 'Licence activation key (a secret).', accepts: 'an ISPmanager activation key: 4 to 128 letters, digits and dashes, starting with a letter or digit', secret: true, valid: (v) => /^[A-Za-z0-9][A-Za-z0-9-]{3,127}$/.test(v) },
    { name: 'dpkg-lock-wait', description: 'Seconds to wait for the dpkg/apt locks before stopping their holders.', default: '300', ...wholeNumber(0, 3600, 'seconds') },
    { name: 'installer-timeout', description: 'Minutes the installer or the upgrade may run.', default: '60', ...wholeNumber(5, 600, 'minutes') }
];
const INSTALL_LOG = '/root/isp_install.log';
const UPGRADE_LOG = '/root/isp_upgrade.log';
const APT_UNITS = 'unattended-upgrades apt-daily.timer apt-daily-upgrade.timer apt-daily.service apt-daily-upgrade.service';
function product_commonVars({ settings, options: o, release }) {
    return {
        FORCE: String(settings.force),
        EXPECTED_MAJOR: String(release.major),
        SUPPORTED_OS: release.supported.join(' '),
        EOL_OS: release.endOfLife.join(' '),
        PANEL_DOMAIN: o['panel-domain'],
        PUBLIC_IP: o['public-ip'],
        DPKG_LOCK_WAIT: o['dpkg-lock-wait'],
        DBTYPE: o.dbtype
    };
}
const aptTimers = {
    id: 'apt-timers',
    title: 'Stop and mask automatic apt runs for the duration',
    change: `${product_STEPS}/apt-timers-stop.sh`,
    undo: `${product_STEPS}/apt-timers-restore.sh`,
    temporary: true,
    runbook: [`systemctl stop + mask ${APT_UNITS}; each put back as it was at the end`]
};
function dpkgLocks(o) {
    return {
        id: 'dpkg-locks',
        title: 'Wait for the dpkg/apt locks, then clear them',
        change: `${product_STEPS}/dpkg-locks.sh`,
        runbook: [`wait up to ${o['dpkg-lock-wait']} s for /var/lib/dpkg/lock-frontend, /var/lib/dpkg/lock, /var/cache/apt/archives/lock; then stop their holders (named in the log)`]
    };
}
function product_verify(o, release) {
    const where = o['panel-domain'] || (o['public-ip'].includes(':') ? `[${o['public-ip']}]` : o['public-ip']) || '<main address>';
    return {
        id: 'verify',
        title: 'Verify version, licence, web server, mgrctl and the panel API',
        check: `${product_STEPS}/verify.sh`,
        collect: ['/usr/local/mgr5/var/ispmgr.log'],
        runbook: [
            `/usr/local/mgr5/bin/core ispmgr -V is ${release.major}.*; licctl info ispmgr; systemctl is-active ihttpd; mgrctl -m ispmgr -i lang=en`,
            `https://${where}:1500/ispmgr?out=xml&func=auth answers with an XML doc (the documented API; self-signed certificate accepted); the login page only warns`
        ]
    };
}
function installerCommand(o) {
    const flags = [`--release ${o.release}`, '--silent', '--ignore-hostname', `--dbtype ${o.dbtype}`];
    if (o.dbtype === 'mysql' && o['mysql-server'])
        flags.push(`[--mysql-server ${o['mysql-server']}: not on Debian]`);
    flags.push(o['panel-domain'] ? `[--le-domain ${o['panel-domain']} if it resolves to the host, else --no-letsencrypt]` : '--no-letsencrypt');
    if (o['activation-key'])
        flags.push('--activation-key ***');
    return `sh /root/install.eu.sh ${flags.join(' ')} ${o.edition} </dev/null  (output kept in ${INSTALL_LOG})`;
}
function product_install(context) {
    const o = context.options;
    return {
        product: 'ispmanager',
        name: 'install',
        title: `ISPmanager ${context.release.version} install (${o.edition})`,
        versions: catalogue_catalogue.versions(context.release),
        vars: {
            ...product_commonVars(context),
            INSTALLER_URL: o['installer-url'],
            INSTALLER_SHA256: o['installer-sha256'],
            INSTALLER_PATH: '/root/install.eu.sh',
            INSTALL_LOG,
            RELEASE: o.release,
            MYSQL_SERVER: o['mysql-server'],
            EDITION: o.edition
        },
        secrets: o['activation-key'] ? { ACTIVATION_KEY: o['activation-key'] } : {},
        steps: [
            {
                id: 'preflight',
                title: 'Preflight: OS, hostname, ports, memory, not yet installed',
                check: `${product_STEPS}/preflight.sh`,
                runbook: [
                    `root; OS one of ${context.release.supported.join(', ')} (end-of-life ones only with force); FQDN hostname; ports 443 and 1500 free`,
                    `more than 1024 MB of memory for dbtype mysql; ISPmanager not installed yet (else: use mode upgrade)`
                ]
            },
            // Before any apt-get of ours: the timers and locks would otherwise race it.
            aptTimers,
            dpkgLocks(o),
            {
                id: 'prerequisites',
                title: 'Install the prerequisites',
                change: `${product_STEPS}/prerequisites.sh`,
                vars: { PREREQUISITES: 'wget curl ca-certificates gnupg gpg dnsutils' },
                collect: ['/var/log/apt/history.log', '/var/log/apt/term.log'],
                runbook: ['apt-get install -y (the missing ones of) wget curl ca-certificates gnupg gpg dnsutils']
            },
            {
                id: 'apparmor',
                title: 'Stop and disable AppArmor',
                check: `${product_STEPS}/apparmor-check.sh`,
                change: `${product_STEPS}/apparmor-stop.sh`,
                undo: `${product_STEPS}/apparmor-restore.sh`,
                runbook: ['systemctl stop + disable apparmor (skipped when not installed; restored if the run fails)']
            },
            {
                id: 'installer-download',
                title: 'Download the installer and check its checksum',
                change: `${product_STEPS}/installer-download.sh`,
                runbook: [`curl ${o['installer-url']} → /root/install.eu.sh; sha256 logged${o['installer-sha256'] ? `, must be ${o['installer-sha256']}` : ''}`]
            },
            {
                id: 'letsencrypt',
                title: "Decide on Let's Encrypt from DNS",
                check: `${product_STEPS}/letsencrypt-decision.sh`,
                runbook: [o['panel-domain'] ? `getent ahostsv4 ${o['panel-domain']} on the host: --le-domain if it includes ${o['public-ip'] || 'the main address'}` : 'no panel-domain: --no-letsencrypt']
            },
            {
                id: 'installer',
                title: "Run the vendor's installer",
                change: `${product_STEPS}/installer-run.sh`,
                long: true,
                timeoutMinutes: Number(o['installer-timeout']),
                collect: [INSTALL_LOG, '/var/log/apt/term.log'],
                runbook: [installerCommand(o)]
            },
            product_verify(o, context.release)
        ]
    };
}
function product_upgrade(context) {
    const o = context.options;
    return {
        product: 'ispmanager',
        name: 'upgrade',
        title: `ISPmanager ${context.release.version} upgrade`,
        versions: catalogue_catalogue.versions(context.release),
        vars: { ...product_commonVars(context), UPGRADE_LOG },
        secrets: {},
        steps: [
            { id: 'preflight', title: 'Preflight: the panel is installed and upgradable', check: `${product_STEPS}/upgrade-preflight.sh`, runbook: ['/usr/local/mgr5/bin/core and sbin/pkgupgrade.sh exist; the installed version becomes previous-version'] },
            aptTimers,
            dpkgLocks(o),
            {
                id: 'upgrade',
                title: 'Run pkgupgrade.sh coremanager',
                change: `${product_STEPS}/upgrade-run.sh`,
                long: true,
                timeoutMinutes: Number(o['installer-timeout']),
                collect: [UPGRADE_LOG],
                runbook: [`/usr/local/mgr5/sbin/pkgupgrade.sh coremanager </dev/null  (output kept in ${UPGRADE_LOG}; limit ${o['installer-timeout']} min)`]
            },
            product_verify(o, context.release)
        ]
    };
}
function product_verifyOnly(context) {
    return { product: 'ispmanager', name: 'verify', title: `ISPmanager ${context.release.version} verify`, versions: catalogue_catalogue.versions(context.release), vars: product_commonVars(context), secrets: {}, steps: [product_verify(context.options, context.release)] };
}
const ispmanager = {
    id: 'ispmanager',
    title: 'ISPmanager',
    catalogue: catalogue_catalogue,
    versionNote: VERSION_NOTE,
    options: product_options,
    modes: {
        install: { kind: 'host', summary: "install with the vendor's installer, then verify", procedure: product_install },
        upgrade: { kind: 'host', summary: "upgrade with the vendor's pkgupgrade.sh, then verify", procedure: product_upgrade },
        verify: { kind: 'host', summary: 'verify a running panel (nightly use)', procedure: product_verifyOnly }
    },
    outputs: ['panel-url', 'installed-version', 'previous-version']
};

;// CONCATENATED MODULE: ./src/products/vmm/catalogue.ts
/**
 * vmm (Virtual Mail Manager): the releases the procedures reach, with the facts they use
 * (shared/research/products.md, sections 3 and 5). 0.6.x comes as a tarball of Python 2
 * code with the database scripts; 0.7.0 is Python 3 and comes as the distribution's
 * `vmm` package, on the 0.6.2 database layout of the Dovecot >= 1.2 flavour.
 */

const vmm_catalogue_catalogue = new products_catalogue/* Catalogue */.Q('vmm', [
    { version: '0.6.0', source: 'tarball', python: 2, date: '2012-06-28', dovecotUpdate: false, config: '/usr/local/etc/vmm.cfg' },
    { version: '0.6.1', source: 'tarball', python: 2, date: '2012-10-03', dovecotUpdate: true, config: '/usr/local/etc/vmm.cfg' },
    { version: '0.6.2', source: 'tarball', python: 2, date: '2014-02-01', dovecotUpdate: true, config: '/usr/local/etc/vmm.cfg' },
    {
        version: '0.7.0',
        source: 'package',
        python: 3,
        date: 'Debian bookworm/trixie 0.7.0-0.1, Ubuntu noble 0.7.0-0.2',
        dovecotUpdate: false,
        config: '/etc/vmm/vmm.cfg',
        note: "the distribution's vmm package"
    }
]);
/** Versions found on hosts that the procedures start from (0.4 is refused: 0.5.2 first). */
const STARTING_VERSIONS = ['0.5.2', '0.6.0', '0.6.1', '0.6.2'];
const catalogue_VERSION_NOTE = "vmm versions are 0.6.0, 0.6.1, 0.6.2 (release tarballs, Python 2) and 0.7.0 (the distribution's vmm package, Python 3); procedures work towards the newest release named.";

;// CONCATENATED MODULE: ./src/products/vmm/procedures.ts




const procedures_STEPS = 'products/vmm/steps';
const SQL = 'products/vmm/sql';
const procedures_COMMON = `${procedures_STEPS}/common.sh`;
const procedures_BACKUPS = '/var/backups/hostpanel-vmm/<run>';
const CONN = '-h <host> -p <port> -U <user> -d <name>';
function needsRelease({ options: o, release }, mode) {
    if (release.source === 'tarball' && !o['release-url'] && !o['release-path']) {
        throw new settings_settings/* InputError */.dz('release-url', `${mode} to vmm ${release.version} needs the release tarball: set release-url (https) or release-path (on the host) to vmm-${release.version}.tar.gz`);
    }
}
/** What every step sees: the target's facts and the inputs that are not secrets. */
function procedures_commonVars({ settings, options: o, release }, mode) {
    return {
        MODE: mode,
        FORCE: String(settings.force),
        TARGET_SOURCE: release.source,
        TARGET_HAS_DOVECOT_UPDATE: String(release.dovecotUpdate),
        RELEASE_URL: o['release-url'],
        RELEASE_PATH: o['release-path'],
        RELEASE_GIVEN: o['release-url'] || o['release-path'] ? 'yes' : 'no',
        PG_HOST_INPUT: o['pg-host'],
        PG_PORT_INPUT: o['pg-port'],
        PG_NAME_INPUT: o['pg-database'],
        PG_USER_INPUT: o['pg-user'],
        UPDATE_CONFIGS: o['update-configs'],
        PY3_COMPAT: o['python3-compat'],
        TEST_ADDRESS: o['test-address'],
        ...backupVars(settings, o)
    };
}
/** Secrets reach the host only through the run's 0600 secrets file. */
function procedures_secretVars(o) {
    const secrets = {};
    if (o['pg-password'])
        secrets.PG_PASSWORD = o['pg-password'];
    if (o['test-password'])
        secrets.TEST_PASSWORD = o['test-password'];
    return secrets;
}
/** A condition on a yes/no fact the preflight reports, described by what it stands for. */
function found(fact, describe) {
    return when.named(`${describe} (${fact})`, when.fact(fact, 'yes'));
}
/** What the target brings, known on the runner: holds or not whatever the host has. */
function targetHas(has, describe) {
    return { describe, holds: () => has };
}
/**
 * Which steps apply, from the raw facts the preflight reports (layout, flavour, Dovecot,
 * installed version and code) and the target: decided here only, for the run and the plan.
 */
function conditions(release) {
    const schema05 = when.named("the database has 0.5.2's layout (SCHEMA is 0.5)", when.fact('SCHEMA', '0.5'));
    const dovecotUpdate = when.named('the database has the managesieve flavour and Dovecot is >= 1.2.beta2', when.all(when.fact('FLAVOUR', 'managesieve'), when.fact('DOVECOT_SIEVE', 'yes'), targetHas(release.source === 'package' || release.dovecotUpdate, 'the target brings dovecot_update_v1.2+.pgsql')));
    const fix060 = when.named('vmm 0.6.0 is installed and the target is newer', when.all(when.fact('PREVIOUS_VERSION', '0.6.0'), when.crosses(release.version)));
    const layout = when.any(schema05, dovecotUpdate);
    const codeArrives = when.all(targetHas(release.source === 'package', "the target is the package"), when.not(when.fact('CODE', 'package')));
    const grants = when.named("the layout changes, or the package's code arrives", when.any(layout, codeArrives));
    const dbChanges = when.named('the database changes: 0.5.2 layout, 0.6.0 fixes, Dovecot >= 1.2 update or new grants', when.any(layout, fix060, grants));
    return {
        schema05,
        dovecotUpdate,
        fix060,
        grants,
        dbChanges,
        stop: when.named('the layout changes: from 0.5.2, or the Dovecot >= 1.2 update', layout),
        // 0.6.x: its code, or its SQL; 0.7.0: only the SQL of a 0.6.x release, for a layout change.
        needRelease: when.named('the release has work to do: the code or the database changes', release.source === 'tarball' ? when.any(when.not(when.fact('PREVIOUS_VERSION', release.version)), dbChanges) : layout),
        stale: found('STALE_CONFIGS', "Postfix or Dovecot files query 0.5.2's views"),
        py3Broken: found('VMM_PY3_BROKEN', "the package's code uses collections.Callable and python3 is >= 3.10")
    };
}
/**
 * The raw facts a host at a starting version and flavour reports, with Dovecot >= 1.2
 * (every current distribution), 0.5/0.6 code from a tarball, and 0.5.2's views still
 * queried by Postfix and Dovecot on a 0.5.2 host.
 */
function scenarioFacts(previous, flavour, compat) {
    return {
        PREVIOUS_VERSION: previous,
        SCHEMA: previous === '0.5.2' ? '0.5' : '0.6',
        FLAVOUR: flavour,
        CODE: 'tarball',
        DOVECOT_SIEVE: 'yes',
        STALE_CONFIGS: previous === '0.5.2' ? 'yes' : 'no',
        VMM_PY3_BROKEN: compat ? 'yes' : 'no'
    };
}
/** One runbook line per starting point: the steps whose conditions hold on its facts. */
function scenarios(steps, release, compat) {
    const starts = STARTING_VERSIONS.filter((v) => v !== release.version || release.source === 'tarball');
    return starts.flatMap((previous) => ['managesieve', 'sieve'].map((flavour) => {
        const facts = scenarioFacts(previous, flavour, compat);
        const crossed = vmm_catalogue_catalogue.versions(release).crossed(previous);
        const runs = steps.filter((s) => !s.when || s.when.holds({ facts, crossed })).map((s) => s.id);
        return `from ${previous} (${flavour}): ${runs.join(', ')}`;
    }));
}
function procedures_preflight({ release, options: o }, mode) {
    const python = release.python === 2
        ? "`python` is Python 2 with psycopg2 (what upgrade.sh, update_config.py, setup.py and vmm run); else refused: Debian 12 / Ubuntu 22.04+ have none, use 0.7.0"
        : `python3; apt-cache policy vmm offers 0.7.0; apt-get download vmm: its code checked for collections.Callable (gone since Python 3.10): refused unless python3-compat (${o['python3-compat']})`;
    return {
        id: 'preflight',
        title: 'Preflight: root, database, installed version and flavour, Python',
        check: `${procedures_STEPS}/preflight.sh`,
        assets: [procedures_COMMON],
        runbook: [
            `root; psql, pg_dump, pg_restore; connection: pg-host/pg-port/pg-database/pg-user inputs, else [database] of vmm.cfg (/root, /usr/local/etc, /etc; /etc/vmm for 0.7.0); password: the pg-password secret, else vmm.cfg → <run>/vmm.pgpass (0600, PGPASSFILE of every client)`,
            "layout: to_regclass('service_set') → 0.6, 'domain_data' → 0.5 (0.5.2), 'domains' → 0.4: refused (0.5.2 first); flavour: a managesieve or sieve column (users / service_set); Dovecot: dovecot --version",
            `installed: the vmm package (dpkg), else the VERSION of the VirtualMailManager package the vmm script imports (constants.py, 0.5: constants/VERSION.py) and vmm version, else the egg-info, else the layout → previous-version; where they disagree (with each other, or 0.5 code with a 0.6 layout) the database decides: 0.5 layout → 0.5.2, 0.6 layout with what only 0.6.0 leaves (accounts on the 'domain' transport, a dovecotpassword() without rows for inheriting accounts) → 0.6.0, else refused; ${mode === 'install' ? 'the database must have no vmm tables' : `a downgrade from a newer one is refused; ${release.version} itself runs only what is missing`}`,
            ...(mode === 'upgrade' ? ['when the database changes (a backup is taken): free space where the backups go (/var/backups/hostpanel-vmm, else the nearest folder above) for pg_database_size (the dump; a restore streams it into psql), and in the runner log-dir for its copy when within backup-download-limit, else refused saying what is needed and free'] : []),
            python,
            "Postfix *.cf and Dovecot SQL files that query 0.5.2's views (postfix_maildir/alias/transport/relocated/uid, dovecot_password/user): refused from 0.5.2 unless update-configs or force"
        ]
    };
}
function procedures_releaseStep({ options: o, release }, on) {
    const from = o['release-path'] ? `cp/tar -xf ${o['release-path']} (on the host)` : `curl -fsSL --proto =https ${o['release-url'] || '<release-url>'} (sha256 logged); tar -xf`;
    return {
        id: 'release',
        title: release.source === 'tarball' ? `Fetch vmm ${release.version}` : "Fetch a vmm 0.6.x release for its SQL",
        change: `${procedures_STEPS}/release.sh`,
        when: on.needRelease,
        assets: [procedures_COMMON],
        runbook: [
            `${from} into the run's folder; upgrade.sh and pgsql/ at its top; VERSION (VirtualMailManager) must be ${release.source === 'tarball' ? release.version : '0.6.2 or 0.6.1 (0.6.0 lacks dovecot_update_v1.2+.pgsql)'}`
        ]
    };
}
const servicesStop = (on) => ({
    id: 'services-stop',
    title: 'Stop Postfix and Dovecot',
    change: `${procedures_STEPS}/services-stop.sh`,
    undo: `${procedures_STEPS}/services-start.sh`,
    when: on.stop,
    assets: [procedures_COMMON],
    runbook: ['systemctl stop postfix dovecot (the layout changes under them); started again by services-start, or by the undo']
});
const procedures_backup = (on) => ({
    id: 'backup',
    title: 'Back up the database (pg_dump)',
    change: `${procedures_STEPS}/backup.sh`,
    undo: `${procedures_STEPS}/restore.sh`,
    when: on.dbChanges,
    assets: [procedures_COMMON, `${SQL}/drop-all.pgsql`],
    runbook: [
        `pg_dump -Fc ${CONN} -f ${procedures_BACKUPS}/vmm-<previous>-<name>.dump kept on the host (the backup-host output), copied into log-dir within backup-download-limit (the backup output); size and per-table rows in the report; each table's rows and a digest streamed over them (the sum of two 64-bit hashes of every row: any size, any row order) recorded while pg_dump runs`,
        `undo: BEGIN, drop-all.pgsql and pg_restore -f - <dump> streamed into psql -v ON_ERROR_STOP=1, COMMIT only after the whole dump; every table's rows and digest proven equal to the backup's`
    ]
});
const schemaUpdate = (on) => ({
    id: 'schema-update',
    title: 'vmm 0.5.2 → 0.6 database layout',
    change: `${procedures_STEPS}/schema-update.sh`,
    when: on.schema05,
    because: "vmm's 0.5.2 → 0.6 upgrade notes",
    assets: [procedures_COMMON, `${SQL}/optional-types.pgsql`],
    runbook: [
        `psql -v ON_ERROR_STOP=1 --single-transaction ${CONN} -f optional-types.pgsql -f <release>/pgsql/update_tables_0.5.x-0.6.pgsql   (FLAVOUR managesieve: Dovecot < 1.2)`,
        `psql -v ON_ERROR_STOP=1 --single-transaction ${CONN} -f optional-types.pgsql -f <release>/pgsql/update_tables_0.5.x-0.6-dovecot-1.2.x.pgsql   (FLAVOUR sieve)`,
        "optional-types.pgsql creates only the missing ones of the 7 types the script drops without IF EXISTS (reported); the vendor's file is run as it is"
    ]
});
const fixTransport = (on) => ({
    id: 'fix-transport',
    title: "0.6.0 fix: accounts on the 'domain' transport",
    change: `${procedures_STEPS}/fix-transport.sh`,
    when: on.fix060,
    because: "vmm's upgrade notes for 0.6.0",
    assets: [procedures_COMMON],
    runbook: ["psql -c \"UPDATE users SET tid = NULL WHERE tid = (SELECT tid FROM transport WHERE transport = 'domain')\" (rows changed in the report)"]
});
const fixPassword = (on) => ({
    id: 'fix-dovecotpassword',
    title: '0.6.0 fix: dovecotpassword() for accounts inheriting their services',
    change: `${procedures_STEPS}/fix-password.sh`,
    when: when.all(on.fix060, when.fact('FLAVOUR', 'managesieve')),
    because: "vmm's upgrade notes for 0.6.0, Dovecot < 1.2",
    assets: [procedures_COMMON, `${SQL}/dovecotpassword-0.6.0.pgsql`],
    runbook: ['psql -v ON_ERROR_STOP=1 --single-transaction -f dovecotpassword-0.6.0.pgsql (CREATE OR REPLACE FUNCTION dovecotpassword: the account\'s service set, else the domain\'s)']
});
const dovecotLayout = (on) => ({
    id: 'dovecot-layout',
    title: 'Dovecot ≥ 1.2 layout on a managesieve database',
    change: `${procedures_STEPS}/dovecot-layout.sh`,
    when: on.dovecotUpdate,
    because: "vmm's upgrade notes: Dovecot ≥ v1.2.beta2",
    assets: [procedures_COMMON],
    runbook: [`psql -v ON_ERROR_STOP=1 ${CONN} -f <release>/pgsql/dovecot_update_v1.2+.pgsql (its own BEGIN/COMMIT); the report counts the userquota_11 rows dropped (Dovecot recounts them)`]
});
function permissions(release, on) {
    const script = release.source === 'package' ? 'python3 /usr/share/doc/vmm/examples/pgsql/set-permissions.py' : 'python <release>/pgsql/set-permissions.py';
    return {
        id: 'permissions',
        title: 'Grant Postfix and Dovecot their database rights',
        change: `${procedures_STEPS}/permissions.sh`,
        when: on.grants,
        assets: [procedures_COMMON],
        runbook: [`setsid -w ${script} -H <host> -P <port> -n <name> -U <user> -D <dovecot user> -M <postfix user>   (-H only with a host; the password from PGPASSFILE, never -p; users from dovecot-sql.conf.ext and pgsql-*.cf)`]
    };
}
function configs(o, release, on) {
    const maps = release.source === 'package' ? '/usr/share/doc/vmm/examples/postfix' : '<release>/postfix';
    return {
        id: 'configs',
        title: "Rewrite Postfix and Dovecot queries on 0.5.2's views",
        check: `${procedures_STEPS}/configs-check.sh`,
        change: `${procedures_STEPS}/configs-rewrite.sh`,
        undo: `${procedures_STEPS}/configs-restore.sh`,
        when: on.stale,
        assets: [procedures_COMMON],
        runbook: [
            `only with update-configs: true (now ${o['update-configs']}); else the files are named in a warning`,
            `each file backed up (<file>.hostpanel-<run>, ${procedures_BACKUPS}/configs-before.tar.gz), diff -u in the log; Postfix: the query line from ${maps}/pgsql-<map>.cf; Dovecot: dovecotpassword('%Ln', '%Ld') / dovecotuser('%Ln', '%Ld') (dovecotquotauser with quota)`
        ]
    };
}
const servicesStart = (on) => ({
    id: 'services-start',
    title: 'Start Postfix and Dovecot',
    change: `${procedures_STEPS}/services-start.sh`,
    when: on.stop,
    assets: [procedures_COMMON],
    runbook: ['systemctl restart for those that ran (both if neither did); fails naming any that does not run']
});
function procedures_verify({ options: o, release }) {
    const address = o['test-address'];
    return {
        id: 'verify',
        title: 'Verify vmm, Postfix and Dovecot',
        check: `${procedures_STEPS}/verify.sh`,
        assets: [procedures_COMMON],
        runbook: [
            `vmm version (the one root's PATH finds) says ${release.version} → installed-version; postfix and dovecot active`,
            address
                ? `postmap -q ${address} pgsql:<file> for each pgsql table of virtual_mailbox_maps, virtual_alias_maps, transport_maps; as a mailbox: doveadm user ${address}${o['test-password'] ? `, doveadm auth test -x service=imap ${address} (password on stdin)` : ''}, vmm domaininfo / userinfo`
                : 'no test-address: postmap -q postmaster@hostpanel-verify.invalid on each of those pgsql tables (nothing found, but no lookup may error)'
        ]
    };
}
const vmmConfig = {
    id: 'vmm-config',
    title: "Fix what update_config.py leaves broken with Dovecot 2",
    check: `${procedures_STEPS}/vmm-config-check.sh`,
    change: `${procedures_STEPS}/vmm-config.sh`,
    undo: `${procedures_STEPS}/vmm-config-restore.sh`,
    assets: [procedures_COMMON],
    runbook: ['vmm.cfg: misc.dovecot_version → x.y.z of dovecot --version when it is not (vmm 0.6 refuses 2.3.19.1); bin.dovecotpw → doveadm when not executable; warned, diff in the log; the file before kept as vmm.cfg.hostpanel-<run> (undo: put back)']
};
/** What every upgrade does first, to a tarball or to the package: services stopped, the database backed up, then its layout changes and fixes (each only when its 'when' holds). */
function databaseSteps(on) {
    return [servicesStop(on), procedures_backup(on), schemaUpdate(on), fixTransport(on), fixPassword(on), dovecotLayout(on)];
}
function upgradeToTarball(context, on) {
    const { release } = context;
    return [
        ...databaseSteps(on),
        permissions(release, on),
        configs(context.options, release, on),
        servicesStart(on),
        {
            id: 'upgrade',
            title: `Run vmm ${release.version}'s upgrade.sh`,
            change: `${procedures_STEPS}/run-upgrade.sh`,
            undo: `${procedures_STEPS}/code-restore.sh`,
            when: when.crosses(release.version),
            assets: [procedures_COMMON],
            runbook: [
                `tar of the code (/usr/local/sbin/vmm, /usr/local/lib/python2*/*-packages/VirtualMailManager*) and vmm.cfg → ${procedures_BACKUPS}/vmm-code-before.tar.gz`,
                'cd <release> && ./upgrade.sh </dev/null   (update_config.py <dovecot version>, then setup.py install --prefix /usr/local); its R/M/N lines in the report; vmm version must then say the target (upgrade.sh does not report a failed setup.py)',
                'undo: the code and vmm.cfg back from that archive'
            ]
        },
        vmmConfig
    ];
}
function upgradeToPackage(context, on) {
    const { release } = context;
    return [
        ...databaseSteps(on),
        ...packageSteps(context, on),
        permissions(release, on),
        configs(context.options, release, on),
        servicesStart(on)
    ];
}
/** The package, the old code out of its way, vmm.cfg, the Python 3.10+ wrapper. */
function packageSteps({ options: o }, on) {
    const crossing = when.crosses('0.7.0');
    return [
        {
            id: 'package',
            title: "Install the distribution's vmm package",
            change: `${procedures_STEPS}/package.sh`,
            undo: `${procedures_STEPS}/package-remove.sh`,
            when: crossing,
            assets: [procedures_COMMON],
            runbook: [
                'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends vmm   (a recommended dovecot-lmtpd would turn on LMTP in Dovecot; dpkg\'s package list, the accounts and /etc/group- etc. recorded first)',
                'undo: exactly what it added, by dpkg then and now: new packages purged, those that had only configuration files back to that, the groups the postinst added (vmm, dovemail) deleted, /etc/group- etc. as before, /var/lib/vmm removed if new and without files'
            ]
        },
        {
            id: 'retire-old',
            title: 'Move the 0.5/0.6 code out of the way',
            change: `${procedures_STEPS}/retire-old.sh`,
            undo: `${procedures_STEPS}/code-restore.sh`,
            when: when.all(crossing, when.fact('CODE', 'tarball')),
            assets: [procedures_COMMON],
            runbook: [`tar /usr/local/sbin/vmm and /usr/local/lib/python2*/*-packages/VirtualMailManager* → ${procedures_BACKUPS}/vmm-code-before.tar.gz, then removed (they come first in root's PATH); the old vmm.cfg stays`]
        },
        {
            id: 'vmm-cfg',
            title: 'Carry the vmm.cfg settings into /etc/vmm/vmm.cfg',
            change: `${procedures_STEPS}/carry-config.sh`,
            undo: `${procedures_STEPS}/carry-restore.sh`,
            when: crossing,
            assets: [procedures_COMMON],
            runbook: [
                "the old vmm.cfg's mailbox/domain/account/bin/misc values (0.5.2 names mapped as update_config.py maps them) set in place in the package's file; [database] from this run's connection; misc.dovecot_version = x.y.z of Dovecot; mode 0640, as 0.7.0 demands"
            ]
        },
        {
            id: 'python3-compat',
            title: 'python3-compat: the collections.Callable wrapper for vmm 0.7.0',
            check: `${procedures_STEPS}/compat-check.sh`,
            change: `${procedures_STEPS}/compat-shim.sh`,
            undo: `${procedures_STEPS}/compat-remove.sh`,
            when: on.py3Broken,
            because: 'vmm 0.7.0 on Python ≥ 3.10',
            assets: [procedures_COMMON],
            runbook: [`only with python3-compat: true (now ${o['python3-compat']}; without it the preflight refuses): /usr/local/sbin/vmm, a Python wrapper that sets collections.Callable = collections.abc.Callable and runs /usr/sbin/vmm; the package's files untouched; undo: the wrapper removed`]
        }
    ];
}
function procedures_upgrade(context) {
    needsRelease(context, 'upgrade');
    const on = conditions(context.release);
    const steps = [procedures_preflight(context, 'upgrade'), procedures_releaseStep(context, on), ...(context.release.source === 'tarball' ? upgradeToTarball(context, on) : upgradeToPackage(context, on)), procedures_verify(context)];
    steps[0].runbook?.push(`which steps run, by what the host has (Dovecot >= 1.2 assumed${context.release.source === 'package' ? '; python3-compat only where Python >= 3.10 needs it' : ''}):`, ...scenarios(steps, context.release, context.options['python3-compat'] === 'true').map((l) => `  ${l}`));
    return {
        product: 'vmm',
        name: 'upgrade',
        title: `vmm ${context.release.version} upgrade`,
        versions: vmm_catalogue_catalogue.versions(context.release),
        vars: procedures_commonVars(context, 'upgrade'),
        secrets: procedures_secretVars(context.options),
        steps
    };
}
function procedures_install(context) {
    needsRelease(context, 'install');
    const { release } = context;
    const on = conditions(release);
    const createDb = {
        id: 'create-db',
        title: "Create vmm's tables",
        change: `${procedures_STEPS}/create-db.sh`,
        undo: `${procedures_STEPS}/drop-created.sh`,
        assets: [procedures_COMMON, `${SQL}/drop-all.pgsql`],
        runbook: [
            release.source === 'package'
                ? '/usr/share/doc/vmm/examples/pgsql/create_tables.pgsql'
                : '<release>/pgsql/create_tables-dovecot-1.2.x.pgsql (Dovecot ≥ 1.2), else create_tables.pgsql',
            `psql ${CONN} -v ON_ERROR_ROLLBACK=on -c BEGIN -f <script> -c ROLLBACK: the only error allowed is CREATE LANGUAGE plpgsql (built in since PostgreSQL 9.0); then the same with COMMIT. The vendor's file is run as it is`
        ]
    };
    const steps = release.source === 'tarball'
        ? [
            procedures_preflight(context, 'install'),
            procedures_releaseStep(context, on),
            createDb,
            { ...permissions(release, on), when: undefined },
            {
                id: 'install',
                title: `Run vmm ${release.version}'s install.sh`,
                change: `${procedures_STEPS}/install-tarball.sh`,
                undo: `${procedures_STEPS}/install-restore.sh`,
                assets: [procedures_COMMON],
                runbook: [
                    'cd <release> && ./install.sh </dev/null (code under /usr/local, vmm.cfg to /usr/local/etc unless there, pgsql-*.cf into Postfix\'s folder: those it replaces kept first, and their hosts/user/password/dbname carried into the release\'s); vmm version must say the target',
                    'undo: the code and vmm.cfg as before (none on a first install), the replaced pgsql-*.cf back, the added ones removed'
                ]
            },
            { id: 'db-config', title: 'Database settings into vmm.cfg', change: `${procedures_STEPS}/db-config.sh`, assets: [procedures_COMMON], runbook: ['[database] host, port, name, user, pass of this run set in vmm.cfg; 0600'] },
            vmmConfig,
            procedures_verify(context)
        ]
        : [
            procedures_preflight(context, 'install'),
            ...packageSteps(context, on).filter((s) => s.id !== 'retire-old'),
            createDb,
            { ...permissions(release, on), when: undefined },
            {
                id: 'postfix-maps',
                title: "The package's Postfix maps",
                check: `${procedures_STEPS}/postfix-maps-check.sh`,
                change: `${procedures_STEPS}/postfix-maps.sh`,
                assets: [procedures_COMMON],
                runbook: ["/usr/share/doc/vmm/examples/postfix/pgsql-*.cf → Postfix's folder where absent (root:postfix 0640), dbname and hosts of this run; their password is named in a warning"]
            },
            procedures_verify(context)
        ];
    return {
        product: 'vmm',
        name: 'install',
        title: `vmm ${release.version} install`,
        versions: vmm_catalogue_catalogue.versions(release),
        vars: procedures_commonVars(context, 'install'),
        secrets: procedures_secretVars(context.options),
        steps
    };
}
function procedures_verifyOnly(context) {
    return {
        product: 'vmm',
        name: 'verify',
        title: `vmm ${context.release.version} verify`,
        versions: vmm_catalogue_catalogue.versions(context.release),
        vars: { TEST_ADDRESS: context.options['test-address'] },
        secrets: procedures_secretVars({ 'test-password': context.options['test-password'] }),
        steps: [procedures_verify(context)]
    };
}
const vmmModes = {
    install: { kind: 'host', summary: "create vmm's tables on an empty database, install the release (install.sh) or the package, grant, verify", procedure: procedures_install },
    upgrade: { kind: 'host', summary: 'back up the database, bring it to the target layout strictly, grant, upgrade the code (upgrade.sh or the package), verify; restore and prove it on failure', procedure: procedures_upgrade },
    verify: { kind: 'host', summary: 'verify vmm, Postfix and Dovecot, and a test address through their real lookups (nightly use)', procedure: procedures_verifyOnly }
};

;// CONCATENATED MODULE: ./src/products/vmm/product.ts
/**
 * vmm (Virtual Mail Manager): a command line tool over a PostgreSQL database that Postfix
 * and Dovecot read. Upgrades 0.5.2 / 0.6.x to a 0.6.x release or to 0.7.0 (the
 * distribution's package), installs, verifies (procedures.ts). No web panel.
 */




const SQL_NAME = /^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/;
const vmm_product_options = [
    releaseUrl,
    releasePath,
    {
        name: 'pg-host',
        description: "install/upgrade: the PostgreSQL server of vmm's database; default: [database] host of vmm.cfg (empty: the local socket); without a vmm.cfg, localhost (what vmm's own vmm.cfg says).",
        accepts: 'a host name or IP address',
        valid: isHost
    },
    {
        name: 'pg-port',
        description: 'install/upgrade: its port; default: [database] port of vmm.cfg, else 5432.',
        accepts: '1-65535',
        valid: isPort
    },
    {
        name: 'pg-database',
        description: "install/upgrade: vmm's database; default: [database] name of vmm.cfg, else mailsys.",
        accepts: 'a PostgreSQL database name',
        valid: (v) => SQL_NAME.test(v)
    },
    {
        name: 'pg-user',
        description: 'install/upgrade: the database user that owns it (the scripts run as that user); default: [database] user of vmm.cfg, else vmm.',
        accepts: 'a PostgreSQL user name',
        valid: (v) => SQL_NAME.test(v)
    },
    {
        name: 'pg-password',
        description: "install/upgrade: that user's password (a secret; it reaches psql, pg_dump and set-permissions.py only through a 0600 PGPASSFILE); default: [database] pass of vmm.cfg.",
        accepts: 'the password (one line)',
        secret: true,
        // eslint-disable-next-line no-control-regex -- a control character never belongs in a password line
        valid: (v) => /^[^\u0000-\u001f]{1,256}$/.test(v)
    },
    {
        name: 'update-configs',
        description: "upgrade from 0.5.2: rewrite the Postfix pgsql-*.cf and Dovecot SQL files that query 0.5.2's views to the release's queries (backed up, diff in the log); false refuses such an upgrade before any change (force: warn).",
        default: 'false',
        ...trueOrFalse
    },
    {
        name: 'python3-compat',
        description: "0.7.0: on Python 3.10 or later (Debian 12), where the package's code dies on collections.Callable, install /usr/local/sbin/vmm, a wrapper that puts that one name back and runs /usr/sbin/vmm; the package's files are not touched. false refuses before any change.",
        default: 'false',
        ...trueOrFalse
    },
    {
        name: 'test-address',
        description: "verify (and the verify step of install/upgrade): an address of vmm's database that must resolve through Postfix (postmap -q) and Dovecot (doveadm user), and that vmm userinfo shows.",
        accepts: 'an e-mail address',
        valid: (v) => /^[^@\s'"\\$`]{1,64}@[A-Za-z0-9.-]{1,253}$/.test(v)
    },
    {
        name: 'test-password',
        description: "test-address's password (a secret): Dovecot must accept it (doveadm auth test, the password on stdin).",
        accepts: 'the password (one line)',
        secret: true,
        // eslint-disable-next-line no-control-regex -- a control character never belongs in a password line
        valid: (v) => /^[^\u0000-\u001f]{1,256}$/.test(v)
    },
    backupDownloadLimit
];
const vmm = {
    id: 'vmm',
    title: 'vmm',
    catalogue: vmm_catalogue_catalogue,
    versionNote: catalogue_VERSION_NOTE,
    options: vmm_product_options,
    modes: vmmModes,
    noPanel: 'vmm is a command line tool over a PostgreSQL database that Postfix and Dovecot read; it has no web panel',
    outputs: ['installed-version', 'previous-version', 'backup', 'backup-host']
};

;// CONCATENATED MODULE: ./src/products/registry.ts
/** The products this release can run, chosen by the `product` input, and their inputs for the docs. */





const AVAILABLE = {
    ispmanager: ispmanager,
    imscp: imscp,
    vmm: vmm
};
function products() {
    return Object.values(AVAILABLE);
}
function getProduct(id) {
    const product = AVAILABLE[id];
    if (!product) {
        const available = Object.keys(AVAILABLE).join(', ');
        throw new settings_settings/* InputError */.dz('product', `${id} is part of the plan but has no procedures in this release yet; available now: ${available}`);
    }
    return product;
}
/**
 * Every input of the action: the common ones, then each product option once, listing
 * every product that reads it (an option several products share must mean the same).
 */
function allInputs() {
    const merged = new Map();
    for (const product of products()) {
        for (const option of product.options) {
            const known = merged.get(option.name);
            if (known) {
                if (known.secret !== option.secret || known.description !== option.description) {
                    throw new Error(`input '${option.name}' is declared differently by ${known.products?.join(', ')} and ${product.id}`);
                }
                known.products?.push(product.id);
            }
            else {
                merged.set(option.name, { name: option.name, description: option.description, accepts: option.accepts, default: option.default, secret: option.secret, multiline: option.multiline, products: [product.id], actionDefault: option.default ?? '' });
            }
        }
    }
    return [...COMMON_INPUTS, ...merged.values()];
}
/** Input names whose values are secrets, of every product: masked and blanked whatever runs. */
function secretInputNames() {
    return allInputs()
        .filter((i) => i.secret)
        .map((i) => i.name);
}

;// CONCATENATED MODULE: ./src/report/probe.ts
/**
 * Asks for the panel URL from the runner itself: the host checked it from the inside;
 * this says whether the workflow's side of the network reaches it too. The request goes
 * to the address the host reported the panel at (PANEL_ADDRESS), with the URL's name as
 * Host header and TLS server name: the runner never resolves the panel's name (which
 * may exist only in the panel's own configuration). Panels ship self-signed
 * certificates, so the certificate is not checked here.
 * node:http and node:https are loaded here, when a panel is asked, not at start: loading
 * them costs every run about 20 ms before it can connect to its host.
 */

async function probeFromRunner(url, address, timeoutMs = 10_000) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        return 'not asked from the runner: not a URL';
    }
    const name = target.hostname.replace(/^\[|\]$/g, '');
    const connectTo = (0,external_node_net_namespaceObject.isIP)(name) ? name : address && (0,external_node_net_namespaceObject.isIP)(address) ? address : undefined;
    if (!connectTo)
        return 'not asked from the runner: the host reported no address for the panel';
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
        return `not asked from the runner: ${target.protocol} is not http(s)`;
    const { request: send } = target.protocol === 'https:' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    return new Promise((resolve) => {
        const req = send({
            host: connectTo,
            port: target.port || (target.protocol === 'https:' ? 443 : 80),
            path: `${target.pathname}${target.search}`,
            method: 'GET',
            headers: { Host: target.host },
            servername: (0,external_node_net_namespaceObject.isIP)(name) ? undefined : name,
            rejectUnauthorized: false,
            timeout: timeoutMs
        }, (response) => {
            response.resume();
            resolve(`answered HTTP ${response.statusCode} at ${connectTo}`);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
        req.on('error', (error) => resolve(`not reachable from the runner at ${connectTo} (${error.message})`));
        req.end();
    });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/settings/ssh-key.ts
/**
 * The `ssh-key` input, checked on the runner before anything connects: normalised where
 * that cannot change the key (CRLF, indentation, text pasted before the BEGIN line), then
 * parsed by the system's own `ssh-keygen`, which names its type and tells an encrypted
 * key from a broken one.
 */




const BEGIN = /^-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----$/;
const END = /^-----END ([A-Z0-9 ]*PRIVATE KEY)-----$/;
class KeyProblem extends Error {
}
/** The key text as ssh reads it, or a KeyProblem saying what is wrong with what was pasted. */
function normaliseKey(value) {
    const lines = value.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim());
    const begin = lines.findIndex((line) => BEGIN.test(line));
    if (begin < 0)
        throw new KeyProblem("is not a private key: no '-----BEGIN … PRIVATE KEY-----' line; paste the whole key file, BEGIN and END lines included");
    const end = lines.findIndex((line, index) => index > begin && END.test(line));
    if (end < 0)
        throw new KeyProblem("is not a whole private key: its '-----END … PRIVATE KEY-----' line is missing");
    if (lines.slice(end + 1).some((line) => line !== ''))
        throw new KeyProblem('has text after its END line; paste the key file alone');
    if (BEGIN.exec(lines[begin])?.[1] !== END.exec(lines[end])?.[1])
        throw new KeyProblem('has BEGIN and END lines of different kinds; paste the key file as it is');
    const body = lines.slice(begin, end + 1).filter((line, index, all) => line !== '' || (index > 0 && all[index - 1].includes(':')));
    return `${body.join('\n')}\n`;
}
/** Parses the key with `ssh-keygen -y` from a 0600 file; resolves to its public key type (ssh-ed25519...). */
function checkKey(key) {
    // RUNNER_TEMP, like the session's key file: a self-hosted runner's /tmp outlives the job.
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'hostpanel-key-'));
    try {
        const file = (0,external_node_path_.join)(dir, 'key');
        (0,external_node_fs_.writeFileSync)(file, key, { mode: 0o600 });
        const result = (0,external_node_child_process_namespaceObject.spawnSync)('ssh-keygen', ['-y', '-P', '', '-f', file], { encoding: 'utf8', timeout: 30_000 });
        if (result.error)
            throw new KeyProblem(`cannot be checked: ssh-keygen did not run (${result.error.message}); install the OpenSSH client on the runner`);
        if (result.status !== 0) {
            if (/passphrase/i.test(result.stderr))
                throw new KeyProblem('is protected by a passphrase, which the action cannot type; use a key without one (ssh-keygen -p -N "" -f KEYFILE removes it from a copy)');
            throw new KeyProblem(`is not a private key ssh can read (ssh-keygen: ${result.stderr.replace(/.*:\s*/s, '').trim() || `exit ${result.status}`}); paste the whole key file`);
        }
        const type = result.stdout.split(' ')[0];
        if (!/^(ssh|ecdsa|sk)-[a-z0-9@.-]+$/.test(type))
            throw new KeyProblem('is not a private key ssh can read (ssh-keygen printed no public key)');
        return type;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/settings/values.ts
/**
 * Checks of input values that do not depend on the product registry, so that the
 * check-plugin sub-action reads its inputs exactly as the main action does without
 * bundling every product (moved here from input-helper.ts).
 */




/** A value as an error message may show it: short, and only ever printable. */
function shown(value) {
    const printable = value.replace(/[^\x20-\x7e]/g, '?');
    return printable.length > 80 ? `${printable.slice(0, 80)}…` : printable;
}
// eslint-disable-next-line no-control-regex -- control and invisible (zero-width, bidi) characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;
// eslint-disable-next-line no-control-regex -- in several lines, only line breaks and tabs (indentation) are allowed
const CONTROL_BUT_NEWLINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;
/**
 * What no input accepts: control characters (line breaks too, except in the inputs of
 * several lines, whose CRLF becomes LF and where tabs may indent) and, in one-line inputs,
 * spaces around the value. Returns the value to use.
 */
function checkValue(doc, value) {
    const name = doc.name;
    if (value === '')
        return value;
    const accepts = `use ${doc.accepts}`;
    if (doc.multiline) {
        if (CONTROL_BUT_NEWLINE.test(value))
            throw new settings_settings/* InputError */.dz(name, `contains a control or invisible character other than a line break; ${accepts}`);
        return value.replace(/\r\n?/g, '\n');
    }
    if (CONTROL.test(value))
        throw new settings_settings/* InputError */.dz(name, `contains a line break, or another control or invisible character; ${accepts} (one line)`);
    if (value.trim() !== value)
        throw new settings_settings/* InputError */.dz(name, `has spaces around its value; remove them and ${accepts}`);
    return value;
}
/** A product option's value, its default applied, checked by the option itself, in its normal form. */
function optionValue(spec, given) {
    const value = given || spec.default || '';
    if (value !== '' && !spec.valid(value)) {
        throw new settings_settings/* InputError */.dz(spec.name, spec.secret || urlCredentials(value) ? `is not accepted; use ${spec.accepts}` : `'${shown(value)}' is not accepted; use ${spec.accepts}`);
    }
    const refused = value === '' || spec.secret ? undefined : spec.refuses?.(value);
    if (refused)
        throw new settings_settings/* InputError */.dz(spec.name, `'${shown(value)}' is not accepted: it is ${refused}; use ${spec.accepts}`);
    return value !== '' && spec.normalise ? spec.normalise(value) : value;
}
const MAX_LOG_DIR = 1024;
const SYSTEM_TREES = ['/proc', '/sys', '/dev'];
/** The deepest part of `dir` that exists, with its symbolic links resolved. */
function existingReal(dir) {
    let probe = dir;
    while (!(0,external_node_fs_.existsSync)(probe))
        probe = external_node_path_.dirname(probe);
    return external_node_path_.join((0,external_node_fs_.realpathSync)(probe), external_node_path_.relative(probe, dir));
}
/** Checks and creates the log folder before anything connects; errors name the input. */
function prepareLogDir(given) {
    const fail = (why) => {
        throw new settings_settings/* InputError */.dz('log-dir', `'${shown(given)}' ${why}; use a writable folder path of at most ${MAX_LOG_DIR} characters, not under /proc, /sys or /dev`);
    };
    // action.yml's default as text: a runner would have filled in ${{ runner.temp }}.
    if (given.includes('${{'))
        fail('holds an expression no runner evaluated');
    const dir = external_node_path_.resolve(given);
    if (dir.length > MAX_LOG_DIR)
        fail(`is ${dir.length} characters long`);
    if (dir.split('/').some((part) => Buffer.byteLength(part) > 255))
        fail('has a name longer than 255 bytes');
    const real = existingReal(dir);
    const tree = SYSTEM_TREES.find((root) => real === root || real.startsWith(`${root}/`));
    if (tree)
        fail(`is under ${tree}, a system tree`);
    if ((0,external_node_fs_.existsSync)(dir) && !(0,external_node_fs_.statSync)(dir).isDirectory())
        fail('exists and is not a folder');
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch (error) {
        fail(`cannot be created or written (${error.code ?? 'error'})`);
    }
    return dir;
}

;// CONCATENATED MODULE: ./src/settings/input-helper.ts
/**
 * Turns the raw action inputs into one typed Settings object. Every rejection names the
 * input and what it accepts, and happens before anything connects or changes.
 *
 * Inputs are read exactly as given (core.getInput without its trimming): a value with a
 * line break or another control character, or with spaces around it, is refused rather
 * than repaired, so that what runs is what the workflow says.
 */









/** The input untrimmed: trimming would hide a trailing line break, which is refused instead. */
function rawInput(name) {
    return getInput(name, { trimWhitespace: false });
}
/**
 * Every secret input of every product is masked and blanked, whatever this run uses; so
 * are credentials written into any input's URL. Runs before any input is checked, so that
 * no error message can show them.
 */
function registerSecrets(read = rawInput) {
    for (const name of secretInputNames())
        secrets.add(read(name));
    for (const input of allInputs()) {
        const credentials = urlCredentials(read(input.name));
        if (!credentials)
            continue;
        // Quoting for a shell may split user:password, so the password is blanked on its own too.
        const password = credentials.slice(credentials.indexOf(':') + 1);
        for (const value of [read(input.name), credentials, password]) {
            secrets.add(value);
            secrets.add(decodeURIComponentSafe(value));
        }
    }
}
function decodeURIComponentSafe(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * Wraps a reader so that every value is checked for what no input accepts: control
 * characters (line breaks too, except in the inputs of several lines, whose CRLF becomes
 * LF and where tabs may indent) and, in one-line inputs, spaces around the value.
 */
function checkedReader(read) {
    const docs = new Map(allInputs().map((doc) => [doc.name, doc]));
    return (name) => {
        const value = read(name);
        const doc = docs.get(name);
        return doc ? checkValue(doc, value) : value;
    };
}
function input_helper_oneOf(input, value, allowed) {
    if (!allowed.includes(value)) {
        throw new settings_settings/* InputError */.dz(input, `'${shown(value)}' is not accepted; use one of: ${allowed.join(', ')}`);
    }
    return value;
}
function input_helper_boolean(input, value, fallback) {
    if (value === '')
        return fallback;
    if (BOOLEANS.true.includes(value))
        return true;
    if (BOOLEANS.false.includes(value))
        return false;
    throw new settings_settings/* InputError */.dz(input, `'${shown(value)}' is not accepted; use true or false (also True, TRUE, False, FALSE)`);
}
function minutes(input, value, fallback) {
    if (value === '')
        return fallback;
    if (!isWholeNumber(value, 1, 1440)) {
        throw new settings_settings/* InputError */.dz(input, `'${shown(value)}' is not accepted; use whole minutes from 1 to 1440 (digits only: no sign, spaces or leading zero)`);
    }
    return Number(value);
}
function port(input, value) {
    if (!isPort(value))
        throw new settings_settings/* InputError */.dz(input, `'${shown(value)}' is not accepted; use a TCP port from 1 to 65535 (digits only: no sign, spaces or leading zero)`);
    return Number(value);
}
function parseJumpHost(value) {
    if (value === '')
        return undefined;
    const match = /^(?:([^@]+)@)?([^:@[\]]+|\[[0-9a-f:.]+\])(?::([^:]*))?$/i.exec(value);
    const [, user, rawHost, rawPort] = match ?? [];
    const bracketed = rawHost?.startsWith('[') ?? false;
    const host = bracketed ? rawHost.slice(1, -1) : (rawHost ?? '');
    if (!match || !isHost(host) || bracketed !== host.includes(':') || (user !== undefined && !isUserName(user))) {
        throw new settings_settings/* InputError */.dz('jump-host', `'${shown(value)}' is not accepted; use [user@]host[:port] with a plain host name or IP address, an IPv6 address in brackets ([2001:db8::1]:22)`);
    }
    const special = specialAddress(host);
    if (special)
        throw new settings_settings/* InputError */.dz('jump-host', `'${shown(value)}' is not accepted: ${host} is ${special}; use [user@]host[:port] with the jump host's own address or name`);
    return { host, user, port: rawPort === undefined ? undefined : port('jump-host', rawPort) };
}
/** With `planning`, nothing will connect: the key and host key may be left out. */
function readTarget(read, planning, what) {
    const host = read('host');
    if (host === '') {
        throw new settings_settings/* InputError */.dz('host', `is empty, and ${what} works on a host; set it to the host's name or IP address, or to '${settings_settings/* RUNNER_HOST */.Od}' to work on the runner itself (a 'host: \${{ secrets.X }}' whose secret is unset is empty)`);
    }
    if (host === settings_settings/* RUNNER_HOST */.Od)
        return { kind: 'local' };
    const special = specialAddress(host);
    if (special)
        throw new settings_settings/* InputError */.dz('host', `'${shown(host)}' is not accepted: it is ${special}; use '${settings_settings/* RUNNER_HOST */.Od}' to work on the runner itself, or the host's own address or name`);
    if (!isHost(host)) {
        throw new settings_settings/* InputError */.dz('host', `'${shown(host)}' is not accepted; use '${settings_settings/* RUNNER_HOST */.Od}', a host name (RFC 1123: ASCII letters, digits, '-' and '.', no trailing dot), a dotted-quad IPv4 address or an IPv6 address without zone or brackets`);
    }
    const user = read('user') || 'root';
    if (!isUserName(user))
        throw new settings_settings/* InputError */.dz('user', `'${shown(user)}' is not accepted; use a login name such as root or deploy (lower-case letters, digits, '_' and '-', not starting with '-')`);
    const key = readKey(read('ssh-key'), planning);
    const knownHosts = read('known-hosts');
    if (knownHosts !== '' && !isKnownHosts(knownHosts)) {
        throw new settings_settings/* InputError */.dz('known-hosts', "is not in known_hosts format ('host keytype key' lines, as ssh-keyscan prints them)");
    }
    const hostFingerprint = read('host-fingerprint');
    if (hostFingerprint !== '' && !isSshFingerprint(hostFingerprint)) {
        throw new settings_settings/* InputError */.dz('host-fingerprint', `'${shown(hostFingerprint)}' is not accepted; use SHA256:… as 'ssh-keygen -lf' prints it`);
    }
    const skipHostKeyCheck = input_helper_boolean('insecure-skip-host-key-check', read('insecure-skip-host-key-check'), false);
    const jumpHost = parseJumpHost(read('jump-host'));
    if (!knownHosts && !hostFingerprint && !skipHostKeyCheck && !planning) {
        throw new settings_settings/* InputError */.dz('known-hosts', "the host key must be verified: set 'known-hosts' or 'host-fingerprint' (or, only for throw-away hosts, 'insecure-skip-host-key-check: true')");
    }
    if (hostFingerprint && jumpHost && !knownHosts) {
        throw new settings_settings/* InputError */.dz('host-fingerprint', "cannot be checked through a jump host; give 'known-hosts' lines for both hosts instead");
    }
    return {
        kind: 'ssh',
        host,
        port: port('port', read('port') || '22'),
        user,
        key,
        knownHosts: knownHosts || undefined,
        hostFingerprint: hostFingerprint || undefined,
        skipHostKeyCheck,
        jumpHost
    };
}
/** The key as ssh will read it, checked with ssh-keygen; '' only when planning without one. */
function readKey(raw, planning) {
    if (raw === '') {
        if (planning)
            return '';
        throw new settings_settings/* InputError */.dz('ssh-key', `a private key is required when 'host' is a remote host (the text of an OpenSSH private key without passphrase, from a secret)`);
    }
    try {
        const key = normaliseKey(raw);
        checkKey(key);
        return key;
    }
    catch (error) {
        if (error instanceof KeyProblem)
            throw new settings_settings/* InputError */.dz('ssh-key', error.message);
        throw error;
    }
}
function getSettings(raw = rawInput) {
    const read = checkedReader(raw);
    const productId = input_helper_oneOf('product', read('product'), settings_settings/* PRODUCTS */.zv);
    const product = getProduct(productId);
    const version = read('version');
    if (version === '')
        throw new settings_settings/* InputError */.dz('version', `is required; ${product.title} releases in the catalogue: ${product.catalogue.describe()}. ${product.versionNote}`);
    const releases = product.catalogue.resolve(version);
    const modes = Object.keys(product.modes);
    const mode = input_helper_oneOf('mode', read('mode') || 'install', [...modes, settings_settings/* PLAN */.Ac]);
    const procedure = mode === settings_settings/* PLAN */.Ac ? input_helper_oneOf('plan-for', read('plan-for') || 'install', modes) : mode;
    const onRunner = product.modes[procedure].kind === 'runner';
    const options = {};
    const secretOptions = [];
    for (const spec of product.options) {
        const value = optionValue(spec, read(spec.name));
        options[spec.name] = value;
        if (spec.secret && value !== '')
            secretOptions.push(spec.name);
    }
    for (const spec of product.options) {
        const other = product.options.find((o) => o.name === spec.notWith);
        if (other && options[spec.name] !== '' && options[other.name] !== '') {
            throw new settings_settings/* InputError */.dz(spec.name, `and '${other.name}' are both set, and only one is used; give either ${other.name} (${other.accepts}) or ${spec.name} (${spec.accepts})`);
        }
    }
    // An input of another product is a mistake worth stopping for (a copied workflow, a wrong product).
    // action.yml's default of another product's input reaches every run: that is not a mistake.
    for (const input of allInputs()) {
        if (input.products && !input.products.includes(productId) && read(input.name) !== '' && read(input.name) !== input.actionDefault) {
            throw new settings_settings/* InputError */.dz(input.name, `is an input of ${input.products.join(', ')}; product ${productId} does not read it (remove it, or check 'product')`);
        }
    }
    let target;
    if (onRunner) {
        for (const name of ['host', 'ssh-key', 'jump-host']) {
            if (read(name) !== '')
                throw new settings_settings/* InputError */.dz(name, `${product.title} ${procedure} runs on the runner, on files of the workspace, and takes no host; remove '${name}'`);
        }
    }
    else {
        target = readTarget(read, mode === settings_settings/* PLAN */.Ac, `${product.title} ${procedure}`);
    }
    const timeoutMinutes = minutes('timeout', read('timeout'), 90);
    const lockTimeoutMinutes = minutes('lock-timeout', read('lock-timeout'), 10);
    const force = input_helper_boolean('force', read('force'), false);
    const logDir = prepareLogDir(read('log-dir') || external_node_path_.join(process.env.RUNNER_TEMP || process.cwd(), 'hostpanel-logs'));
    return {
        product: productId,
        version,
        release: releases[releases.length - 1].version,
        releases: releases.map((r) => r.version),
        mode,
        procedure,
        target,
        timeoutMinutes,
        lockTimeoutMinutes,
        logDir,
        force,
        options,
        secretOptions
    };
}

;// CONCATENATED MODULE: ./src/state-helper.ts
/** What the main step leaves for the post step (which runs even when main was killed). */

const KEY = 'hostpanel-run';
function saveRunState(state) {
    saveState(KEY, JSON.stringify(state));
}
function loadRunState() {
    const raw = core.getState(KEY);
    return raw ? JSON.parse(raw) : undefined;
}

;// CONCATENATED MODULE: ./src/task.ts
/**
 * A runner-side task (a product mode of kind 'runner', such as check-plugin): no host, no
 * lock, no root. Apart from run.ts so that the check-plugin sub-action bundles it without the
 * host engine.
 */







function newRunId() {
    const run = process.env.GITHUB_RUN_ID ?? 'local';
    const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1';
    return `${run}-${attempt}-${(0,external_node_crypto_namespaceObject.randomBytes)(3).toString('hex')}`.replace(/[^A-Za-z0-9._-]/g, '_');
}
/** What a task would do, as `mode: plan` prints it. */
function taskRunbook(product, procedure, mode, context) {
    return [`${product.title} ${procedure} on the runner (no host, no lock, no root): what would run`, ...mode.runbook(context).map((l) => `  ${l}`)];
}
async function runTask(settings, product, mode, context) {
    const logDir = (0,external_node_path_.join)(settings.logDir, `${settings.product}-${settings.procedure}-${newRunId()}`);
    (0,external_node_fs_.mkdirSync)(logDir, { recursive: true });
    const started = Date.now();
    const outcome = await mode.run({ ...context, logDir });
    const checked = checkOutputs(outcome.outputs, logDir, Object.fromEntries(Object.keys(outcome.outputs).map((name) => [name, `${product.title} ${settings.procedure}'s ${name}`])));
    const reportPath = writeJson((0,external_node_path_.join)(logDir, 'report.json'), {
        product: settings.product,
        version: settings.version,
        releases: settings.releases,
        procedure: settings.procedure,
        target: 'the runner',
        status: outcome.status,
        changed: false,
        outputs: checked.outputs,
        refusedOutputs: checked.refused,
        failure: outcome.failure,
        details: outcome.details,
        logDir,
        durationMs: Date.now() - started
    });
    annotations.place(reportPath);
    setOutputs({ ...checked.outputs, status: outcome.status, changed: 'false', 'log-dir': logDir, report: reportPath }, logDir);
    warnRefused(checked.refused);
    await writeSummary((summary) => {
        summary.addHeading(html(`${product.title} ${settings.procedure} (${settings.version}): ${outcome.status}`), 2);
        summary.addRaw(`<p>${headlineStart(outcome.status, `${product.title} ${settings.procedure} ${settings.version}`, 'the runner')} · ${seconds(Date.now() - started)}</p>`, true);
        outcome.summary(summary);
        summary.addRaw(`<p>Logs: ${html(logDir)} (report: ${html(reportPath)}); on the runner only: ${LOGS_HINT}</p>`, true);
    });
    if (outcome.status === 'failed') {
        annotations.annotate('error', safeLine(`${outcome.failure ?? 'failed'} (report: ${reportPath})`), { title: `${product.title} ${settings.procedure} failed` }, true);
        process.exitCode = 1;
    }
}

;// CONCATENATED MODULE: ./src/targets/session.ts

/** Reads the driver's code from stdin (8 hex digits of length, then the code) and runs it. */
const BOOT = 'binmode STDIN; my ($h, $c) = ("", ""); while (length $h < 8) { sysread(STDIN, $h, 8 - length $h, length $h) or exit 97 } ' +
    'my $n = hex $h; while (length $c < $n) { sysread(STDIN, $c, $n - length $c, length $c) or exit 97 } eval $c; die $@ if $@; exit 0';
/** The command that starts the driver on the host (as root: callers add sudo). */
const DRIVER_COMMAND = ['perl', '-e', BOOT];
function session_frame(type, payload) {
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const head = Buffer.alloc(5);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(body.length, 1);
    return Buffer.concat([head, body]);
}
/** The result files in an 'X' frame after its first line: (u32 length, name, u32 length, value)… */
function resultFiles(bytes) {
    const files = [];
    let at = 0;
    while (at + 8 <= bytes.length) {
        const nameLength = bytes.readUInt32BE(at);
        const name = bytes.subarray(at + 4, at + 4 + nameLength).toString('utf8');
        at += 4 + nameLength;
        const valueLength = bytes.readUInt32BE(at);
        files.push([name, Buffer.from(bytes.subarray(at + 4, at + 4 + valueLength))]);
        at += 4 + valueLength;
    }
    return files;
}
class HostSession {
    child;
    failure;
    header = Buffer.alloc(5);
    headerFill = 0;
    type = '';
    remaining = 0;
    /** Pieces of a control frame ('H', 'X') being received; data frames are never held. */
    control = [];
    pending;
    ended;
    stderrTail = '';
    /**
     * `failure` turns how the driver's process ended (its exit code and last stderr) into
     * the error to report: a lost connection, a refused login, no sudo.
     */
    constructor(child, failure) {
        this.child = child;
        this.failure = failure;
        child.stdout?.on('data', (chunk) => this.receive(chunk));
        child.stderr?.on('data', (chunk) => (this.stderrTail = (this.stderrTail + chunk.toString()).slice(-2000)));
        // A write after the driver ended fails; the exit below reports why.
        child.stdin?.on('error', () => { });
        child.on('error', (error) => this.end(error));
        child.on('close', (code) => this.end(this.failure(code, this.stderrTail)));
    }
    /** Starts the driver on a process running DRIVER_COMMAND and hands it the library. */
    static async start(child, failure) {
        const session = new HostSession(child, failure);
        const code = Buffer.from(readAsset('targets/driver.pl'));
        const hello = session.request(Buffer.concat([Buffer.from(code.length.toString(16).padStart(8, '0')), code]), () => { });
        // Sent with the code, not after the driver's hello: it reads its input in order.
        session.child.stdin?.write(session_frame('L', readAsset('shell/lib.sh')));
        await hello;
        return session;
    }
    get alive() {
        return this.ended === undefined;
    }
    /** Runs a script; resolves to its exit status and result files, rejects when the session is lost. */
    async run(run) {
        const body = Buffer.concat([Buffer.from(`${run.timeoutSeconds}\0${run.results}\0${run.heartbeat ?? ''}\0`), Buffer.from(run.script)]);
        const done = await this.request(session_frame('R', body), (type, chunk) => (type === 'O' ? run.onStdout(chunk) : run.onStderr(chunk)));
        const newline = done.indexOf(10);
        return { rc: Number(done.subarray(0, newline).toString()), results: resultFiles(done.subarray(newline + 1)) };
    }
    /** Follows a detached step's output until it ends or stop() is called. */
    async follow(run) {
        const done = await this.request(session_frame('F', `${run.dir}\0${run.offset}\0${run.results}`), (_, chunk) => run.onOutput(chunk));
        const newline = done.indexOf(10);
        const status = done.subarray(0, newline).toString();
        if (status === 'lost' || status === 'running')
            return status;
        return { rc: /^\d+$/.test(status) ? Number(status) : 1, results: resultFiles(done.subarray(newline + 1)) };
    }
    /** Ends a follow early (cancellation, deadline): it resolves to 'running'. */
    stop() {
        if (this.pending && this.alive)
            this.child.stdin?.write(session_frame('C', ''));
    }
    /** Ends the session: the driver exits at the end of its input; resolves once the process is gone (killed after `graceMs`). */
    async close(graceMs = 2000) {
        if (!this.alive)
            return;
        const gone = new Promise((resolve) => this.child.once('close', () => resolve()));
        this.child.stdin?.end();
        const timer = setTimeout(() => this.child.kill(), graceMs);
        await gone;
        clearTimeout(timer);
    }
    request(bytes, onData) {
        if (this.ended)
            return Promise.reject(this.ended);
        if (this.pending)
            return Promise.reject(new Error('the host session runs one script at a time'));
        return new Promise((resolve, reject) => {
            this.pending = {
                onData,
                onDone: (payload) => {
                    this.pending = undefined;
                    resolve(payload);
                },
                onError: (error) => {
                    this.pending = undefined;
                    reject(error);
                }
            };
            this.child.stdin?.write(bytes);
        });
    }
    /** Splits the driver's output into frames; data frames are passed on piece by piece as they arrive. */
    receive(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.remaining === 0 && this.headerFill < 5) {
                const take = Math.min(5 - this.headerFill, chunk.length - at);
                chunk.copy(this.header, this.headerFill, at, at + take);
                this.headerFill += take;
                at += take;
                if (this.headerFill < 5)
                    return;
                this.type = this.header.toString('latin1', 0, 1);
                this.remaining = this.header.readUInt32BE(1);
                if (this.remaining === 0)
                    this.complete();
                continue;
            }
            const piece = chunk.subarray(at, at + this.remaining);
            at += piece.length;
            this.remaining -= piece.length;
            if (this.type === 'O' || this.type === 'E')
                this.pending?.onData(this.type, piece);
            else
                this.control.push(piece);
            if (this.remaining === 0)
                this.complete();
        }
    }
    complete() {
        this.headerFill = 0;
        if (this.type === 'O' || this.type === 'E')
            return;
        const payload = Buffer.concat(this.control);
        this.control = [];
        if (this.type === 'X' || this.type === 'H')
            this.pending?.onDone(payload);
    }
    end(error) {
        if (this.ended)
            return;
        this.ended = error;
        this.pending?.onError(error);
    }
}

;// CONCATENATED MODULE: ./src/targets/session-target.ts


class SessionTarget {
    session;
    async openSession() {
        await this.closeSession();
        this.session = await HostSession.start(this.spawnDriver(), (code, stderr) => this.failure(code, stderr));
    }
    get sessionAlive() {
        return this.session?.alive === true;
    }
    async closeSession() {
        const session = this.session;
        this.session = undefined;
        await session?.close();
    }
    live() {
        if (!this.session?.alive)
            throw new ConnectionError(`the session to ${this.label} is not open`);
        return this.session;
    }
    async exec(request) {
        return (await this.run({ ...request, results: '' })).rc;
    }
    async run(request) {
        return this.live().run(request);
    }
    async follow(run) {
        return this.live().follow(run);
    }
    stopFollow() {
        this.session?.stop();
    }
    async close() {
        await this.closeSession();
    }
}

;// CONCATENATED MODULE: ./src/targets/local-target.ts
/** Runs steps on the runner itself, as root directly or through passwordless sudo. */





const LOCAL_LABEL = 'this runner';
class LocalTarget extends SessionTarget {
    label = LOCAL_LABEL;
    sudo = false;
    async connect() {
        if (process.getuid?.() !== 0) {
            const sudo = await which('sudo', false);
            const rc = sudo ? await exec(sudo, ['-n', 'true'], { silent: true, ignoreReturnCode: true }) : -1;
            if (rc !== 0) {
                const why = sudo ? 'sudo -n true failed' : 'sudo is not installed';
                throw new Error(`the runner user is not root and cannot use sudo without a password (${why}); run the job as root or allow passwordless sudo`);
            }
            this.sudo = true;
        }
        await this.openSession();
    }
    spawnDriver() {
        const [tool, ...args] = this.sudo ? ['sudo', '-n', '--', ...DRIVER_COMMAND] : DRIVER_COMMAND;
        return (0,external_node_child_process_namespaceObject.spawn)(tool, args, { stdio: 'pipe' });
    }
    failure(code, stderr) {
        return new Error(`the session on the runner ended (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ') || 'no message'}`);
    }
    async reconnect() {
        if (!this.sessionAlive)
            await this.openSession();
        return true;
    }
}

;// CONCATENATED MODULE: ./src/targets/leftovers.ts
/**
 * The post step's sweep of what a killed main step left running on the runner: every
 * process whose command line names this run's SSH folder (the session's ssh, and any
 * ssh-keyscan under way). The folder is a fresh mkdtemp path, so nothing else can
 * name it.
 */

function processesNaming(text) {
    const found = [];
    for (const entry of readdirSync('/proc')) {
        const pid = Number(entry);
        if (!Number.isInteger(pid) || pid === process.pid)
            continue;
        try {
            if (readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(text))
                found.push(pid);
        }
        catch {
            // ended meanwhile, or not ours to read
        }
    }
    return found;
}
function signal(pid, name) {
    try {
        process.kill(pid, name);
    }
    catch {
        // already gone, or not ours
    }
}
/** TERM, then KILL after `graceMs`, to every process naming `folder`; resolves to the ids it stopped. */
async function leftovers_stopProcessesNaming(folder, graceMs = 3000) {
    const pids = processesNaming(folder);
    for (const pid of pids)
        signal(pid, 'SIGTERM');
    const until = Date.now() + graceMs;
    let left = pids;
    while (left.length && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        left = processesNaming(folder).filter((pid) => pids.includes(pid));
    }
    for (const pid of left)
        signal(pid, 'SIGKILL');
    return pids;
}

;// CONCATENATED MODULE: ./src/targets/ssh-target.ts
/**
 * Runs steps on a host through the system OpenSSH client: one connection per run, whose
 * one session is the driver (see session.ts) that runs every script of the run; the host
 * key checked against what the workflow pinned; the key in a 0600 file that the post
 * step removes. No master connection: the session's own ssh process is the connection,
 * so output crosses no multiplexing process on its way (a lost link ends that process,
 * and reconnect() starts another).
 */











/** The alias every connection uses; the generated ssh_config says where it leads. */
const ALIAS = 'hostpanel-target';
const DEFAULT_TUNING = { connectTimeoutSeconds: 15, serverAliveInterval: 5, serverAliveCountMax: 3 };
async function run(tool, args, input) {
    let stdout = '';
    let stderr = '';
    const code = await exec(tool, args, {
        input: input === undefined ? undefined : Buffer.from(input),
        silent: true,
        ignoreReturnCode: true,
        listeners: { stdout: (d) => (stdout += d.toString()), stderr: (d) => (stderr += d.toString()) }
    });
    return { code, stdout, stderr };
}
/** Why an ssh invocation exited 255, in one line. */
function classify(stderr, label) {
    const text = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ');
    if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key .* not known|No \S+ host key is known/i.test(stderr)) {
        return new HostKeyError(`the host key of ${label} does not match known-hosts/host-fingerprint; refusing to connect (${text})`);
    }
    if (/Permission denied/i.test(stderr)) {
        return new Error(`ssh login to ${label} was refused; check 'user' and 'ssh-key' (${text})`);
    }
    return new ConnectionError(`cannot reach ${label} over SSH: ${text || 'ssh exited 255'}`);
}
/** A host as it is written before ':port' (ProxyJump, labels): an IPv6 address in brackets. */
function hostForPort(host) {
    return host.includes(':') ? `[${host}]` : host;
}
function sshLabel(settings) {
    return `${settings.user}@${hostForPort(settings.host)}:${settings.port}`;
}
class SshTarget extends SessionTarget {
    settings;
    tuning;
    label;
    /** Private folder (0700) with the key, known_hosts and ssh_config. */
    workDir;
    config;
    sudo;
    constructor(settings, tuning = DEFAULT_TUNING, workDir) {
        super();
        this.settings = settings;
        this.tuning = tuning;
        this.label = sshLabel(settings);
        this.sudo = settings.user !== 'root';
        // The post step passes the main step's folder, which main may have removed already.
        // Under RUNNER_TEMP, which the runner empties after every job (a self-hosted runner's /tmp is not).
        this.workDir = workDir ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'hostpanel-ssh-'));
        (0,external_node_fs_.mkdirSync)(this.workDir, { recursive: true, mode: 0o700 });
        (0,external_node_fs_.chmodSync)(this.workDir, 0o700);
        this.config = (0,external_node_path_.join)(this.workDir, 'ssh_config');
    }
    async connect() {
        const s = this.settings;
        await which('ssh', true);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(this.workDir, 'key'), s.key.endsWith('\n') ? s.key : `${s.key}\n`, { mode: 0o600 });
        const knownHosts = (0,external_node_path_.join)(this.workDir, 'known_hosts');
        if (s.skipHostKeyCheck) {
            annotations.warning(`host key checking is OFF for ${this.label} (insecure-skip-host-key-check): anyone on the path can impersonate this host. Use known-hosts or host-fingerprint.`);
        }
        else {
            (0,external_node_fs_.writeFileSync)(knownHosts, s.knownHosts ?? (await this.scanPinnedKey(s.hostFingerprint ?? '')), { mode: 0o600 });
        }
        this.writeConfig(knownHosts);
        // The session's start proves the login and that scripts can run as root (sudo -n for other users).
        await this.openSession();
    }
    spawnDriver() {
        const command = this.sudo ? ['sudo', '-n', '--', ...DRIVER_COMMAND] : DRIVER_COMMAND;
        return (0,external_node_child_process_namespaceObject.spawn)('ssh', ['-F', this.config, ALIAS, '--', shellLine(command)], { stdio: 'pipe' });
    }
    failure(code, stderr) {
        if (code === 255 || code === null)
            return classify(stderr, this.label);
        if (this.sudo && /sudo/.test(stderr)) {
            const s = this.settings;
            return new Error(`${s.user} on ${s.host} cannot use sudo without a password (sudo -n failed: ${stderr.trim().split('\n').at(-1)}); log in as root or allow passwordless sudo`);
        }
        return new ConnectionError(`the session on ${this.label} ended (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ') || 'no message'}`);
    }
    /** Keeps only the host keys whose fingerprint is the pinned one. */
    async scanPinnedKey(fingerprint) {
        const s = this.settings;
        const scan = await run('ssh-keyscan', ['-T', String(this.tuning.connectTimeoutSeconds), '-p', String(s.port), s.host]);
        const lines = scan.stdout.split('\n').filter((l) => l && !l.startsWith('#'));
        if (lines.length === 0) {
            throw new ConnectionError(`cannot read the host key of ${s.host}:${s.port} (ssh-keyscan: ${scan.stderr.trim() || 'no answer'})`);
        }
        const offered = [];
        const kept = [];
        for (const line of lines) {
            const fp = (await run('ssh-keygen', ['-l', '-E', 'sha256', '-f', '-'], line)).stdout.split(/\s+/)[1] ?? '';
            offered.push(fp);
            if (fp === fingerprint)
                kept.push(line);
        }
        if (kept.length === 0) {
            throw new HostKeyError(`the host key of ${s.host}:${s.port} does not match host-fingerprint ${fingerprint}; the host offers ${offered.join(', ')}; refusing to connect`);
        }
        return `${kept.join('\n')}\n`;
    }
    writeConfig(knownHosts) {
        const s = this.settings;
        const t = this.tuning;
        const checking = s.skipHostKeyCheck
            ? ['StrictHostKeyChecking no', 'UserKnownHostsFile /dev/null']
            : ['StrictHostKeyChecking yes', `UserKnownHostsFile ${knownHosts}`];
        const jump = s.jumpHost ? [`ProxyJump ${s.jumpHost.user ? `${s.jumpHost.user}@` : ''}${hostForPort(s.jumpHost.host)}${s.jumpHost.port ? `:${s.jumpHost.port}` : ''}`] : [];
        const lines = [
            `Host ${ALIAS}`,
            `  HostName ${s.host}`,
            `  Port ${s.port}`,
            `  User ${s.user}`,
            '  ControlMaster no',
            '  ControlPath none',
            ...jump.map((l) => `  ${l}`),
            // Everything below applies to the jump host too.
            'Host *',
            `  IdentityFile ${(0,external_node_path_.join)(this.workDir, 'key')}`,
            '  IdentitiesOnly yes',
            '  BatchMode yes',
            ...checking.map((l) => `  ${l}`),
            '  GlobalKnownHostsFile /dev/null',
            '  UpdateHostKeys no',
            `  ConnectTimeout ${t.connectTimeoutSeconds}`,
            `  ServerAliveInterval ${t.serverAliveInterval}`,
            `  ServerAliveCountMax ${t.serverAliveCountMax}`,
            '  ForwardAgent no',
            '  ClearAllForwardings yes',
            '  RequestTTY no',
            '  LogLevel ERROR',
            ''
        ];
        (0,external_node_fs_.writeFileSync)(this.config, lines.join('\n'), { mode: 0o600 });
    }
    async reconnect() {
        if (this.sessionAlive)
            return true;
        try {
            await this.openSession();
            return true;
        }
        catch (error) {
            if (error instanceof HostKeyError)
                throw error;
            return false;
        }
    }
    async close() {
        await this.closeSession();
        (0,external_node_fs_.rmSync)(this.workDir, { recursive: true, force: true });
    }
}
/**
 * For the post step: stops every ssh process a killed main step left behind (they all
 * name the folder on their command line), then removes the key.
 */
async function cleanupSshWorkDir(workDir) {
    await stopProcessesNaming(workDir);
    rmSync(workDir, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./src/targets/factory.ts


/** Where steps would run, for plans, logs and summaries (creates nothing). */
function describeTarget(settings) {
    return settings.kind === 'local' ? LOCAL_LABEL : sshLabel(settings);
}
function createTarget(settings, workDir) {
    return settings.kind === 'local' ? new LocalTarget() : new SshTarget(settings, undefined, workDir);
}

;// CONCATENATED MODULE: ./src/run.ts
/** The main step: inputs → product mode → (plan | runner-side task | procedure on a target) → report. */




















function owner(runId) {
    const where = [process.env.GITHUB_REPOSITORY, process.env.GITHUB_WORKFLOW, process.env.GITHUB_JOB].filter(Boolean).join(' / ');
    return `hostpanel-action run ${runId}${where ? ` (${where})` : ''} from ${(0,external_node_os_namespaceObject.hostname)()} since ${new Date().toISOString()}`;
}
function contextOf(settings, product) {
    const releases = settings.releases.map((v) => product.catalogue.find(v)).filter((r) => r !== undefined);
    return { settings, options: settings.options, release: releases[releases.length - 1], releases };
}
async function plan(settings, product, context) {
    (0,external_node_fs_.mkdirSync)(settings.logDir, { recursive: true });
    const mode = product.modes[settings.procedure];
    let runbook;
    let path;
    if (mode.kind === 'host') {
        const procedure = mode.procedure(context);
        const label = describeTarget(settings.target ?? { kind: 'local' });
        runbook = renderRunbook(procedure, label, settings.lockTimeoutMinutes);
        path = (0,external_node_path_.join)(settings.logDir, 'plan.sh');
        (0,external_node_fs_.writeFileSync)(path, secrets.redact(renderPlan(procedure, label)));
    }
    else {
        runbook = taskRunbook(product, settings.procedure, mode, context);
        path = (0,external_node_path_.join)(settings.logDir, 'plan.txt');
        (0,external_node_fs_.writeFileSync)(path, secrets.redact(`${runbook.join('\n')}\n`));
    }
    const end = guardedGroup(`Plan: ${product.title} ${settings.procedure} ${settings.release}`, false);
    for (const line of runbook)
        console_info(line);
    end();
    console_info(`plan written to ${path}; nothing was connected to or changed`);
    setOutputs({ status: 'planned', changed: 'false', 'log-dir': settings.logDir, report: path }, settings.logDir);
    await writeSummary((summary) => summary.addHeading(html(`Plan: ${product.title} ${settings.procedure} ${settings.release}`), 2).addRaw(`<pre>${html(runbook.join('\n'))}</pre>`, true));
}
async function runOnHost(settings, product, mode, context) {
    const procedure = mode.procedure(context);
    const target = createTarget(settings.target ?? { kind: 'local' });
    const runId = newRunId();
    const state = {
        runId,
        // One folder per run: several runs in a job (install, then verify) keep apart.
        logDir: (0,external_node_path_.join)(settings.logDir, `${settings.product}-${settings.procedure}-${runId}`),
        sshWorkDir: target instanceof SshTarget ? target.workDir : undefined,
        connected: false,
        pendingUndo: false,
        finished: false
    };
    saveRunState(state);
    let cancelled = false;
    const onSignal = (signal) => {
        cancelled = true;
        annotations.warning(`${signal} received: stopping after the current step and undoing what was changed`);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let result;
    try {
        const end = guardedGroup(`Connect to ${target.label}`, false);
        try {
            await target.connect();
        }
        finally {
            end();
        }
        state.connected = true;
        saveRunState(state);
        const runner = new ProcedureRunner(procedure, {
            target,
            runId,
            logDir: state.logDir,
            deadline: Date.now() + settings.timeoutMinutes * 60_000,
            lockWaitSeconds: settings.lockTimeoutMinutes * 60,
            owner: owner(runId),
            cancelled: () => cancelled,
            onJournal: (pending) => saveRunState({ ...state, pendingUndo: pending })
        });
        result = await runner.run();
        saveRunState({ ...state, pendingUndo: result.undo.some((u) => u.status === 'undo failed'), finished: true });
    }
    finally {
        await target.close();
    }
    // Host facts become outputs only in their declared shape: a workflow may hand them to a shell.
    const checked = checkOutputs(Object.fromEntries(Object.entries(procedureOutputs(result)).filter(([name]) => product.outputs.includes(name))), state.logDir, OUTPUT_FACTS);
    const outputs = checked.outputs;
    const report = buildReport(settings, target.label, result, checked, product.noPanel);
    if (outputs['panel-url'] && result.status === 'success')
        report.panelFromRunner = await probeFromRunner(outputs['panel-url'], result.facts.PANEL_ADDRESS);
    const reportPath = writeReport(report);
    await publish(report, reportPath);
    if (result.failure) {
        // publish() has written the one error annotation that says what failed and where the log is.
        process.exitCode = 1;
    }
    else {
        console_info(`${procedure.title}: success${outputs['panel-url'] ? `; panel: ${outputs['panel-url']}` : ''}; logs: ${state.logDir}`);
    }
}
async function run_run() {
    try {
        registerSecrets();
        const settings = getSettings();
        const product = getProduct(settings.product);
        const context = contextOf(settings, product);
        const mode = product.modes[settings.procedure];
        if (settings.mode === settings_settings/* PLAN */.Ac)
            await plan(settings, product, context);
        else if (mode.kind === 'runner')
            await runTask(settings, product, mode, context);
        else
            await runOnHost(settings, product, mode, context);
    }
    catch (error) {
        setOutput('status', 'failed');
        setFailed(safeLine(error instanceof Error ? error.message : String(error)));
    }
    finally {
        annotations.flush();
    }
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The main step's module: run() as GitHub's local runner (@github/local-action) and the
 * bundle's entry (src/index.ts) call it.
 */



/***/ }),

/***/ 645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ Catalogue)
/* harmony export */ });
/* unused harmony export hostSemver */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7100);
/**
 * A product's catalogue: the real releases it knows, with their facts, and how the
 * `version` input resolves against them (exact, a range such as `1.2.x` or `6`,
 * `latest`, or a comma-separated list). Versions are compared as semver; a release
 * named by its branch (ISPmanager's "6") carries the semver it stands for.
 */


function semverOf(release) {
    return release.semver ?? release.version;
}
/** A version as found on a host (`1.1.22`, `0.5.2`, `6.98.0-1`), as semver; undefined if unreadable. */
function hostSemver(version) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version) ?? semver__WEBPACK_IMPORTED_MODULE_0___default().valid(semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(version)) ?? undefined;
}
class Catalogue {
    title;
    /** Oldest first. */
    releases;
    constructor(title, releases) {
        this.title = title;
        this.releases = [...releases].sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_0___default().compare(semverOf(a), semverOf(b)));
    }
    get latest() {
        return this.releases[this.releases.length - 1];
    }
    /** What exists, for error messages: "1.2.0, 1.2.1, 1.2.2, 1.2.3". */
    describe() {
        return this.releases.map((r) => (r.note ? `${r.version} (${r.note})` : r.version)).join(', ');
    }
    find(version) {
        return this.releases.find((r) => r.version === version);
    }
    /** Every release the spec names, oldest first; an InputError naming what exists otherwise. */
    resolve(spec, input = 'version') {
        const parts = spec.split(',').map((p) => p.trim());
        if (spec.trim() === '' || parts.some((p) => p === '')) {
            throw new _settings_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `is empty; use a ${this.title} release: ${this.describe()}, a range such as ${this.exampleRange()}, or latest`);
        }
        const found = new Set();
        for (const part of parts) {
            const matches = this.match(part);
            if (matches.length === 0) {
                throw new _settings_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${part}' names no ${this.title} release in this action's catalogue; it knows: ${this.describe()} (or latest, or a range such as ${this.exampleRange()})`);
            }
            for (const m of matches)
                found.add(m);
        }
        return this.releases.filter((r) => found.has(r));
    }
    /** The newest release the spec names (procedures work towards one release). */
    resolveOne(spec, input = 'version') {
        const all = this.resolve(spec, input);
        return all[all.length - 1];
    }
    /**
     * The releases crossed when going from `from` (as found on the host; undefined or
     * unreadable = nothing installed) to `to`: every release newer than `from`, up to and
     * including `to`, oldest first.
     */
    crossed(from, to) {
        const start = from ? hostSemver(from) : undefined;
        return this.releases.filter((r) => semver__WEBPACK_IMPORTED_MODULE_0___default().lte(semverOf(r), semverOf(to)) && (!start || semver__WEBPACK_IMPORTED_MODULE_0___default().gt(semverOf(r), start)));
    }
    /** What a procedure towards `release` works with: that release, and the ones crossed to reach it. */
    versions(release) {
        return { target: release.version, crossed: (previous) => this.crossed(previous, release).map((r) => r.version) };
    }
    /** -1, 0 or 1: how a version found on a host compares with a release. */
    compareWith(hostVersion, release) {
        const v = hostSemver(hostVersion);
        return v === undefined ? undefined : semver__WEBPACK_IMPORTED_MODULE_0___default().compare(v, semverOf(release));
    }
    match(part) {
        if (part === 'latest')
            return [this.latest];
        const exact = this.find(part);
        if (exact)
            return [exact];
        if (!/^[0-9xX*<>=~^.\s|-]+$/.test(part) || semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(part) === null)
            return [];
        return this.releases.filter((r) => semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(semverOf(r), part));
    }
    exampleRange() {
        const v = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(this.latest.version);
        return v ? `${v.major}.${v.minor}.x` : `${this.latest.version}.x`;
    }
}


/***/ }),

/***/ 3614:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ VERSION_NOTE),
/* harmony export */   s: () => (/* binding */ catalogue)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(645);
/**
 * i-MSCP 1.2.x: the releases of the errata chain, with the facts the procedures and the
 * plugin gate use (shared/research/products.md, sections 2 and 5, from the tagged sources).
 */

// What every 1.2.x installer writes outside /etc/imscp and /var/www/imscp: its copy phase
// (configs/debian/*/install.xml, engine/traffic/install.xml: <copy_config> and <copy> to
// ${ROOT_CONF}=/etc or an absolute path), vlogger during the build (apache/install.xml:16),
// and its setup: the panel's starter folder (removed and written again), nginx's
// configuration, /etc/default/imscp_panel, the cron file (1.2.3:engine/PerlLib/Package/FrontEnd/Installer.pm:453-465, 785-974;
// 1.2.3:engine/PerlLib/Servers/cron/cron.pm:81-135; facts §5.1, §5.3).
const REPLACED = [
    '/etc/init.d/imscp_daemon', '/etc/init.d/imscp_network', '/etc/init.d/imscp_panel', // 1.2.1:configs/debian/init.d/install.xml:7-9
    '/etc/logrotate.d/imscp', // 1.2.3:configs/debian/logrotate/install.xml:4
    '/etc/sysctl.d/imscp.conf', // 1.2.3:configs/debian/sysctl.d/install.xml:5
    '/etc/init/php5-fpm.override', // 1.2.3:configs/ubuntu/php-fpm/install.xml:8
    '/usr/local/sbin/vlogger', // 1.2.3:configs/debian/apache/install.xml:16
    '/usr/sbin/maillogconvert.pl', // 1.2.3:engine/traffic/install.xml:4 (MAIL_LOG_CONVERT_PATH)
    '/etc/default/imscp_panel',
    '/etc/cron.d/imscp',
    '/var/www/fcgi/master',
    '/etc/nginx/nginx.conf', '/etc/nginx/imscp_fastcgi.conf', '/etc/nginx/conf.d/imscp_php.conf',
    '/etc/nginx/sites-available/00_master.conf', '/etc/nginx/sites-available/00_master_ssl.conf',
    '/etc/nginx/sites-enabled/00_master.conf', '/etc/nginx/sites-enabled/00_master_ssl.conf', '/etc/nginx/sites-enabled/default'
];
// 1.2.3:configs/debian/apache/install.xml:3-6, fcgi/install.xml:3, nginx/install.xml:3-6 (1.2.0, 1.2.1 alike).
const CREATED = [
    '/etc/apache2/imscp/before', '/etc/apache2/imscp', '/etc/apache2', '/var/log/apache2/backup', '/var/www/fcgi',
    '/etc/nginx/conf.d', '/etc/nginx/sites-available', '/etc/nginx/sites-enabled', '/etc/nginx'
];
// 1.2.3 adds upstart jobs and systemd units, installed on any distribution.
const REPLACED_123 = [
    ...REPLACED,
    '/etc/init/imscp_daemon.conf', '/etc/init/imscp_network.conf', '/etc/init/imscp_panel.conf', // 1.2.3:configs/debian/upstart/install.xml:4-6
    '/etc/systemd/system/bind9.service', '/etc/systemd/system/bind9-resolvconf.service' // 1.2.3:configs/debian/systemd/install.xml:4-5
];
const OLD_DISTROS = ['debian:squeeze', 'debian:wheezy', 'debian:jessie', 'ubuntu:lucid', 'ubuntu:precise', 'ubuntu:trusty'];
const catalogue = new _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .Catalogue */ .Q('i-MSCP', [
    { version: '1.2.0', buildDate: '20141230', pluginApi: '0.2.15', managerChecksApi: false, packagesFiles: OLD_DISTROS, supported: OLD_DISTROS, webmailItem: 'webmail', sqlMinLength: 1, panelPortsAsked: false, fileManagers: ['Net2ftp', 'AjaXplorer'], policydAsked: true, resolverInConf: true, replaces: REPLACED, creates: CREATED },
    { version: '1.2.1', buildDate: '20150206', pluginApi: '0.2.16', managerChecksApi: false, packagesFiles: OLD_DISTROS, supported: OLD_DISTROS, webmailItem: 'webmails', sqlMinLength: 6, panelPortsAsked: false, fileManagers: ['Net2ftp', 'Pydio'], policydAsked: false, resolverInConf: false, replaces: REPLACED, creates: CREATED },
    { version: '1.2.2', buildDate: '20150212', pluginApi: '0.2.17', managerChecksApi: false, packagesFiles: OLD_DISTROS, supported: OLD_DISTROS, webmailItem: 'webmails', sqlMinLength: 6, panelPortsAsked: true, fileManagers: ['Net2ftp', 'Pydio'], policydAsked: false, resolverInConf: false, replaces: REPLACED, creates: CREATED },
    {
        version: '1.2.3',
        buildDate: '20150607',
        pluginApi: '1.0.0',
        managerChecksApi: true,
        packagesFiles: ['debian:wheezy', 'debian:jessie', 'debian:stretch', 'ubuntu:precise', 'ubuntu:trusty', 'ubuntu:vivid'],
        // The 1.2.3 errata: Debian 7 or 8, Ubuntu 12.04.
        supported: ['debian:wheezy', 'debian:jessie', 'ubuntu:precise'],
        webmailItem: 'webmails',
        sqlMinLength: 6,
        panelPortsAsked: true,
        fileManagers: ['Net2ftp', 'Pydio'],
        policydAsked: false,
        resolverInConf: false,
        replaces: REPLACED_123,
        // 1.2.3:configs/debian/upstart/install.xml:3
        creates: [...CREATED, '/etc/init']
    }
]);
const VERSION_NOTE = 'i-MSCP versions are the tagged releases 1.2.0 to 1.2.3; check-plugin accepts a range or a list and checks every release it names; install and upgrade work towards the newest release named.';


/***/ }),

/***/ 842:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ boundsOf),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Vm: () => (/* binding */ INFO_LIMIT),
/* harmony export */   X2: () => (/* binding */ entriesUnder),
/* harmony export */   Yo: () => (/* binding */ NotRead),
/* harmony export */   dy: () => (/* binding */ probe),
/* harmony export */   gx: () => (/* binding */ CODE_LIMIT),
/* harmony export */   oD: () => (/* binding */ readWhole),
/* harmony export */   v_: () => (/* binding */ entryExists),
/* harmony export */   zo: () => (/* binding */ readProbed)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * How the gate touches a plugin's files, which come from a pull request: every path is
 * resolved and must stay inside the workspace and inside plugin-path, only regular files are
 * read, each up to a size limit, and a FIFO, device or socket is never opened (issue 22).
 */


/** info.php is a small array; 1 MiB is far beyond any real one. */
const INFO_LIMIT = 1024 * 1024;
/** The largest PHP or Perl file the gate parses. */
const CODE_LIMIT = 8 * 1024 * 1024;
function isInside(path, folder) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** Resolves plugin-path; throws when it (or a link on the way) leads outside the workspace. */
function boundsOf(pluginPath, workspace) {
    const ws = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    let root;
    try {
        root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(pluginPath);
    }
    catch {
        throw new Error(`plugin path ${pluginPath} does not exist`);
    }
    if (!isInside(root, ws))
        throw new Error(`plugin path ${pluginPath} leads outside the workspace (through a symbolic link); the gate reads only the workspace`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root).isDirectory())
        throw new Error(`plugin path ${pluginPath} is not a folder`);
    return { workspace: ws, root };
}
function kindOf(stats) {
    if (stats.isFile())
        return 'a regular file';
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isFIFO())
        return 'a FIFO (named pipe)';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'a special file';
}
/** Why a path is not read, as the rest of a sentence that starts with the path. */
class NotRead extends Error {
    why;
    reason;
    constructor(why, 
    /** 'outside': a link out of the workspace; 'leaves': out of plugin-path only; 'special': a FIFO, device or socket. */
    reason) {
        super(why);
        this.why = why;
        this.reason = reason;
    }
}
/** Checks, without opening anything, that `path` is (or links to) a regular file inside the bounds. */
function probe(path, bounds) {
    const own = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    const link = own.isSymbolicLink();
    let real = path;
    if (link) {
        try {
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
        }
        catch {
            throw new NotRead('is a symbolic link to nothing (its target does not exist)', 'dangling');
        }
        if (!isInside(real, bounds.workspace))
            throw new NotRead('is a symbolic link that leads outside the workspace; the gate did not read it', 'outside');
        if (!isInside(real, bounds.root))
            throw new NotRead('is a symbolic link that leads outside plugin-path; the gate did not read it', 'leaves');
    }
    const stats = link ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real) : own;
    if (!stats.isFile())
        throw new NotRead(`is ${link ? 'a symbolic link to ' : ''}${kindOf(stats)}, not a regular file; the gate did not read it`, stats.isDirectory() ? 'folder' : 'special');
    return { real, size: stats.size, link };
}
/**
 * Reads at most `max` bytes of a probed file. O_NOFOLLOW and O_NONBLOCK, then fstat on the
 * open file: a file swapped for a link or a FIFO after the probe is still not read.
 */
function readProbed(file, max) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile())
            throw new NotRead(`is ${kindOf(stats)}, not a regular file; the gate did not read it`, 'special');
        const buffer = Buffer.alloc(Math.min(max, stats.size));
        let length = 0;
        while (length < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, length);
            if (n === 0)
                break;
            length += n;
        }
        return buffer.subarray(0, length);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The whole of a probed file, refused beyond `limit` bytes. */
function readWhole(file, limit) {
    if (file.size > limit)
        throw new NotRead(`is ${file.size} bytes, more than the ${limit} bytes the gate reads; it was not checked`, 'size');
    return readProbed(file, limit);
}
/** Whether anything (of any type, a dangling link too) is at `path`. */
function entryExists(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Every entry below `dir` that is not a folder (files, links, FIFOs, devices, sockets),
 * sorted; folders are entered only when they are real folders, never through a link.
 */
function entriesUnder(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true }).flatMap((d) => {
        if (d.name.startsWith('.') || d.name === 'node_modules')
            return [];
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, d.name);
        return d.isDirectory() ? entriesUnder(path) : [path];
    }).sort();
}


/***/ }),

/***/ 7100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ PLAN),
/* harmony export */   Od: () => (/* binding */ RUNNER_HOST),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   zv: () => (/* binding */ PRODUCTS)
/* harmony export */ });
/** The typed result of reading the action's inputs: everything later code may rely on. */
const PRODUCTS = ['ispmanager', 'imscp', 'vmm'];
/** The `host` value that works on the runner itself: an explicit choice, never the fallback of an empty value. */
const RUNNER_HOST = 'runner';
/** The mode that runs nothing: it prints what another mode (`plan-for`) would do. */
const PLAN = 'plan';
/** A bad input: names the input and says what it accepts. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
