/**
 * Reads a plugin's info.php statically: the array its top-level `return` gives, where each key
 * is, and what the file would do besides returning it. Plugin code is never executed.
 */
import { NotConstant, PhpArray, PhpSyntaxError, bytesToText, constantValue, describe, lineOf, parsePhp, type PhpNode, type PhpValue } from './php-static.js'
import type { FindingLevel, RuleId } from './types.js'

/** Keys the plugin manager reads; 'priority' is optional and other keys are allowed. */
export const INFO_KEYS = ['author', 'email', 'version', 'require_api', 'date', 'name', 'desc', 'url'] as const

export interface InfoIssue {
  level: FindingLevel
  rule: RuleId
  line: number
  column?: number
  message: string
}

export interface InfoPhp {
  /** The returned array, without the keys that could not be read statically. */
  info?: PhpArray
  /** Keys present in the array whose value could not be read statically. */
  unreadable: Map<string, { line: number; why: string }>
  /** Line of the `return` (where a missing key is reported). */
  returnLine: number
  issues: InfoIssue[]
}

/** Plugin text inside a message: quoted, control characters escaped, kept short. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)
}

export function describeValue(value: PhpValue): string {
  if (value instanceof PhpArray) return 'an array'
  if (typeof value === 'string') return quote(bytesToText(value))
  if (value === null) return 'null'
  return String(value)
}

/** Statements that only declare things and run nothing a reader should worry about. */
const INERT = new Set(['declare', 'namespace', 'usegroup', 'noop'])

/** Reads info.php's bytes (the gate reads the file through its bounds: files.ts). */
export function readInfoPhp(source: Buffer): InfoPhp {
  const result: InfoPhp = { unreadable: new Map(), returnLine: 1, issues: [] }
  let program: PhpNode
  try {
    program = parsePhp(source, 'info.php')
  } catch (e) {
    if (!(e instanceof PhpSyntaxError)) throw e
    result.issues.push({ level: 'error', rule: 'info-php-syntax', line: e.line, column: e.column, message: `info.php is not valid PHP: ${e.message}` })
    return result
  }

  const statements = flatten(program.children as PhpNode[])
  const returnAt = statements.findIndex((s) => s.kind === 'return')
  for (const statement of statements.slice(0, returnAt === -1 ? undefined : returnAt)) {
    if (statement.kind === 'inline') {
      // PHP prints text outside <?php ?> when the file is included; blank lines are common and harmless.
      if (String(statement.raw).trim() !== '') {
        result.issues.push({ level: 'notice', rule: 'info-php-output', line: lineOf(statement), message: 'info.php has text outside <?php ... ?>; PHP prints it each time the panel reads the plugin information' })
      }
    } else if (!INERT.has(statement.kind)) {
      result.issues.push({
        level: 'warning',
        rule: 'info-php-runs-code',
        line: lineOf(statement),
        message: `info.php runs code before its return (${describe(statement)}); the panel runs it every time it reads the plugin information. The gate did not run it`
      })
    }
  }

  const ret = statements[returnAt]
  if (!ret || !ret.expr) {
    result.issues.push({ level: 'error', rule: 'info-php-not-array', line: ret ? lineOf(ret) : 1, message: 'info.php does not return an array (no top-level return): the plugin manager gets no plugin information' })
    return result
  }
  result.returnLine = lineOf(ret)
  const expr = ret.expr as PhpNode
  if (expr.kind !== 'array') {
    let what = 'a non-array value'
    try {
      what = describeValue(constantValue(expr))
    } catch (e) {
      if (!(e instanceof NotConstant)) throw e
      what = e.message
    }
    result.issues.push({ level: 'error', rule: 'info-php-not-array', line: lineOf(expr), message: `info.php must return an array; it returns ${what}` })
    return result
  }
  result.info = readArray(expr, result)
  return result
}

/** Top-level statements, looking through a braced block or namespace body. */
function flatten(statements: PhpNode[]): PhpNode[] {
  return statements.flatMap((s) => (s.kind === 'block' || (s.kind === 'namespace' && Array.isArray(s.children)) ? [s, ...flatten(s.children as PhpNode[])] : [s]))
}

/** Reads the returned array entry by entry so that one unreadable key does not hide the others. */
function readArray(node: PhpNode, result: InfoPhp): PhpArray {
  const array = new PhpArray()
  for (const item of node.items as Array<PhpNode | null>) {
    if (!item) continue
    const keyNode = item.kind === 'entry' ? (item.key as PhpNode | null) : null
    let key: PhpValue | undefined
    try {
      key = keyNode ? constantValue(keyNode) : undefined
    } catch (e) {
      if (!(e instanceof NotConstant)) throw e
      result.issues.push({ level: 'warning', rule: 'info-php-not-static', line: lineOf(keyNode), message: `info.php has an array key that cannot be read statically (${e.message})` })
      continue
    }
    const name = typeof key === 'string' ? bytesToText(key) : key === undefined ? '(next index)' : String(key)
    try {
      // The whole entry goes through constantValue so that PHP's key rules apply.
      const single = constantValue({ ...node, items: [item] })
      const [[k, value]] = [...(single as PhpArray).entries]
      array.set(keyNode ? k : undefined, value, lineOf(keyNode ?? item))
    } catch (e) {
      if (!(e instanceof NotConstant)) throw e
      result.unreadable.set(name, { line: lineOf(e.node), why: e.message })
      result.issues.push({
        level: 'warning',
        rule: 'info-php-not-static',
        line: lineOf(e.node),
        column: (e.node.loc?.start.column ?? 0) + 1,
        message: `info.php: the value of ${quote(name)} cannot be read statically (${e.message}); the gate never runs plugin code`
      })
    }
  }
  return array
}
