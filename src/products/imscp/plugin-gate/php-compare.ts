/**
 * PHP's own comparisons, ported byte for byte because the gate must judge versions exactly as
 * the i-MSCP plugin manager does: version_compare() (ext/standard/versioning.c) and the `>`
 * operator on two strings (zendi_smart_strcmp in PHP 8). Strings are handled as UTF-8 bytes,
 * as PHP does; isdigit/isalnum are the C locale's ASCII classes.
 */

const DOT = 0x2e

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39
}

function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/** php_canonicalize_version: '-', '_', '+' and other non-alphanumerics become one '.', and a '.' separates digit and non-digit runs. */
function canonicalize(version: Uint8Array): number[] {
  if (version.length === 0) return []
  const out = [version[0]!]
  let lp = version[0]!
  for (let i = 1; i < version.length; i++) {
    const c = version[i]!
    const lq = out[out.length - 1]
    const special = c === 0x2d || c === 0x5f || c === 0x2b
    const lpDigit = isDigit(lp)
    const lpNonDigit = !isDigit(lp) && lp !== DOT
    const cDigit = isDigit(c)
    const cNonDigit = !isDigit(c) && c !== DOT
    if (special) {
      if (lq !== DOT) out.push(DOT)
    } else if ((lpNonDigit && cDigit) || (lpDigit && cNonDigit)) {
      if (lq !== DOT) out.push(DOT)
      out.push(c)
    } else if (!isAlnum(c)) {
      if (lq !== DOT) out.push(DOT)
    } else {
      out.push(c)
    }
    lp = c
  }
  return out
}

