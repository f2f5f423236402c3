/**
 * Bad input, table-driven, over every input: each value is refused before anything
 * connects, naming the input and saying what it accepts, and a secret is never repeated.
 * Values are handed over raw (untrimmed), as the action reads them.
 */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { allInputs } from '../../src/products/registry.js'
import { getSettings } from '../../src/settings/input-helper.js'
import { InputError } from '../../src/settings/settings.js'
import { makeKeys } from '../support/keys.js'

const KEYS = makeKeys()
const KNOWN = '10.0.0.2 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC2/mY1gkFwIu0ZhUm4yTuN5lBZ0y1hW1Zf1vQ3b0F2x'
const FP = `SHA256:${'A'.repeat(43)}`
const SCRATCH = mkdtempSync(join(tmpdir(), 'bad-input-'))
const A_FILE = join(SCRATCH, 'a-file')
writeFileSync(A_FILE, 'not a folder\n')
symlinkSync('/proc', join(SCRATCH, 'to-proc'))
symlinkSync(mkdtempSync(join(tmpdir(), 'bad-input-outside-')), join(SCRATCH, 'link-out'))

const base = { product: 'ispmanager', version: '6', host: '10.0.0.2', 'ssh-key': KEYS.ed25519, 'known-hosts': KNOWN, 'log-dir': join(SCRATCH, 'logs') }

/** What each input's refusals say it accepts. */
const ACCEPTS: Record<string, RegExp> = {
  product: /ispmanager, imscp, vmm|available now: ispmanager/,
  version: /it knows: 6|from the product catalogue|is required|installs its current release/,
  mode: /install, upgrade, verify, plan/,
  'plan-for': /install, upgrade, verify|a mode of the product/,
  host: /'?runner'?(, a host name| to work on the runner itself)/,
  port: /1 to 65535/,
  user: /login name/,
  'ssh-key': /private key|key file|key without/,
  'known-hosts': /known_hosts/,
  'host-fingerprint': /SHA256:|known-hosts' lines for both hosts/,
  'insecure-skip-host-key-check': /true/,
  'jump-host': /\[user@\]host\[:port\]|1 to 65535/,
  timeout: /whole minutes from 1 to 1440/,
  'lock-timeout': /whole minutes from 1 to 1440/,
  'log-dir': /writable folder path of at most 1024 characters, not under \/proc, \/sys or \/dev/,
  force: /true/,
  'panel-domain': /fully qualified domain name/,
  'public-ip': /dotted-quad IPv4 address or an IPv6 address without zone/,
  'installer-url': /an https:\/\/ URL of printable ASCII/,
  'installer-sha256': /64 hexadecimal/,
  release: /stable, beta/,
  dbtype: /mysql, sqlite/,
  'mysql-server': /mariadb, mysql/,
  edition: /ispmanager-lite, ispmanager-lite-common, ispmanager, coremanager/,
  'activation-key': /letters, digits and dashes, starting with a letter or digit/,
  'dpkg-lock-wait': /seconds from 0 to 3600/,
  'installer-timeout': /minutes from 5 to 600/,
  'plugin-path': /an existing folder inside the workspace/,
  'previous-plugin-version': /a plugin version such as 1\.0\.9/,
  'release-url': /an https:\/\/ URL of a \.tar\.gz/,
  'release-path': /an absolute path on the host/,
  'panel-hostname': /fully qualified domain name/,
  'admin-email': /an e-mail address/,
  'admin-password': /at least 6 printable ASCII characters, no space or backslash/,
  'database-user': /a SQL user name of 1 to 16 characters/,
  'database-password': /the SQL password \(no spaces\)/,
  webmails: /none, or a comma-separated list of roundcube and rainloop/,
  preseed: /KEY=value lines|not an i-MSCP preseed key/,
  'reenable-plugins': /true or false \(also True, TRUE, False, FALSE\)/,
  'pg-host': /a host name or IP address/,
  'pg-port': /1-65535/,
  'pg-database': /a PostgreSQL database name/,
  'pg-user': /a PostgreSQL user name/,
  'pg-password': /the password \(one line\)/,
  'update-configs': /true or false \(also True, TRUE, False, FALSE\)/,
  'python3-compat': /true or false \(also True, TRUE, False, FALSE\)/,
  'test-address': /an e-mail address/,
  'test-password': /the password \(one line\)/,
  'backup-download-limit': /a size in bytes, or with K, M, G or T \(powers of 1024\) such as 500M or 2G; 0 for never/
}

