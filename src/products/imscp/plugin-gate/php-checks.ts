/**
 * What a plugin's PHP code asks of the plugin manager: calls to the API-version accessor
 * (getPluginApiVersion() up to 1.2.2, pluginGetApiVersion() from 1.2.3), whether a call is
 * guarded by method_exists()/is_callable(), and the plugin's own minimum-API checks:
 * `version_compare(<accessor>, 'x.y.z', op)` in an `if` whose branch stops the action.
 */
import { isVersionOperator, versionCompare, versionCompareWith, type VersionOperator } from './php-compare.js'
import { NotConstant, constantValue, phpToString, walk, type PhpNode } from './php-static.js'

export const OLD_ACCESSOR = 'getPluginApiVersion'
export const NEW_ACCESSOR = 'pluginGetApiVersion'
export type Accessor = typeof OLD_ACCESSOR | typeof NEW_ACCESSOR

export interface AccessorCall {
  accessor: Accessor
  line: number
  column: number
  /** Inside a branch that first asks method_exists()/is_callable() about an accessor. */
  guarded: boolean
}

/** A `version_compare(<accessor>, literal, ...)` test. */
export interface SelfCheck {
  accessor: Accessor
  line: number
  column: number
  /** The method it is in, if any (typically onBeforeInstallPlugin / onBeforeEnablePlugin). */
  method?: string
  /** PHP source form of the comparison, for messages. */
  text: string
  /**
   * Whether the plugin stops itself for a given API version; undefined when the gate cannot
   * follow the code (the check is not an `if` test it can evaluate).
   */
  stopsAt(api: string): boolean | undefined
  /** Whether the check's failing branch stops the action at all. */
  stops: boolean
}

function methodName(call: PhpNode): string | undefined {
  const what = call.what as PhpNode
  if (!['propertylookup', 'nullsafepropertylookup', 'staticlookup'].includes(what.kind)) return undefined
  const offset = what.offset as PhpNode
  return offset.kind === 'identifier' ? String(offset.name) : undefined
}

function functionName(call: PhpNode): string | undefined {
  const what = call.what as PhpNode
  return what.kind === 'name' ? String(what.name).replace(/^\\/, '').toLowerCase() : undefined
}

/** PHP method names are case-insensitive. */
function accessorOf(node: PhpNode): Accessor | undefined {
  if (node.kind !== 'call') return undefined
  const name = methodName(node)?.toLowerCase()
  return name === OLD_ACCESSOR.toLowerCase() ? OLD_ACCESSOR : name === NEW_ACCESSOR.toLowerCase() ? NEW_ACCESSOR : undefined
}

function position(call: PhpNode): { line: number; column: number } {
  const start = ((call.what as PhpNode).offset as PhpNode | undefined)?.loc?.start ?? call.loc?.start
  return { line: start?.line ?? 1, column: (start?.column ?? 0) + 1 }
}

/** A test such as `method_exists($pm, 'pluginGetApiVersion')` that makes accessor calls below it deliberate. */
function asksAboutAccessor(test: PhpNode): boolean {
  for (const { node } of walk(test)) {
    if (node.kind !== 'call' || !['method_exists', 'is_callable'].includes(functionName(node) ?? '')) continue
    for (const { node: arg } of walk(node)) {
      if (arg.kind === 'string' && [OLD_ACCESSOR, NEW_ACCESSOR].some((a) => a.toLowerCase() === String(arg.value).toLowerCase())) return true
    }
  }
  return false
}

export function findAccessorCalls(program: PhpNode): AccessorCall[] {
  const calls: AccessorCall[] = []
  for (const { node, ancestors } of walk(program)) {
    const accessor = accessorOf(node)
    if (!accessor) continue
    const guarded = ancestors.some((a) => (a.kind === 'if' || a.kind === 'retif') && asksAboutAccessor(a.test as PhpNode))
    calls.push({ accessor, ...position(node), guarded })
  }
  return calls
}

function literal(node: PhpNode | undefined): string | undefined {
  if (!node) return undefined
  try {
    const value = constantValue(node)
    return typeof value === 'object' && value !== null ? undefined : phpToString(value)
  } catch (e) {
    if (e instanceof NotConstant) return undefined
    throw e
  }
}

type Comparison = (api: string) => boolean

const FLIP: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=', '===': '===', '!==': '!==' }
const NUMERIC_OPS: Record<string, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b,
  '==': (a, b) => a === b, '===': (a, b) => a === b, '!=': (a, b) => a !== b, '!==': (a, b) => a !== b, '<>': (a, b) => a !== b
}

/** `version_compare(api, 'x')` with 2 arguments is -1/0/1; the comparison around it makes it a condition. */
function comparisonAround(call: PhpNode, parent: PhpNode | undefined, order: (api: string) => number): { cond: Comparison; node: PhpNode; text: string } | undefined {
  if (!parent || parent.kind !== 'bin' || !NUMERIC_OPS[String(parent.type)]) return undefined
  const callOnLeft = parent.left === call
  const other = literal((callOnLeft ? parent.right : parent.left) as PhpNode)
  if (other === undefined || Number.isNaN(Number(other))) return undefined
  const op = callOnLeft ? String(parent.type) : FLIP[String(parent.type)] ?? String(parent.type)
  return { cond: (api) => NUMERIC_OPS[op]!(order(api), Number(other)), node: parent, text: `${op} ${other}` }
}

