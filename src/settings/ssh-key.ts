/**
 * The `ssh-key` input, checked on the runner before anything connects: normalised where
 * that cannot change the key (CRLF, indentation, text pasted before the BEGIN line), then
 * parsed by the system's own `ssh-keygen`, which names its type and tells an encrypted
 * key from a broken one.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const BEGIN = /^-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----$/
const END = /^-----END ([A-Z0-9 ]*PRIVATE KEY)-----$/

export class KeyProblem extends Error {}

/** The key text as ssh reads it, or a KeyProblem saying what is wrong with what was pasted. */
export function normaliseKey(value: string): string {
  const lines = value.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim())
  const begin = lines.findIndex((line) => BEGIN.test(line))
  if (begin < 0) throw new KeyProblem("is not a private key: no '-----BEGIN … PRIVATE KEY-----' line; paste the whole key file, BEGIN and END lines included")
  const end = lines.findIndex((line, index) => index > begin && END.test(line))
  if (end < 0) throw new KeyProblem("is not a whole private key: its '-----END … PRIVATE KEY-----' line is missing")
  if (lines.slice(end + 1).some((line) => line !== '')) throw new KeyProblem('has text after its END line; paste the key file alone')
  if (BEGIN.exec(lines[begin])?.[1] !== END.exec(lines[end])?.[1]) throw new KeyProblem('has BEGIN and END lines of different kinds; paste the key file as it is')
  const body = lines.slice(begin, end + 1).filter((line, index, all) => line !== '' || (index > 0 && all[index - 1].includes(':')))
  return `${body.join('\n')}\n`
}

/** Parses the key with `ssh-keygen -y` from a 0600 file; resolves to its public key type (ssh-ed25519...). */
export function checkKey(key: string): string {
  // RUNNER_TEMP, like the session's key file: a self-hosted runner's /tmp outlives the job.
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'hostpanel-key-'))
  try {
    const file = join(dir, 'key')
    writeFileSync(file, key, { mode: 0o600 })
    const result = spawnSync('ssh-keygen', ['-y', '-P', '', '-f', file], { encoding: 'utf8', timeout: 30_000 })
    if (result.error) throw new KeyProblem(`cannot be checked: ssh-keygen did not run (${result.error.message}); install the OpenSSH client on the runner`)
    if (result.status !== 0) {
      if (/passphrase/i.test(result.stderr)) throw new KeyProblem('is protected by a passphrase, which the action cannot type; use a key without one (ssh-keygen -p -N "" -f KEYFILE removes it from a copy)')
      throw new KeyProblem(`is not a private key ssh can read (ssh-keygen: ${result.stderr.replace(/.*:\s*/s, '').trim() || `exit ${result.status}`}); paste the whole key file`)
    }
    const type = result.stdout.split(' ')[0]
    if (!/^(ssh|ecdsa|sk)-[a-z0-9@.-]+$/.test(type)) throw new KeyProblem('is not a private key ssh can read (ssh-keygen printed no public key)')
    return type
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