const CASES: Record<string, string[]> = {
  product: ['', 'plesk', 'ISPMANAGER', 'ispmanager ', ' ispmanager', 'ispmanager\n', 'isp\u0000manager', '--help', 'VMM', 'IMSCP'],
  version: ['', 'six', '5.2', '6.50.0', '6; rm -rf /', '6\n', '6,', ' 6', '$(id)', '6\r::error::x', '../6', 'latest\u200b'],
  mode: ['deploy', 'INSTALL', 'install\n', ' install', '--help', 'plan;id', 'verify\t'],
  host: [
    '', 'host;reboot', '$(id)', '-oProxyCommand=id', 'exa mple.com', 'example.com.', 'bücher.de', '127.1', '0x7f.0.0.1', '2130706433',
    '017.0.0.1', '1.2.3.04', '256.1.1.1', 'fe80::1%eth0', '[::1]', 'a_b.example.com', '-example.com', 'example-.com', `${'a'.repeat(64)}.com`,
    `${'a.'.repeat(127)}com`, 'host\nname', ' 10.0.0.2', '10.0.0.2 ', 'runner ', 'user@host', 'host:22', 'ex\u200bample.com', 'еxample.com',
    'exam\u00adple.com', '*.example.com', 'example..com', '.example.com', 'runner\r\n',
    '0.0.0.0', '127.0.0.1', '::1', '169.254.169.254', '224.0.0.1', '::ffff:127.0.0.1'
  ],
  port: ['0', '65536', '70000', '022', ' 22', '22 ', '+22', '-1', '2.2', '0x16', '22a', '１２', '1e3', '99999999999', '22\n'],
  user: ['root -oProxyCommand=x', '-root', 'Root', 'a b', 'root;id', 'u'.repeat(33), '$(id)', 'root\n', '1user', 'dé'],
  'ssh-key': [
    'hunter2', '--help', '----', KEYS.encrypted, KEYS.ed25519.split('\n').slice(0, 3).join('\n'), `${KEYS.ed25519}trailing text\n`,
    KEYS.ed25519.replace('\n', '\n\u0000'), KEYS.ed25519.split('\n').filter((_, i) => i !== 2).join('\n'), 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC2 test',
    KEYS.ed25519.replace('-----END OPENSSH PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----'), '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n',
    '-----BEGIN OPENSSH PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END OPENSSH PRIVATE KEY-----\n', KEYS.ed25519.replace('\n', '\u001b[2J\n')
  ],
  'known-hosts': ['garbage', '--help', '10.0.0.2 ssh-ed25519', '10.0.0.2 rsa AAAA', `${KNOWN}\u0000`, `\u001b[31m${KNOWN}`],
  'host-fingerprint': ['MD5:aa:bb', 'SHA256:short', `sha256:${'A'.repeat(43)}`, `SHA256:${'A'.repeat(20)} ${'A'.repeat(22)}`, `${FP}\n`, `SHA256:${'A'.repeat(44)}`],
  'insecure-skip-host-key-check': ['maybe', 'TRUE ', 'on', '2', 'true\n', 'yes please', 'yes', '1', 'tRue'],
  'jump-host': [
    'a b@c', 'bastion:0', 'bastion:99999', 'bastion:022', '::1', '[::1', '[bastion]:22', '-oProxyCommand=x', 'u@-host', 'root@host@x', 'bastion:',
    '[fe80::1%eth0]:22', 'user@', 'bastion\n', 'Root@bastion',
    '127.0.0.1', 'deploy@[::1]:22', '169.254.169.254:22', '[ff02::1]'
  ],
  timeout: ['0', '1441', '-5', '010', ' 90', '90 ', '1.5', 'ninety', '1e2', '+90'],
  'lock-timeout': ['0', '1441', '07', 'x'],
  'log-dir': [
    '/proc/x', '/proc', '/sys/kernel/x', '/dev/null', '/dev/shm/logs', A_FILE, join(A_FILE, 'below'), join(SCRATCH, 'to-proc', 'x'), 'x\ny',
    '/tmp/a\r::error::b', ' /tmp/x', join(SCRATCH, 'a'.repeat(300)), join(SCRATCH, 'a/'.repeat(600)), join(SCRATCH, 'tab\there'), '${{ runner.temp }}/hostpanel-logs'
  ],
  force: ['maybe', 'y', 'force', ' true', 'no', '0', 'fALSE'],
  'panel-domain': [
    'panel_1.example.com', 'localhost', 'panel.example.com.', 'bücher.de', '-panel.example.com', 'panel..example.com', '1.2.3.4', 'panel.example.com\n',
    'pa nel.example.com', `${'a'.repeat(64)}.com`, 'panel.example.123'
  ],
  'public-ip': ['300.1.1.1', '010.0.0.1', '10.1', '0x0a.0.0.1', 'fe80::1%eth0', '[2001:db8::1]', 'example.com', '10.0.0.1/24', ' 10.0.0.1', '2130706433',
    '0.0.0.0', '0.1.2.3', '::', '127.0.0.1', '::1', '169.254.1.1', 'fe80::1', '224.0.0.1', 'ff02::1', '::ffff:127.0.0.1'],
  'installer-url': [
    'http://download.ispmanager.com/install.eu.sh', 'ftp://example.com/x', 'https://exa mple.com/x', 'https://example.com/\u200binstall.sh', 'https://bücher.de/x',
    'https://example.com/%00', 'https://example.com/%0a', 'https://example.com/%7F', `https://example.com/${'a'.repeat(2100)}`, "https://example.com/x'y",
    'https://example.com/$(id)', 'https://0x7f.1/x', 'https://127.1/x', 'https://ex%61mple.com/x', 'https://[fe80::1%25eth0]/x', 'https://example.com:0/x',
    'https://example.com:99999/x', 'https:///x', 'https://example.com./x', 'javascript:alert(1)', 'https://example.com/x\n', 'https://user:s3cretpass@bücher.de/x'
  ],
  'installer-sha256': ['abc', 'g'.repeat(64), 'a'.repeat(63), 'a'.repeat(65), ` ${'a'.repeat(64)}`, `${'a'.repeat(64)}\n`],
  release: ['internal', 'Stable', 'stable ', '--help'],
  dbtype: ['postgres', 'MYSQL', 'sqlite3'],
  'mysql-server': ['percona', 'MariaDB'],
  edition: ['ispmanager-pro', 'ispmanager-business', 'lite'],
  'activation-key': ['--help', '----', 'abc', 'a b c d', 'key;rm', 'k'.repeat(129), 'KEY-1234\n', 'ключ1234', '-KEY-1234'],
  'dpkg-lock-wait': ['-1', '3601', '030', ' 300', '1.5', 'x'],
  'installer-timeout': ['4', '601', '060', 'sixty'],
  'plugin-path': ['missing', 'a-file', '/etc', '../..', 'plugins/../..', 'plugins\n::error::x', ' plugins', 'link-out', 'link-out/.', 'to-proc'],
  'previous-plugin-version': ['1.0 ; rm', 'x'.repeat(65), '1.0\n', '$(id)'],
  'release-url': ['http://example.com/imscp.tar.gz', 'https://bücher.de/x.tar.gz', 'https://example.com/x y.tar.gz', 'file:///etc/passwd'],
  'release-path': ['relative/imscp.tar.gz', '/srv/../etc/shadow', '/srv/a b.tar.gz', '/srv/$(id).tar.gz'],
  'panel-hostname': ['panel_1.example.com', 'localhost', 'panel.example.com.'],
  'admin-email': ['admin', 'admin@localhost', 'ad min@example.com'],
  'admin-password': ['short', 'with space 123', 'back\\slash1', 'p'.repeat(129)],
  'database-user': ['u'.repeat(17), 'user;drop', "o'brien"],
  'database-password': ['has space', 'p'.repeat(257)],
  webmails: ['squirrelmail', 'roundcube;rainloop', 'ROUNDCUBE'],
  preseed: ['not a line', 'lower=case', 'UNKNOWN_KEY=1', 'ADMIN_PASSWORD=x\u0000y'],
  'reenable-plugins': ['maybe', 'tRUE', 'yes'],
  'pg-host': ['db;id', '127.1', 'db host', '-oProxyCommand=x'],
  'pg-port': ['0', '65536', '05432', ' 5432'],
  'pg-database': ['mail sys', '1mailsys', 'mailsys;drop', 'm'.repeat(64)],
  'pg-user': ['vmm user', "vmm'", '-U'],
  'pg-password': ['p'.repeat(257), 'pass\nword'],
  'update-configs': ['yes please', 'TRue', '1'],
  'python3-compat': ['maybe', '1.0'],
  'test-address': ['nobody', 'a b@example.com', "x'@example.com", '$(id)@example.com'],
  'test-password': ['pass\u0000word', 'p'.repeat(257)],
  'backup-download-limit': ['2g', '1.5G', '-1', '00', '02G', '2GB', '2 G', ' 2G', '2G\n', '1P', 'unlimited', '1'.repeat(14), '$(id)']
}