/** Prefix match in PHP's order: an unknown form is -1, below 'dev'; a number counts as '#'. */
const SPECIAL_FORMS: Array<[string, number]> = [['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['RC', 3], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5]]

function specialOrder(form: number[]): number {
  for (const [name, order] of SPECIAL_FORMS) {
    if (name.length <= form.length && [...name].every((ch, i) => form[i] === ch.charCodeAt(0))) return order
  }
  return -1
}

function sign(n: number | bigint): -1 | 0 | 1 {
  return n > 0 ? 1 : n < 0 ? -1 : 0
}

const LONG_MAX = 2n ** 63n - 1n

/** strtol on a segment that starts with a digit: the leading digits, clamped like a C long. */
function strtol(segment: number[]): bigint {
  let end = 0
  while (isDigit(segment[end])) end++
  const value = BigInt(String.fromCharCode(...segment.slice(0, end)))
  return value > LONG_MAX ? LONG_MAX : value
}

const NUMBER_FORM = [...'#N#'].map((c) => c.charCodeAt(0))

function compareBytes(a: Uint8Array, b: Uint8Array): -1 | 0 | 1 {
  if (a.length === 0 || b.length === 0) return a.length === 0 && b.length === 0 ? 0 : a.length > 0 ? 1 : -1
  const v1 = a[0] === 0x23 ? [...a] : canonicalize(a)
  const v2 = b[0] === 0x23 ? [...b] : canonicalize(b)
  // The C code walks NUL-terminated buffers, cutting segments at each '.'; positions here
  // mirror its pointers p (segment start) and n (the '.' that ends it, or null).
  let p1 = 0
  let p2 = 0
  let n1: number | null = 0
  let n2: number | null = 0
  let compare: -1 | 0 | 1 = 0
  while (p1 < v1.length && p2 < v2.length && n1 !== null && n2 !== null) {
    const d1 = v1.indexOf(DOT, p1)
    const d2 = v2.indexOf(DOT, p2)
    n1 = d1 === -1 ? null : d1
    n2 = d2 === -1 ? null : d2
    const s1 = v1.slice(p1, n1 ?? v1.length)
    const s2 = v2.slice(p2, n2 ?? v2.length)
    if (isDigit(s1[0]) && isDigit(s2[0])) compare = sign(strtol(s1) - strtol(s2))
    else if (!isDigit(s1[0]) && !isDigit(s2[0])) compare = sign(specialOrder(s1) - specialOrder(s2))
    else if (isDigit(s1[0])) compare = sign(specialOrder(NUMBER_FORM) - specialOrder(s2))
    else compare = sign(specialOrder(s1) - specialOrder(NUMBER_FORM))
    if (compare !== 0) break
    if (n1 !== null) p1 = n1 + 1
    if (n2 !== null) p2 = n2 + 1
  }
  if (compare === 0) {
    if (n1 !== null) {
      compare = isDigit(v1[p1]) ? 1 : compareBytes(Uint8Array.from(v1.slice(p1)), Uint8Array.from(NUMBER_FORM))
    } else if (n2 !== null) {
      compare = isDigit(v2[p2]) ? -1 : compareBytes(Uint8Array.from(NUMBER_FORM), Uint8Array.from(v2.slice(p2)))
    }
  }
  return compare
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8')

/** PHP version_compare($a, $b): -1, 0 or 1. */
export function versionCompare(a: string, b: string): -1 | 0 | 1 {
  return compareBytes(utf8(a), utf8(b))
}

export type VersionOperator = '<' | 'lt' | '<=' | 'le' | '>' | 'gt' | '>=' | 'ge' | '==' | 'eq' | '!=' | '<>' | 'ne'

const OPERATORS: Record<VersionOperator, (c: number) => boolean> = {
  '<': (c) => c === -1, lt: (c) => c === -1,
  '<=': (c) => c !== 1, le: (c) => c !== 1,
  '>': (c) => c === 1, gt: (c) => c === 1,
  '>=': (c) => c !== -1, ge: (c) => c !== -1,
  '==': (c) => c === 0, eq: (c) => c === 0,
  '!=': (c) => c !== 0, '<>': (c) => c !== 0, ne: (c) => c !== 0
}

export function isVersionOperator(op: string): op is VersionOperator {
  return Object.hasOwn(OPERATORS, op)
}

/** PHP version_compare($a, $b, $operator). */
export function versionCompareWith(a: string, b: string, operator: VersionOperator): boolean {
  return OPERATORS[operator](versionCompare(a, b))
}

type PhpNumber = { kind: 'long'; value: bigint } | { kind: 'double'; value: number; overflow: -1 | 0 | 1 }

const LONG_MIN = -(2n ** 63n)
const WHITESPACE = ' \t\n\r\v\f'
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * PHP 8's is_numeric_string (no errors allowed): optional leading and trailing whitespace, a
 * sign, digits with an optional fraction and exponent. Integers beyond 64 bits become doubles
 * and remember which side they overflowed.
 */
export function phpNumericString(s: string): PhpNumber | undefined {
  let start = 0
  let end = s.length
  while (start < end && WHITESPACE.includes(s[start]!)) start++
  while (end > start && WHITESPACE.includes(s[end - 1]!)) end--
  const body = s.slice(start, end)
  if (!NUMERIC.test(body)) return undefined
  if (/^[+-]?\d+$/.test(body)) {
    const value = BigInt(body)
    if (value > LONG_MAX) return { kind: 'double', value: Number(body), overflow: 1 }
    if (value < LONG_MIN) return { kind: 'double', value: Number(body), overflow: -1 }
    return { kind: 'long', value }
  }
  return { kind: 'double', value: Number(body), overflow: 0 }
}

function binaryStrcmp(a: string, b: string): -1 | 0 | 1 {
  return sign(Buffer.compare(utf8(a), utf8(b)))
}

/**
 * PHP 8 comparison of two strings (`$a <=> $b`): numerically when both are numeric strings,
 * else byte by byte (memcmp, then the shorter string is smaller).
 */
export function phpCompareStrings(a: string, b: string): -1 | 0 | 1 {
  const n1 = phpNumericString(a)
  const n2 = phpNumericString(b)
  if (!n1 || !n2) return binaryStrcmp(a, b)
  if (n1.kind === 'long' && n2.kind === 'long') return sign(n1.value - n2.value)
  const o1 = n1.kind === 'double' ? n1.overflow : 0
  const o2 = n2.kind === 'double' ? n2.overflow : 0
  const d1 = Number(n1.value)
  const d2 = Number(n2.value)
  // Two integers overflowed to the same side that look equal as doubles: only the text can tell.
  if (o1 !== 0 && o1 === o2 && d1 - d2 === 0) return binaryStrcmp(a, b)
  if (n1.kind === 'long' && o2 !== 0) return o2 === 1 ? -1 : 1
  if (n2.kind === 'long' && o1 !== 0) return o1
  if (n1.kind === 'double' && n2.kind === 'double' && d1 === d2 && !Number.isFinite(d1)) return binaryStrcmp(a, b)
  return sign(d1 - d2)
}
