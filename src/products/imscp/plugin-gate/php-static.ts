/**
 * Reads PHP without running it: php-parser's AST, and the value of constant expressions
 * (literals, arrays, unary minus/plus, string concatenation) with PHP's own array and string
 * rules. PHP strings are bytes: sources are parsed as latin1 so that every character of the
 * AST is one byte of the file, and string values stay byte strings until shown.
 */
import { Engine } from 'php-parser'

export interface PhpLoc { line: number; column: number; offset?: number }

/** The parts of a php-parser node the gate reads; the walk below is generic over the rest. */
export interface PhpNode {
  kind: string
  loc: { start: PhpLoc; end?: PhpLoc } | null
  [key: string]: unknown
}

export type PhpValue = string | bigint | number | boolean | null | PhpArray

/** An ordered PHP array: integer keys are bigint, string keys are byte strings. */
export class PhpArray {
  readonly entries = new Map<bigint | string, PhpValue>()
  /** Line of each top-level key, for findings. */
  readonly lines = new Map<bigint | string, number>()
  private nextFree: bigint | null = null

  set(key: bigint | string | undefined, value: PhpValue, line: number): void {
    const k = key ?? this.nextFree ?? 0n
    if (typeof k === 'bigint' && (this.nextFree === null || k >= this.nextFree)) this.nextFree = k + 1n
    this.entries.set(k, value)
    this.lines.set(k, line)
  }

  get(key: string): PhpValue | undefined {
    return this.entries.get(key)
  }
}

function engineFor(version: string): Engine {
  return new Engine({
    parser: { php8: version.startsWith('8'), version, suppressErrors: false, extractDoc: false },
    ast: { withPositions: true },
    lexer: { short_tags: false }
  })
}

const engine = engineFor('8.2')
/** i-MSCP 1.2.x ran PHP 5.3 to 5.6; php-parser's 5.6 grammar takes forms PHP 7 and 8 removed (`=& new`, `fn` as a name). */
const php5 = engineFor('5.6')

export class PhpSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column?: number) {
    super(message)
  }
}

function parseWith(parser: Engine, bytes: Buffer, fileName: string): PhpNode {
  try {
    return parser.parseCode(bytes.toString('latin1'), fileName) as unknown as PhpNode
  } catch (e) {
    const err = e as { message?: string; lineNumber?: number; columnNumber?: number }
    // The message quotes source text: keep it on one line.
    const message = escapeControls(String(err.message ?? e).replace(/^Parse Error : /, '').replace(/ on line \d+$/, ''))
    throw new PhpSyntaxError(message, err.lineNumber ?? 1, err.columnNumber === undefined ? undefined : err.columnNumber + 1)
  }
}

/** Parses a file's bytes with PHP 8's grammar; throws PhpSyntaxError with the parser's line. */
export function parsePhp(bytes: Buffer, fileName: string): PhpNode {
  return parseWith(engine, bytes, fileName)
}

/**
 * Plugin code as i-MSCP 1.2.x's PHP 5 read it: PHP 8's grammar first, else PHP 5.6's. `modern`
 * is PHP 8's error when only the PHP 5 grammar took the file; a file neither takes throws
 * PHP 8's error.
 */
export function parsePhpCode(bytes: Buffer, fileName: string): { program: PhpNode; modern?: PhpSyntaxError } {
  try {
    return { program: parsePhp(bytes, fileName) }
  } catch (modern) {
    if (!(modern instanceof PhpSyntaxError)) throw modern
    try {
      return { program: parseWith(php5, bytes, fileName), modern }
    } catch {
      throw modern
    }
  }
}

/** Text from a plugin inside a message: control characters as \\uXXXX, so a message stays one line. */
export function escapeControls(text: string): string {
  return [...text].map((c) => {
    const code = c.charCodeAt(0)
    return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : c
  }).join('')
}

export function lineOf(node: PhpNode | null | undefined): number {
  return node?.loc?.start.line ?? 1
}