/** Inputs a case needs beside the bad one (plan-for is read only with mode plan, a fingerprint alone...). */
const IMSCP = { ...base, product: 'imscp', version: '1.2.3', mode: 'upgrade' }
const VMM = { ...base, product: 'vmm', version: '0.6.2', mode: 'upgrade' }
const GATE = { product: 'imscp', version: '1.2.x', mode: 'check-plugin', 'log-dir': join(SCRATCH, 'logs') }
process.env.GITHUB_WORKSPACE = SCRATCH

function inputsFor(name: string, value: string): Record<string, string> {
  if (name === 'plugin-path' || name === 'previous-plugin-version') return { ...GATE, [name]: value }
  const product = allInputs().find((i) => i.name === name)?.products
  if (product?.includes('imscp')) return { ...IMSCP, [name]: value }
  if (product?.includes('vmm')) return { ...VMM, [name]: value }
  if (name === 'plan-for') return { ...base, mode: 'plan', 'plan-for': value }
  if (name === 'host-fingerprint') return { ...base, 'known-hosts': '', [name]: value }
  return { ...base, [name]: value }
}

const planFor: Array<[string, string]> = ['plan', 'deploy', 'install\r', 'Upgrade'].map((v) => ['plan-for', v])
const table: Array<[string, string]> = [...Object.entries(CASES).flatMap(([name, values]) => values.map((v): [string, string] => [name, v])), ...planFor]
const SECRET_INPUTS = new Set(allInputs().filter((i) => i.secret).map((i) => i.name))

