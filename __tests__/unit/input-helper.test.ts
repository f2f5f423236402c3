import * as core from '@actions/core'
import { getSettings, rawInput } from '../../src/settings/input-helper.js'
import { BOOLEANS } from '../../src/settings/inputs.js'
import { InputError } from '../../src/settings/settings.js'
import { makeKeys } from '../support/keys.js'

const KEYS = makeKeys()
const KEY = KEYS.ed25519
const KNOWN = '10.0.0.2 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC2/mY1gkFwIu0ZhUm4yTuN5lBZ0y1hW1Zf1vQ3b0F2x'

function reader(inputs: Record<string, string>): (name: string) => string {
  return (name) => inputs[name] ?? ''
}

function rejects(inputs: Record<string, string>): InputError {
  try {
    getSettings(reader(inputs))
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error(`accepted: ${JSON.stringify(inputs)}`)
}

const remote = { product: 'ispmanager', version: '6', host: '10.0.0.2', 'ssh-key': KEY, 'known-hosts': KNOWN }

describe('getSettings', () => {
  it('builds typed settings with defaults for a remote install', () => {
    const s = getSettings(reader({ ...remote, 'log-dir': '/tmp/x', 'panel-domain': 'panel.example.com' }))
    expect(s).toMatchObject({ product: 'ispmanager', version: '6', mode: 'install', procedure: 'install', timeoutMinutes: 90, lockTimeoutMinutes: 10, logDir: '/tmp/x', force: false })
    expect(s.target).toMatchObject({ kind: 'ssh', host: '10.0.0.2', port: 22, user: 'root', skipHostKeyCheck: false, knownHosts: KNOWN })
    expect(s.options).toMatchObject({ release: 'stable', dbtype: 'mysql', 'mysql-server': 'mariadb', edition: 'ispmanager-lite', 'panel-domain': 'panel.example.com' })
  })

  it("runs on the runner itself only with host: runner; an empty host is refused, saying so", () => {
    expect(getSettings(reader({ product: 'ispmanager', version: '6.x', host: 'runner' })).target).toEqual({ kind: 'local' })
    for (const mode of ['install', 'verify', 'plan']) {
      const error = rejects({ product: 'ispmanager', version: '6', mode })
      expect(error.input).toBe('host')
      expect(error.message).toContain("or to 'runner' to work on the runner itself")
    }
  })

  it('normalises a pasted key (CRLF, indentation, text before BEGIN) and keeps the key itself', () => {
    const pasted = `Here is the key:\r\n${KEY.split('\n').map((l) => `    ${l}`).join('\r\n')}`
    const target = getSettings(reader({ ...remote, 'ssh-key': pasted })).target
    expect(target).toMatchObject({ kind: 'ssh', key: KEY })
    expect(getSettings(reader({ ...remote, 'ssh-key': KEYS.rsaPem })).target).toMatchObject({ key: KEYS.rsaPem })
  })

  it('refuses a passphrase-protected key before connecting, saying why', () => {
    const error = rejects({ ...remote, 'ssh-key': KEYS.encrypted })
    expect(error.input).toBe('ssh-key')
    expect(error.message).toContain('protected by a passphrase')
  })

  it('keeps IPv6 hosts plain and jump hosts in brackets', () => {
    expect(getSettings(reader({ ...remote, host: '2001:db8::10' })).target).toMatchObject({ host: '2001:db8::10' })
    expect(getSettings(reader({ ...remote, 'jump-host': 'ops@[2001:db8::1]:2222' })).target).toMatchObject({ jumpHost: { user: 'ops', host: '2001:db8::1', port: 2222 } })
  })

  it('reads inputs exactly: no trimming, CRLF in multi-line inputs becomes LF', () => {
    const target = getSettings(reader({ ...remote, 'known-hosts': `${KNOWN}\r\n` })).target
    expect(target).toMatchObject({ knownHosts: `${KNOWN}\n` })
    expect(rejects({ ...remote, port: '22\n' }).input).toBe('port')
  })

  it('needs no key to plan for a remote host, since a plan connects to nothing', () => {
    expect(getSettings(reader({ product: 'ispmanager', version: '6', mode: 'plan', host: 'panel.example.com' })).target).toMatchObject({ kind: 'ssh', host: 'panel.example.com', key: '' })
  })

  it('plans the procedure named by plan-for', () => {
    expect(getSettings(reader({ product: 'ispmanager', version: '6', mode: 'plan', 'plan-for': 'upgrade', host: 'runner' }))).toMatchObject({ mode: 'plan', procedure: 'upgrade' })
  })

  it.each([
    [{ product: 'plesk', version: '6' }, 'product', 'use one of: ispmanager, imscp, vmm'],
    [{ product: 'vmm', version: '0.5.2' }, 'version', 'it knows: 0.6.0, 0.6.1, 0.6.2, 0.7.0'],
    [{ product: 'ispmanager', version: 'six' }, 'version', "names no ISPmanager release in this action's catalogue; it knows: 6 ("],
    [{ product: 'ispmanager', version: '6; rm -rf /' }, 'version', 'it knows: 6'],
    [{ product: 'ispmanager', version: '5.2' }, 'version', 'it knows: 6'],
    [{ product: 'ispmanager', version: '6.50.0' }, 'version', "the vendor's installer installs its current release"],
    [{ product: 'ispmanager', version: '' }, 'version', 'is required'],
    [{ product: 'ispmanager', version: '6,' }, 'version', 'is empty'],
    [{ product: 'ispmanager', version: '6', mode: 'deploy' }, 'mode', 'install, upgrade, verify, plan'],
    [{ product: 'ispmanager', version: '6', mode: 'plan', 'plan-for': 'plan' }, 'plan-for', 'install, upgrade, verify'],
    [{ ...remote, host: 'host;reboot' }, 'host', "use 'runner', a host name"],
    [{ ...remote, host: '$(id)' }, 'host', 'a dotted-quad IPv4 address or an IPv6 address'],
    [{ ...remote, 'ssh-key': '' }, 'ssh-key', 'required'],
    [{ ...remote, 'ssh-key': 'hunter2' }, 'ssh-key', 'is not a private key'],
    [{ ...remote, host: '' }, 'host', "'runner'"],
    [{ ...remote, 'known-hosts': '' }, 'known-hosts', 'must be verified'],
    [{ ...remote, 'known-hosts': 'garbage' }, 'known-hosts', 'known_hosts format'],
    [{ ...remote, 'known-hosts': '', 'host-fingerprint': 'MD5:aa:bb' }, 'host-fingerprint', 'SHA256:'],
    [{ ...remote, 'known-hosts': '', 'host-fingerprint': `SHA256:${'a'.repeat(43)}`, 'jump-host': 'bastion' }, 'host-fingerprint', 'jump host'],
    [{ ...remote, port: '70000' }, 'port', '1 to 65535'],
    [{ ...remote, user: 'root -oProxyCommand=x' }, 'user', 'login name'],
    [{ ...remote, 'jump-host': 'a b@c' }, 'jump-host', '[user@]host[:port]'],
    [{ ...remote, timeout: '0' }, 'timeout', 'whole minutes'],
    [{ ...remote, 'insecure-skip-host-key-check': 'maybe' }, 'insecure-skip-host-key-check', 'true or false'],
    [{ ...remote, release: 'internal' }, 'release', 'stable, beta'],
    [{ ...remote, 'installer-url': 'http://download.ispmanager.com/install.eu.sh' }, 'installer-url', 'https://'],
    [{ ...remote, 'installer-sha256': 'abc' }, 'installer-sha256', '64 hexadecimal'],
    [{ ...remote, 'panel-domain': 'panel_1.example.com' }, 'panel-domain', 'fully qualified domain name'],
    [{ ...remote, 'public-ip': '300.1.1.1' }, 'public-ip', 'IPv4 address or an IPv6 address']
  ])('rejects %j naming input %s', (inputs, input, accepted) => {
    const error = rejects(inputs as Record<string, string>)
    expect(error.input).toBe(input)
    expect(error.message).toContain(`input '${input}'`)
    expect(error.message).toContain(accepted)
  })

  it('never repeats a secret in its error', () => {
    const error = rejects({ ...remote, 'activation-key': 'bad key with spaces' })
    expect(error.input).toBe('activation-key')
    expect(error.message).not.toContain('bad key with spaces')
  })

  it('accepts a pinned fingerprint, a jump host with known-hosts, and the loud opt-out', () => {
    const fp = `SHA256:${'A'.repeat(43)}`
    expect(getSettings(reader({ ...remote, 'known-hosts': '', 'host-fingerprint': fp })).target).toMatchObject({ hostFingerprint: fp })
    expect(getSettings(reader({ ...remote, 'jump-host': 'ops@bastion.example.com:2222' })).target).toMatchObject({ jumpHost: { user: 'ops', host: 'bastion.example.com', port: 2222 } })
    expect(getSettings(reader({ ...remote, 'known-hosts': '', 'insecure-skip-host-key-check': 'true' })).target).toMatchObject({ skipHostKeyCheck: true })
  })

  it('lists secret options so they can be written to a 0600 file', () => {
    expect(getSettings(reader({ ...remote, 'activation-key': 'ABCD-1234' })).secretOptions).toEqual(['activation-key'])
  })
})

it('reads booleans as core.getBooleanInput does, and reads inputs through core.getInput untrimmed', () => {
  const asCore = (value: string): boolean | 'refused' => {
    process.env.INPUT_FORCE = value
    try {
      return core.getBooleanInput('force')
    } catch {
      return 'refused'
    } finally {
      delete process.env.INPUT_FORCE
    }
  }
  const asAction = (value: string): boolean | 'refused' => {
    try {
      return getSettings(reader({ ...remote, force: value })).force
    } catch {
      return 'refused'
    }
  }
  const values = [...BOOLEANS.true, ...BOOLEANS.false, 'yes', 'no', '1', '0', 'on', 'off', 'tRUE', 'fAlse', 'y', 'maybe']
  expect(values.map(asAction)).toEqual(values.map(asCore))
  // A product's boolean reads the same, and its steps see true or false.
  const update = (value: string): string | 'refused' => {
    try {
      return getSettings(reader({ product: 'vmm', version: '0.7.0', host: 'runner', 'update-configs': value })).options['update-configs']
    } catch {
      return 'refused'
    }
  }
  expect(values.map(update)).toEqual(values.map((v) => (asCore(v) === 'refused' ? 'refused' : String(asCore(v)))))
  // The default reader is core.getInput without trimming: a pasted line break stays, to be refused.
  process.env['INPUT_HOST-FINGERPRINT'] = ' SHA256:x\n'
  try {
    expect(rawInput('host-fingerprint')).toBe(' SHA256:x\n')
    expect(core.getInput('host-fingerprint')).toBe('SHA256:x')
  } finally {
    delete process.env['INPUT_HOST-FINGERPRINT']
  }
})
