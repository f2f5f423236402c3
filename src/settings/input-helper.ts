/**
 * Turns the raw action inputs into one typed Settings object. Every rejection names the
 * input and what it accepts, and happens before anything connects or changes.
 *
 * Inputs are read exactly as given (core.getInput without its trimming): a value with a
 * line break or another control character, or with spaces around it, is refused rather
 * than repaired, so that what runs is what the workflow says.
 */
import * as core from '@actions/core'
import * as path from 'node:path'
import { allInputs, getProduct, secretInputNames } from '../products/registry.js'
import { secrets } from '../report/redact.js'
import { BOOLEANS, type InputDoc } from './inputs.js'
import { InputError, PLAN, PRODUCTS, RUNNER_HOST, type JumpHost, type Settings, type TargetSettings } from './settings.js'
import { checkKey, KeyProblem, normaliseKey } from './ssh-key.js'
import { checkValue, optionValue, prepareLogDir, shown } from './values.js'
import { isHost, isKnownHosts, isPort, isSshFingerprint, isUserName, isWholeNumber, specialAddress, urlCredentials } from './validate.js'

/** Reads one input as the runner hands it over; '' when unset. */
export type InputReader = (name: string) => string

/** The input untrimmed: trimming would hide a trailing line break, which is refused instead. */
export function rawInput(name: string): string {
  return core.getInput(name, { trimWhitespace: false })
}

/**
 * Every secret input of every product is masked and blanked, whatever this run uses; so
 * are credentials written into any input's URL. Runs before any input is checked, so that
 * no error message can show them.
 */
export function registerSecrets(read: InputReader = rawInput): void {
  for (const name of secretInputNames()) secrets.add(read(name))
  for (const input of allInputs()) {
    const credentials = urlCredentials(read(input.name))
    if (!credentials) continue
    // Quoting for a shell may split user:password, so the password is blanked on its own too.
    const password = credentials.slice(credentials.indexOf(':') + 1)
    for (const value of [read(input.name), credentials, password]) {
      secrets.add(value)
      secrets.add(decodeURIComponentSafe(value))
    }
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Wraps a reader so that every value is checked for what no input accepts: control
 * characters (line breaks too, except in the inputs of several lines, whose CRLF becomes
 * LF and where tabs may indent) and, in one-line inputs, spaces around the value.
 */
export function checkedReader(read: InputReader): InputReader {
  const docs = new Map<string, InputDoc>(allInputs().map((doc) => [doc.name, doc]))
  return (name) => {
    const value = read(name)
    const doc = docs.get(name)
    return doc ? checkValue(doc, value) : value
  }
}

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(input, `'${shown(value)}' is not accepted; use one of: ${allowed.join(', ')}`)
  }
  return value as T
}

function boolean(input: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (BOOLEANS.true.includes(value)) return true
  if (BOOLEANS.false.includes(value)) return false
  throw new InputError(input, `'${shown(value)}' is not accepted; use true or false (also True, TRUE, False, FALSE)`)
}

function minutes(input: string, value: string, fallback: number): number {
  if (value === '') return fallback
  if (!isWholeNumber(value, 1, 1440)) {
    throw new InputError(input, `'${shown(value)}' is not accepted; use whole minutes from 1 to 1440 (digits only: no sign, spaces or leading zero)`)
  }
  return Number(value)
}

function port(input: string, value: string): number {
  if (!isPort(value)) throw new InputError(input, `'${shown(value)}' is not accepted; use a TCP port from 1 to 65535 (digits only: no sign, spaces or leading zero)`)
  return Number(value)
}

function parseJumpHost(value: string): JumpHost | undefined {
  if (value === '') return undefined
  const match = /^(?:([^@]+)@)?([^:@[\]]+|\[[0-9a-f:.]+\])(?::([^:]*))?$/i.exec(value)
  const [, user, rawHost, rawPort] = match ?? []
  const bracketed = rawHost?.startsWith('[') ?? false
  const host = bracketed ? rawHost.slice(1, -1) : (rawHost ?? '')
  if (!match || !isHost(host) || bracketed !== host.includes(':') || (user !== undefined && !isUserName(user))) {
    throw new InputError('jump-host', `'${shown(value)}' is not accepted; use [user@]host[:port] with a plain host name or IP address, an IPv6 address in brackets ([2001:db8::1]:22)`)
  }
  const special = specialAddress(host)
  if (special) throw new InputError('jump-host', `'${shown(value)}' is not accepted: ${host} is ${special}; use [user@]host[:port] with the jump host's own address or name`)
  return { host, user, port: rawPort === undefined ? undefined : port('jump-host', rawPort) }
}

