// Real private keys for input tests, made on the spot with the system's ssh-keygen.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestKeys {
  ed25519: string
  /** RSA in the old PEM format ('BEGIN RSA PRIVATE KEY'). */
  rsaPem: string
  /** ed25519 protected by a passphrase. */
  encrypted: string
}

export function makeKeys(): TestKeys {
  const dir = mkdtempSync(join(tmpdir(), 'hostpanel-keys-'))
  const make = (name: string, args: string[]): string => {
    execFileSync('ssh-keygen', ['-q', ...args, '-C', 'test', '-f', join(dir, name)])
    return readFileSync(join(dir, name), 'utf8')
  }
  return {
    ed25519: make('ed', ['-t', 'ed25519', '-N', '']),
    rsaPem: make('rsa', ['-t', 'rsa', '-b', '2048', '-m', 'PEM', '-N', '']),
    encrypted: make('enc', ['-t', 'ed25519', '-N', 'correct horse'])
  }
}
