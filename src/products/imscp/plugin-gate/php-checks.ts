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
  /** The node whose truth `holdsAt` gives (the call, or the comparison around a 2-argument call); none when the gate cannot evaluate it. */
  node?: PhpNode
  holdsAt?: (api: string) => boolean
}

/** One condition on the way to a stop: the test of an `if`, and whether it must hold there. */
export interface PathCondition {
  test: PhpNode
  holds: boolean
}

/** A place where the plugin stops the plugin manager's action: stopPropagation(), or a throw under an API check. */
export interface Stop {
  kind: 'stopPropagation()' | 'throw'
  line: number
  column: number
  method?: string
  /** Every condition that must hold for the stop to run: enclosing ifs and early returns before it. */
  path: PathCondition[]
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

function enclosingMethod(ancestors: PhpNode[]): string | undefined {
  const method = [...ancestors].reverse().find((a) => a.kind === 'method')
  return method ? String((method.name as PhpNode).name ?? method.name) : undefined
}

function findChecks(program: PhpNode): SelfCheck[] {
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
    checks.push({
      accessor,
      line: position(node).line,
      column: (node.loc?.start.column ?? 0) + 1,
      method: enclosingMethod(ancestors),
      text: condition?.text ?? `${shown}, …)`,
      ...(condition ? { node: condition.node, holdsAt: condition.cond } : {})
    })
  }
  return checks
}

/** A statement after which the rest of its block does not run. */
function exits(node: PhpNode | null | undefined): boolean {
  if (!node) return false
  if (['return', 'throw', 'exit'].includes(node.kind)) return true
  if (node.kind === 'expressionstatement') return exits(node.expression as PhpNode)
  if (node.kind === 'block') return exits((node.children as PhpNode[]).at(-1))
  return false
}

/** The conditions under which `chain`'s last node runs, inside its method: enclosing ifs, and ifs before it that return early. */
function pathOf(chain: PhpNode[]): PathCondition[] {
  const path: PathCondition[] = []
  const from = chain.findLastIndex((n) => n.kind === 'method' || n.kind === 'function' || n.kind === 'closure')
  for (let i = Math.max(from, 0); i < chain.length - 1; i++) {
    const parent = chain[i]!
    const child = chain[i + 1]!
    if (parent.kind === 'if' && child !== parent.test) path.push({ test: parent.test as PhpNode, holds: child === parent.body })
    const siblings = Array.isArray(parent.children) ? (parent.children as PhpNode[]) : []
    for (const before of siblings.slice(0, Math.max(siblings.indexOf(child), 0))) {
      if (before.kind !== 'if') continue
      const body = exits(before.body as PhpNode)
      const alternate = exits(before.alternate as PhpNode | null)
      if (body !== alternate) path.push({ test: before.test as PhpNode, holds: alternate })
    }
  }
  return path
}

/**
 * The plugin's minimum-API checks, and every place that stops the plugin manager's action
 * with the conditions that lead there: stopPropagation() anywhere, and a throw only when an
 * API check is on its way (plugins throw on many errors that have nothing to do with the API).
 */
export function findSelfChecks(program: PhpNode): { checks: SelfCheck[]; stops: Stop[] } {
  const checks = findChecks(program)
  const stops: Stop[] = []
  const compared = (path: PathCondition[]) => path.some((c) => checks.some((k) => k.node && contains(c.test, k.node)))
  for (const { node, ancestors } of walk(program)) {
    const stop = node.kind === 'throw' ? 'throw' : node.kind === 'call' && methodName(node)?.toLowerCase() === 'stoppropagation' ? 'stopPropagation()' : undefined
    if (!stop) continue
    const path = pathOf([...ancestors, node])
    if (stop === 'throw' && !compared(path)) continue
    stops.push({ kind: stop, line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1, method: enclosingMethod(ancestors), path })
  }
  return { checks, stops }
}

export function contains(root: PhpNode, target: PhpNode): boolean {
  return [...walk(root)].some(({ node }) => node === target)
}

/** `$event->getParam('pluginName')`: which plugin an install/enable event is about. */
function isPluginNameParam(node: PhpNode): boolean {
  return node.kind === 'call' && methodName(node)?.toLowerCase() === 'getparam' && literal((node.arguments as PhpNode[])[0]) === 'pluginName'
}

/** `$this->getName()`, or the plugin's name as a literal: what the event's plugin name is compared with. */
function isOwnName(node: PhpNode, plugin: string): boolean {
  if (node.kind === 'call' && methodName(node)?.toLowerCase() === 'getname' && (node.what as PhpNode).kind === 'propertylookup') return true
  return literal(node) === plugin
}

/**
 * Three-valued value of an `if` test when only the API comparisons (`known`) are known. The
 * gate judges a plugin's own install and enable, so "is this event about me?" holds; anything
 * else (configuration, other plugins, files) is undecided.
 */
export function evaluate(test: PhpNode, known: Map<PhpNode, boolean>, plugin: string): boolean | undefined {
  const value = known.get(test)
  if (value !== undefined) return value
  if (test.kind === 'boolean') return Boolean(test.value)
  if (test.kind === 'unary' && test.type === '!') {
    const inner = evaluate(test.what as PhpNode, known, plugin)
    return inner === undefined ? undefined : !inner
  }
  if (test.kind === 'cast' && test.type === 'bool') return evaluate(test.expr as PhpNode, known, plugin)
  if (test.kind !== 'bin') return undefined
  const left = test.left as PhpNode
  const right = test.right as PhpNode
  const type = String(test.type)
  if (['==', '===', '!=', '!==', '<>'].includes(type) && (isPluginNameParam(left) || isPluginNameParam(right))) {
    const same = isOwnName(isPluginNameParam(left) ? right : left, plugin)
    return type.startsWith('=') ? same : !same
  }
  const l = evaluate(left, known, plugin)
  const r = evaluate(right, known, plugin)
  if (type === '&&' || type === 'and') return l === false || r === false ? false : l === true && r === true ? true : undefined
  if (type === '||' || type === 'or') return l === true || r === true ? true : l === false && r === false ? false : undefined
  if (type === 'xor') return l === undefined || r === undefined ? undefined : l !== r
  return undefined
}

/** The part of an undecided test that is left once its known parts are taken out (`me && X` is X). */
export function residual(test: PhpNode, known: Map<PhpNode, boolean>, plugin: string): PhpNode {
  if (test.kind !== 'bin') return test
  const type = String(test.type)
  const and = type === '&&' || type === 'and'
  if (!and && type !== '||' && type !== 'or') return test
  const l = evaluate(test.left as PhpNode, known, plugin)
  const r = evaluate(test.right as PhpNode, known, plugin)
  // In `A && B` a side that holds says nothing more; in `A || B` a side that fails does not.
  if (l === and) return residual(test.right as PhpNode, known, plugin)
  if (r === and) return residual(test.left as PhpNode, known, plugin)
  return test
}