/** With `planning`, nothing will connect: the key and host key may be left out. */
function readTarget(read: InputReader, planning: boolean, what: string): TargetSettings {
  const host = read('host')
  if (host === '') {
    throw new InputError('host', `is empty, and ${what} works on a host; set it to the host's name or IP address, or to '${RUNNER_HOST}' to work on the runner itself (a 'host: \${{ secrets.X }}' whose secret is unset is empty)`)
  }
  if (host === RUNNER_HOST) return { kind: 'local' }
  const special = specialAddress(host)
  if (special) throw new InputError('host', `'${shown(host)}' is not accepted: it is ${special}; use '${RUNNER_HOST}' to work on the runner itself, or the host's own address or name`)
  if (!isHost(host)) {
    throw new InputError('host', `'${shown(host)}' is not accepted; use '${RUNNER_HOST}', a host name (RFC 1123: ASCII letters, digits, '-' and '.', no trailing dot), a dotted-quad IPv4 address or an IPv6 address without zone or brackets`)
  }
  const user = read('user') || 'root'
  if (!isUserName(user)) throw new InputError('user', `'${shown(user)}' is not accepted; use a login name such as root or deploy (lower-case letters, digits, '_' and '-', not starting with '-')`)
  const key = readKey(read('ssh-key'), planning)
  const knownHosts = read('known-hosts')
  if (knownHosts !== '' && !isKnownHosts(knownHosts)) {
    throw new InputError('known-hosts', "is not in known_hosts format ('host keytype key' lines, as ssh-keyscan prints them)")
  }
  const hostFingerprint = read('host-fingerprint')
  if (hostFingerprint !== '' && !isSshFingerprint(hostFingerprint)) {
    throw new InputError('host-fingerprint', `'${shown(hostFingerprint)}' is not accepted; use SHA256:… as 'ssh-keygen -lf' prints it`)
  }
  const skipHostKeyCheck = boolean('insecure-skip-host-key-check', read('insecure-skip-host-key-check'), false)
  const jumpHost = parseJumpHost(read('jump-host'))
  if (!knownHosts && !hostFingerprint && !skipHostKeyCheck && !planning) {
    throw new InputError('known-hosts', "the host key must be verified: set 'known-hosts' or 'host-fingerprint' (or, only for throw-away hosts, 'insecure-skip-host-key-check: true')")
  }
  if (hostFingerprint && jumpHost && !knownHosts) {
    throw new InputError('host-fingerprint', "cannot be checked through a jump host; give 'known-hosts' lines for both hosts instead")
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
  }
}

/** The key as ssh will read it, checked with ssh-keygen; '' only when planning without one. */
function readKey(raw: string, planning: boolean): string {
  if (raw === '') {
    if (planning) return ''
    throw new InputError('ssh-key', `a private key is required when 'host' is a remote host (the text of an OpenSSH private key without passphrase, from a secret)`)
  }
  try {
    const key = normaliseKey(raw)
    checkKey(key)
    return key
  } catch (error) {
    if (error instanceof KeyProblem) throw new InputError('ssh-key', error.message)
    throw error
  }
}

export function getSettings(raw: InputReader = rawInput): Settings {
  const read = checkedReader(raw)
  const productId = oneOf('product', read('product'), PRODUCTS)
  const product = getProduct(productId)
  const version = read('version')
  if (version === '') throw new InputError('version', `is required; ${product.title} releases in the catalogue: ${product.catalogue.describe()}. ${product.versionNote}`)
  const releases = product.catalogue.resolve(version)
  const modes = Object.keys(product.modes)
  const mode = oneOf('mode', read('mode') || 'install', [...modes, PLAN])
  const procedure = mode === PLAN ? oneOf('plan-for', read('plan-for') || 'install', modes) : mode
  const onRunner = product.modes[procedure].kind === 'runner'

  const options: Record<string, string> = {}
  const secretOptions: string[] = []
  for (const spec of product.options) {
    const value = optionValue(spec, read(spec.name))
    options[spec.name] = value
    if (spec.secret && value !== '') secretOptions.push(spec.name)
  }
  for (const spec of product.options) {
    const other = product.options.find((o) => o.name === spec.notWith)
    if (other && options[spec.name] !== '' && options[other.name] !== '') {
      throw new InputError(spec.name, `and '${other.name}' are both set, and only one is used; give either ${other.name} (${other.accepts}) or ${spec.name} (${spec.accepts})`)
    }
  }
  // An input of another product is a mistake worth stopping for (a copied workflow, a wrong product).
  // action.yml's default of another product's input reaches every run: that is not a mistake.
  for (const input of allInputs()) {
    if (input.products && !input.products.includes(productId) && read(input.name) !== '' && read(input.name) !== input.actionDefault) {
      throw new InputError(input.name, `is an input of ${input.products.join(', ')}; product ${productId} does not read it (remove it, or check 'product')`)
    }
  }

  let target: TargetSettings | undefined
  if (onRunner) {
    for (const name of ['host', 'ssh-key', 'jump-host']) {
      if (read(name) !== '') throw new InputError(name, `${product.title} ${procedure} runs on the runner, on files of the workspace, and takes no host; remove '${name}'`)
    }
  } else {
    target = readTarget(read, mode === PLAN, `${product.title} ${procedure}`)
  }
  const timeoutMinutes = minutes('timeout', read('timeout'), 90)
  const lockTimeoutMinutes = minutes('lock-timeout', read('lock-timeout'), 10)
  const force = boolean('force', read('force'), false)
  const logDir = prepareLogDir(read('log-dir') || path.join(process.env.RUNNER_TEMP || process.cwd(), 'hostpanel-logs'))
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
  }
}