export function findSelfChecks(program: PhpNode): SelfCheck[] {
  const checks: SelfCheck[] = []
  for (const { node, ancestors } of walk(program)) {
    if (node.kind !== 'call' || functionName(node) !== 'version_compare') continue
    const args = node.arguments as PhpNode[]
    const apiSide = args.slice(0, 2).findIndex((a) => [...walk(a)].some(({ node: n }) => accessorOf(n)))
    if (apiSide === -1) continue
    const accessor = [...walk(args[apiSide]!)].map(({ node: n }) => accessorOf(n)).find(Boolean)!
    const minimum = literal(args[1 - apiSide])
    if (minimum === undefined) continue
    // version_compare(a, b) with the API on the right is the mirror image.
    const order = (api: string): number => (apiSide === 0 ? versionCompare(api, minimum) : versionCompare(minimum, api))
    const operator = literal(args[2])
    let condition: { cond: Comparison; node: PhpNode; text: string } | undefined
    const shown = apiSide === 0 ? `version_compare(API, ${JSON.stringify(minimum)}` : `version_compare(${JSON.stringify(minimum)}, API`
    if (operator !== undefined && isVersionOperator(operator)) {
      const op: VersionOperator = operator
      condition = { cond: (api) => (apiSide === 0 ? versionCompareWith(api, minimum, op) : versionCompareWith(minimum, api, op)), node, text: `${shown}, '${op}')` }
    } else if (args.length === 2) {
      const around = comparisonAround(node, ancestors[ancestors.length - 1], order)
      if (around) condition = { ...around, text: `${shown}) ${around.text}` }
    }
    const method = [...ancestors].reverse().find((a) => a.kind === 'method')
    const check = {
      accessor,
      line: position(node).line,
      column: (node.loc?.start.column ?? 0) + 1,
      method: method ? String((method.name as PhpNode).name ?? method.name) : undefined,
      text: condition?.text ?? `${shown}, …)`
    }
    checks.push({ ...check, ...follow(condition, ancestors) })
  }
  return checks
}

/** Finds the `if` whose test holds the comparison and decides, per API version, whether its taken branch stops. */
function follow(condition: { cond: Comparison; node: PhpNode } | undefined, ancestors: PhpNode[]): Pick<SelfCheck, 'stopsAt' | 'stops'> {
  const unknown = { stopsAt: () => undefined, stops: false }
  if (!condition) return unknown
  const ifIndex = ancestors.findLastIndex((a) => a.kind === 'if' && [...walk(a.test as PhpNode)].some(({ node }) => node === condition.node))
  if (ifIndex === -1) return unknown
  const ifNode = ancestors[ifIndex]!
  const thenStops = stopsIn(ifNode.body as PhpNode | null)
  const elseStops = stopsIn(ifNode.alternate as PhpNode | null)
  return {
    stops: thenStops || elseStops,
    stopsAt(api: string) {
      const value = evaluate(ifNode.test as PhpNode, condition.node, condition.cond(api))
      if (value === undefined) return undefined
      return value ? thenStops : elseStops
    }
  }
}

/** A branch stops the plugin manager's action when it calls stopPropagation() or throws. */
function stopsIn(branch: PhpNode | null): boolean {
  if (!branch) return false
  return [...walk(branch)].some(({ node }) => node.kind === 'throw' || (node.kind === 'call' && methodName(node)?.toLowerCase() === 'stoppropagation'))
}

/**
 * Three-valued evaluation of an `if` test in which only the comparison is known. Other parts
 * of an `&&` (typically "is this event about me?") are taken to hold; an `||` with an unknown
 * side that does not settle it, or anything else, is undecided.
 */
function evaluate(test: PhpNode, target: PhpNode, value: boolean): boolean | undefined {
  if (test === target) return value
  if (test.kind === 'unary' && test.type === '!') {
    const inner = evaluate(test.what as PhpNode, target, value)
    return inner === undefined ? undefined : !inner
  }
  if (test.kind === 'cast' && test.type === 'bool') return evaluate(test.expr as PhpNode, target, value)
  if (test.kind === 'bin' && ['&&', 'and', '||', 'or'].includes(String(test.type))) {
    const contains = (n: PhpNode) => [...walk(n)].some(({ node }) => node === target)
    const left = contains(test.left as PhpNode) ? evaluate(test.left as PhpNode, target, value) : 'other'
    const right = contains(test.right as PhpNode) ? evaluate(test.right as PhpNode, target, value) : 'other'
    const known = [left, right].filter((v): v is boolean => typeof v === 'boolean')
    if (known.length === 0) return undefined
    if (test.type === '&&' || test.type === 'and') return known.every(Boolean) && !(left === undefined || right === undefined) ? true : known.some((v) => !v) ? false : undefined
    return known.some(Boolean) ? true : left === 'other' || right === 'other' || left === undefined || right === undefined ? undefined : false
  }
  return undefined
}
