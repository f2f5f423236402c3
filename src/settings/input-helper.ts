/**
 * Turns the raw action inputs into one typed Settings object. Every rejection names the
 * input and what it accepts, and happens before anything connects or changes.
 */
import * as core from '@actions/core'
import * as path from 'node:path'
import { allInputs, getProduct, secretInputNames } from '../products/registry.js'
import { secrets } from '../report/redact.js'
import { InputError, PLAN, PRODUCTS, type JumpHost, type Settings, type TargetSettings } from './settings.js'
import { isHost, isKnownHosts, isPort, isPrivateKey, isSshFingerprint, isUserName } from './validate.js'

/** Every secret input of every product is masked and blanked, whatever this run uses. */
export function registerSecrets(read: InputReader = (name) => core.getInput(name)): void {
  for (const name of secretInputNames()) secrets.add(read(name))
}

/** Reads one input; `core.getInput` trims and returns '' when unset. */
export type InputReader = (name: string) => string

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(input, `'${value}' is not accepted; use one of: ${allowed.join(', ')}`)
  }
  return value as T
}

function boolean(input: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(input, `'${value}' is not accepted; use true or false`)
}

function minutes(input: string, value: string, fallback: number): number {
  if (value === '') return fallback
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1440) {
    throw new InputError(input, `'${value}' is not accepted; use whole minutes from 1 to 1440`)
  }
  return Number(value)
}

function port(input: string, value: string): number {
  if (!isPort(value)) throw new InputError(input, `'${value}' is not accepted; use a TCP port from 1 to 65535`)
  return Number(value)
}

function parseJumpHost(value: string): JumpHost | undefined {
  if (value === '') return undefined
  const match = /^(?:([^@]+)@)?([^:@]+|\[[0-9a-f:]+\])(?::(\d+))?$/i.exec(value)
  const [, user, rawHost, rawPort] = match ?? []
  const host = rawHost?.replace(/^\[|\]$/g, '') ?? ''
  if (!match || !isHost(host) || (user !== undefined && !isUserName(user))) {
    throw new InputError('jump-host', `'${value}' is not accepted; use [user@]host[:port] with a plain host name or IP address`)
  }
  return { host, user, port: rawPort === undefined ? undefined : port('jump-host', rawPort) }
}

/** With `planning`, nothing will connect: the key and host key may be left out. */
function readTarget(read: InputReader, planning: boolean): TargetSettings {
  const host = read('host')
  if (host === '') return { kind: 'local' }
  if (!isHost(host)) {
    throw new InputError('host', `'${host}' is not accepted; use a host name or an IP address (letters, digits, '-', '.', ':' only)`)
  }
  const user = read('user') || 'root'
  if (!isUserName(user)) throw new InputError('user', `'${user}' is not accepted; use a login name such as root or deploy`)
  const key = read('ssh-key')
  if (key === '' && !planning) throw new InputError('ssh-key', `a private key is required when 'host' is set (the text of an OpenSSH private key, from a secret)`)
  if (key !== '' && !isPrivateKey(key)) throw new InputError('ssh-key', 'is not a private key; paste the whole key file, BEGIN and END lines included')
  const knownHosts = read('known-hosts')
  if (knownHosts !== '' && !isKnownHosts(knownHosts)) {
    throw new InputError('known-hosts', "is not in known_hosts format ('host keytype key' lines, as ssh-keyscan prints them)")
  }
  const hostFingerprint = read('host-fingerprint')
  if (hostFingerprint !== '' && !isSshFingerprint(hostFingerprint)) {
    throw new InputError('host-fingerprint', `'${hostFingerprint}' is not accepted; use SHA256:… as 'ssh-keygen -lf' prints it`)
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

export function getSettings(read: InputReader = (name) => core.getInput(name)): Settings {
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
    const value = read(spec.name) || spec.default || ''
    if (value !== '' && !spec.valid(value)) {
      throw new InputError(spec.name, spec.secret ? `is not accepted; use ${spec.accepts}` : `'${value}' is not accepted; use ${spec.accepts}`)
    }
    options[spec.name] = value
    if (spec.secret && value !== '') secretOptions.push(spec.name)
  }
  // An input of another product is a mistake worth stopping for (a copied workflow, a wrong product).
  for (const input of allInputs()) {
    if (input.products && !input.products.includes(productId) && read(input.name) !== '') {
      throw new InputError(input.name, `is an input of ${input.products.join(', ')}; product ${productId} does not read it (remove it, or check 'product')`)
    }
  }

  let target: TargetSettings | undefined
  if (onRunner) {
    for (const name of ['host', 'ssh-key', 'jump-host']) {
      if (read(name) !== '') throw new InputError(name, `${product.title} ${procedure} runs on the runner, on files of the workspace, and takes no host; remove '${name}'`)
    }
  } else {
    target = readTarget(read, mode === PLAN)
  }
  const logDir = path.resolve(read('log-dir') || path.join(process.env.RUNNER_TEMP || process.cwd(), 'hostpanel-logs'))
  return {
    product: productId,
    version,
    release: releases[releases.length - 1].version,
    releases: releases.map((r) => r.version),
    mode,
    procedure,
    target,
    timeoutMinutes: minutes('timeout', read('timeout'), 90),
    lockTimeoutMinutes: minutes('lock-timeout', read('lock-timeout'), 10),
    logDir,
    force: boolean('force', read('force'), false),
    options,
    secretOptions
  }
}