/** Addresses refused for what they are, and the reason the refusal gives. */
const SPECIAL: Array<[string, string, RegExp]> = [
  ['public-ip', '0.0.0.0', /unspecified address/],
  ['public-ip', '::', /unspecified address/],
  ['public-ip', '127.0.0.1', /loopback address/],
  ['public-ip', '::ffff:127.0.0.1', /loopback address/],
  ['public-ip', '169.254.1.1', /link-local address/],
  ['public-ip', 'fe80::1', /link-local address/],
  ['public-ip', '224.0.0.1', /multicast address/],
  ['public-ip', 'ff02::1', /multicast address/],
  ['host', '127.0.0.1', /loopback address/],
  ['host', '0.0.0.0', /unspecified address/],
  ['jump-host', 'deploy@[::1]:22', /loopback address/],
  ['jump-host', '169.254.169.254:22', /link-local address/]
]

/** Inputs that cannot be given together: each product that has both refuses, naming both. */
const TOGETHER: Array<[string, Record<string, string>]> = [
  ['imscp', { ...base, product: 'imscp', version: '1.2.3', mode: 'upgrade', 'release-url': 'https://example.com/imscp-1.2.3.tar.gz', 'release-path': '/root/imscp-1.2.3.tar.gz' }],
  ['vmm', { ...base, product: 'vmm', version: '0.6.2', mode: 'upgrade', 'release-url': 'https://example.com/vmm-0.6.2.tar.gz', 'release-path': '/root/vmm-0.6.2.tar.gz' }],
  ['vmm plan', { ...base, product: 'vmm', version: '0.6.2', mode: 'plan', 'plan-for': 'install', 'release-url': 'https://example.com/vmm-0.6.2.tar.gz', 'release-path': '/root/vmm-0.6.2.tar.gz' }]
]

describe('bad input', () => {
  it('covers every input with at least 150 cases', () => {
    expect(table.length).toBeGreaterThanOrEqual(150)
    expect(new Set(table.map(([name]) => name))).toEqual(new Set(allInputs().map((i) => i.name)))
  })

  it.each(table)('refuses %s = %j, naming it and what it accepts', (name, value) => {
    let error: unknown
    try {
      getSettings((input) => inputsFor(name, value)[input] ?? '')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    const refusal = error as InputError
    expect(refusal.input).toBe(name)
    expect(refusal.message).toMatch(new RegExp(`^input '${name}': `))
    expect(refusal.message).toMatch(ACCEPTS[name])
    // One line, printable: safe to print as it stands.
    // eslint-disable-next-line no-control-regex -- control characters are what must not be there
    expect(refusal.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)
    if (SECRET_INPUTS.has(name) && /[A-Za-z0-9]{4}/.test(value)) expect(refusal.message).not.toContain(value.trim())
    expect(refusal.message).not.toContain('s3cretpass')
  })

  it.each(SPECIAL)('refuses %s = %j, saying what kind of address it is', (name, value, reason) => {
    expect(() => getSettings((input) => inputsFor(name, value)[input] ?? '')).toThrow(reason)
  })

  it.each(TOGETHER)('refuses release-url together with release-path (%s), naming both', (_product, inputs) => {
    let error: unknown
    try {
      getSettings((input) => inputs[input] ?? '')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toMatch(/^input 'release-path': and 'release-url' are both set, and only one is used; give either release-url \(an https:\/\/ URL of a \.tar\.gz\) or release-path \(an absolute path on the host\)$/)
  })

})
