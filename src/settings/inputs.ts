/**
 * Every input, declared once. The common inputs are here; each product declares its own
 * options beside its procedures. action.yml and the README's inputs table are generated
 * from these declarations (`npm run docs`), and a unit test fails when they drift.
 * A product input's description starts with the products that read it, so that a user
 * sees at a glance which inputs belong to which product.
 */
import { PRODUCTS, RUNNER_HOST } from './settings.js'

/** What core.getBooleanInput accepts (YAML 1.2 core schema booleans); a unit test holds them equal. */
export const BOOLEANS = { true: ['true', 'True', 'TRUE'], false: ['false', 'False', 'FALSE'] }
export const BOOLEAN_ACCEPTS = 'true or false (also True, TRUE, False, FALSE)'

export interface InputDoc {
  name: string
  description: string
  /** What is accepted, for the README and the error messages. */
  accepts: string
  /** Shown in the README; applied in code, so that "not set" can be told from a value. */
  default?: string
  /**
   * Written to action.yml, so that editors and the Marketplace show it. The runner then passes
   * it even to a product that does not read the input: a product's input set to its declared
   * default counts as not set (see getSettings).
   */
  actionDefault?: string
  required?: boolean
  secret?: boolean
  /** Several lines (a key, known_hosts); every other input is one line without control characters. */
  multiline?: boolean
  /** The products that read it; undefined for inputs every product reads. */
  products?: string[]
}

export const COMMON_INPUTS: InputDoc[] = [
  { name: 'product', description: 'The product to work on.', accepts: PRODUCTS.join(', '), required: true },
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
    description: `Target host name or IP address, or ${RUNNER_HOST} to work on the runner itself (as root, or with passwordless sudo). Required for host modes: an empty value (an unset secret) is refused.`,
    accepts: `${RUNNER_HOST}, a host name (RFC 1123, ASCII), a dotted-quad IPv4 address or an IPv6 address without zone`,
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
]

/** One line of action.yml per input, with the products that read it in front. */
export function describeInput(doc: InputDoc): string {
  return doc.products ? `[${doc.products.join(', ')}] ${doc.description}` : doc.description
}
