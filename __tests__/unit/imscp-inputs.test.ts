/** The i-MSCP inputs, refused with the input's name before anything runs. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getSettings } from '../../src/settings/input-helper.js'
import { InputError } from '../../src/settings/settings.js'

const ws = mkdtempSync(join(tmpdir(), 'imscp-ws-'))
mkdirSync(join(ws, 'plugins'))
writeFileSync(join(ws, 'a-file'), 'not a folder')
const base = { product: 'imscp', version: '1.2.x', mode: 'check-plugin', 'plugin-path': 'plugins' }

function refusal(inputs: Record<string, string>): InputError {
  const saved = process.env.GITHUB_WORKSPACE
  process.env.GITHUB_WORKSPACE = ws
  try {
    getSettings((name) => inputs[name] ?? '')
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  } finally {
    process.env.GITHUB_WORKSPACE = saved
  }
  throw new Error(`accepted: ${JSON.stringify(inputs)}`)
}

describe('i-MSCP inputs', () => {
  it.each([
    [{ 'plugin-path': 'missing' }, 'plugin-path', 'an existing folder inside the workspace'],
    [{ 'plugin-path': 'a-file' }, 'plugin-path', 'an existing folder inside the workspace'],
    [{ 'plugin-path': '/etc' }, 'plugin-path', 'inside the workspace'],
    [{ 'plugin-path': 'plugins/../..' }, 'plugin-path', 'inside the workspace'],
    [{ 'plugin-path': 'plugins\n::error::x' }, 'plugin-path', 'inside the workspace'],
    [{ 'previous-plugin-version': '1.0 ; rm' }, 'previous-plugin-version', 'a plugin version such as 1.0.9'],
    [{ 'previous-plugin-version': 'x'.repeat(65) }, 'previous-plugin-version', 'a plugin version'],
    [{ version: '1.1.22' }, 'version', 'it knows: 1.2.0, 1.2.1, 1.2.2, 1.2.3'],
    [{ version: '1.2.3,,1.2.0' }, 'version', 'is empty'],
    [{ 'activation-key': 'ABCD-1234' }, 'activation-key', 'is an input of ispmanager; product imscp does not read it'],
    [{ 'ssh-key': '-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----' }, 'ssh-key', 'takes no host'],
    [{ 'jump-host': 'bastion' }, 'jump-host', 'takes no host']
  ])('refuses %j naming %s', (extra, input, says) => {
    const error = refusal({ ...base, ...extra } as Record<string, string>)
    expect(error.input).toBe(input)
    expect(error.message).toContain(says)
  })

  it('accepts a list of releases and keeps them in order', () => {
    process.env.GITHUB_WORKSPACE = ws
    expect(getSettings((name) => ({ ...base, version: '1.2.3, 1.2.1' })[name] ?? '').releases).toEqual(['1.2.1', '1.2.3'])
  })
})