/** Every node below (and including) `root`, depth first, with its ancestors. */
export function* walk(root: PhpNode, ancestors: PhpNode[] = []): Generator<{ node: PhpNode; ancestors: PhpNode[] }> {
  yield { node: root, ancestors }
  const path = [...ancestors, root]
  for (const [key, child] of Object.entries(root)) {
    if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue
    for (const c of Array.isArray(child) ? child : [child]) {
      if (c && typeof c === 'object' && typeof (c as PhpNode).kind === 'string') yield* walk(c as PhpNode, path)
    }
  }
}

/** Why an expression has no static value, naming the construct. */
export class NotConstant extends Error {
  constructor(readonly node: PhpNode, what: string) {
    super(what)
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$' }

/**
 * Double-quoted and heredoc escapes, from the raw bytes (the parser's own unescaping is not
 * byte-exact); `\"` is an escape only inside double quotes.
 */
function unescapeDouble(body: string, heredoc = false): string {
  return body.replace(/\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u\{([0-9A-Fa-f]+)\}|(.))/gs, (whole, oct?: string, hex?: string, uni?: string, ch?: string) => {
    if (oct) return String.fromCharCode(parseInt(oct, 8) & 0xff)
    if (hex) return String.fromCharCode(parseInt(hex, 16))
    if (uni) return Buffer.from(String.fromCodePoint(parseInt(uni, 16)), 'utf8').toString('latin1')
    if (ch === '"' && !heredoc) return ch
    return SIMPLE_ESCAPES[ch!] ?? whole
  })
}

function stringLiteral(node: PhpNode): string {
  const raw = String(node.raw)
  const quoted = /^[bB]?(['"])([\s\S]*)\1$/.exec(raw)
  if (!quoted) return String(node.value)
  const body = quoted[2]!
  return quoted[1] === "'" ? body.replace(/\\([\\'])/g, '$1') : unescapeDouble(body)
}

const INT_MAX = 2n ** 63n - 1n

/** PHP integer literals (decimal, 0x, 0b, 0/0o octal, '_' separators); too big becomes a float. */
function numberLiteral(raw: string): bigint | number {
  const text = raw.replace(/_/g, '')
  let value: bigint
  if (/^0[xX][0-9a-fA-F]+$/.test(text) || /^0[bB][01]+$/.test(text)) value = BigInt(text)
  else if (/^0[oO]?[0-7]+$/.test(text) && text !== '0') value = BigInt(`0o${text.replace(/^0[oO]?/, '')}`)
  else if (/^\d+$/.test(text)) value = BigInt(text)
  else return Number(text)
  return value > INT_MAX ? Number(value) : value
}

/** PHP's conversion of a scalar to string, as `.` and version_compare() do it. */
export function phpToString(value: PhpValue): string {
  if (typeof value === 'string') return value
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'number') return phpFloat(value, 14)
  if (value === true) return '1'
  if (value === false || value === null) return ''
  return 'Array'
}

/**
 * php_gcvt: `precision` significant digits (14 for string conversion) or, with 17 and
 * `shortest`, the shortest round-trip form that var_export uses.
 */
export function phpFloat(value: number, precision: number, shortest = false): string {
  if (Number.isNaN(value)) return 'NAN'
  if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF'
  if (value === 0) return Object.is(value, -0) ? '-0' : '0'
  const [mantissa, exp] = (shortest ? Math.abs(value).toExponential() : Math.abs(value).toExponential(precision - 1)).split('e')
  const digits = mantissa!.replace('.', '').replace(/0+$/, '') || '0'
  const decpt = Number(exp) + 1
  const neg = value < 0 ? '-' : ''
  if (decpt < 0 ? decpt < -3 : decpt > precision) {
    const e = decpt - 1
    return `${neg}${digits[0]}.${digits.slice(1) || '0'}E${e < 0 ? '-' : '+'}${Math.abs(e)}`
  }
  if (decpt <= 0) return `${neg}0.${'0'.repeat(-decpt)}${digits}`
  const whole = digits.slice(0, decpt).padEnd(decpt, '0')
  const frac = digits.slice(decpt)
  return `${neg}${whole}${frac ? `.${frac}` : ''}`
}

/** How PHP turns an array key expression into a key: canonical integer strings, floats and bools become ints. */
function arrayKey(key: PhpValue, node: PhpNode): bigint | string {
  if (typeof key === 'bigint') return key
  if (typeof key === 'string') {
    if (/^(0|-?[1-9]\d*)$/.test(key)) {
      const n = BigInt(key)
      if (n <= INT_MAX && n >= -INT_MAX - 1n) return n
    }
    return key
  }
  if (typeof key === 'number') return BigInt(Math.trunc(key))
  if (typeof key === 'boolean') return key ? 1n : 0n
  if (key === null) return ''
  throw new NotConstant(node, 'an array used as an array key')
}

/** Describes code (a non-constant expression, a statement) for a finding. */
export function describe(node: PhpNode): string {
  switch (node.kind) {
    case 'expressionstatement': return describe(node.expression as PhpNode)
    case 'call': {
      const what = node.what as PhpNode
      return what.kind === 'name' ? `a call to ${String(what.name)}()` : 'a function call'
    }
    case 'name': return `the constant ${String(node.name)}`
    case 'variable': return `the variable $${String(node.name)}`
    case 'magic': return `the magic constant ${String(node.raw)}`
    case 'encapsed': return 'a string with interpolation'
    case 'retif': return 'a conditional (?:) expression'
    case 'bin': return `an expression with ${String(node.type)}`
    case 'new': return 'an object creation (new)'
    case 'assign': return 'an assignment'
    case 'staticlookup': return 'a class constant or static property'
    default: return `an expression (${node.kind})`
  }
}

/** The value of a constant expression; throws NotConstant for anything that would need running code. */
export function constantValue(node: PhpNode): PhpValue {
  switch (node.kind) {
    case 'string': return stringLiteral(node)
    case 'nowdoc': return String(node.value)
    case 'number': return numberLiteral(String(node.value))
    case 'boolean': return Boolean(node.value)
    case 'nullkeyword': return null
    case 'array': {
      const array = new PhpArray()
      for (const item of node.items as Array<PhpNode | null>) {
        if (!item) continue
        if (item.kind !== 'entry') throw new NotConstant(item, describe(item))
        if (item.byRef || item.unpack) throw new NotConstant(item, 'a reference or spread in the array')
        const keyNode = item.key as PhpNode | null
        const key = keyNode ? arrayKey(constantValue(keyNode), keyNode) : undefined
        array.set(key, constantValue(item.value as PhpNode), lineOf(keyNode ?? item))
      }
      return array
    }
    case 'unary': {
      const operand = constantValue(node.what as PhpNode)
      if ((node.type === '-' || node.type === '+') && (typeof operand === 'bigint' || typeof operand === 'number')) {
        if (node.type === '+') return operand
        return typeof operand === 'bigint' ? (operand === -INT_MAX - 1n ? -Number(operand) : -operand) : -operand
      }
      throw new NotConstant(node, describe(node))
    }
    case 'bin': {
      if (node.type !== '.') throw new NotConstant(node, describe(node))
      const left = constantValue(node.left as PhpNode)
      const right = constantValue(node.right as PhpNode)
      if (left instanceof PhpArray || right instanceof PhpArray) throw new NotConstant(node, 'an array in a string concatenation')
      return phpToString(left) + phpToString(right)
    }
    case 'encapsed': {
      // A heredoc without interpolation is one literal part; PHP unescapes it like a double-quoted string.
      const parts = node.value as PhpNode[]
      if (node.type === 'heredoc' && parts.every((p) => p.kind === 'encapsedpart' && (p.expression as PhpNode).kind === 'string')) {
        return parts.map((p) => unescapeDouble(String((p.expression as PhpNode).raw), true)).join('').replace(/\n$/, '')
      }
      throw new NotConstant(node, describe(node))
    }
    default:
      throw new NotConstant(node, describe(node))
  }
}

/** Byte string (latin1 chars) to text for messages; invalid UTF-8 shows as U+FFFD. */
export function bytesToText(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('utf8')
}
