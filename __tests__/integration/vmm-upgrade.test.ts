/**
 * vmm upgrades through the bundled action (node dist/main/index.js, as the runner calls
 * it) over real SSH, on hosts from vmmHost(): real PostgreSQL 15, Postfix (postmap -q)
 * and Dovecot (doveadm), the stand-in 0.6.x releases and the real vmm 0.7.0 package.
 * Two waves of three hosts.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { reportStep, stepsRan, type ActionRun, type Report } from '../support/action-harness.js'
import { comparable, seededAddresses, vmmAction, vmmHosts, type Flavour, type VmmHost } from '../support/vmm-host.js'

function action(vmm: VmmHost, extra: Record<string, string> = {}): Promise<{ main: ActionRun; report: Report }> {
  return vmmAction(vmm, { mode: 'upgrade', 'pg-password': 'vmm-secret', ...extra })
}

const ran = stepsRan
const step = reportStep

const ADDRESSES = seededAddresses()
const MAPS = ['virtual_mailbox_domains', 'virtual_mailbox_maps', 'virtual_alias_maps', 'relocated_maps', 'virtual_uid_maps', 'virtual_gid_maps']

/** What Postfix (through the same files: the action rewrites them in place) and Dovecot
 *  answer for the seeded addresses. */
async function answers(vmm: VmmHost, old: boolean) {
  const postfix = await vmm.postfixAnswers(ADDRESSES, [...MAPS, 'transport'])
  return comparable(postfix, await vmm.dovecotAnswers(ADDRESSES), old)
}

// The data the update must carry over: whole tables, and the kept columns of changed ones.
const KEPT = {
  alias: ['gid', 'address', 'destination'],
  domain_name: ['domainname', 'gid', 'is_primary'],
  relocated: ['gid', 'address', 'destination'],
  transport: ['tid', 'transport'],
  domain_data: ['gid', 'tid', 'domaindir'],
  users: ['local_part', 'passwd', 'name', 'uid', 'gid', 'mid']
}

async function active(vmm: VmmHost): Promise<string> {
  return (await vmm.host.exec('systemctl is-active postfix dovecot')).stdout.trim().replace('\n', ' ')
}

/** 0.5.2 → 0.6.2 keeps every row and every answer; the report says what ran. */
async function upgradeKeepsEverything(vmm: VmmHost, flavour: Flavour): Promise<Report> {
  const before = { data: await vmm.tableDigest(KEPT), answers: await answers(vmm, true) }
  // u02@d03 may log in with IMAP (the seed gives every account a service combination).
  const password = await vmm.psql("SELECT substr(passwd, 8) FROM users JOIN domain_name USING (gid) WHERE local_part = 'u02' AND domainname = 'd03.example.test'")
  const { main, report } = await action(vmm, { 'update-configs': 'true', 'test-address': 'u02@d03.example.test', 'test-password': password })
  expect(main.code).toBe(0)
  expect(main.outputs).toMatchObject({ status: 'success', changed: 'true', 'previous-version': '0.5.2', 'installed-version': '0.6.2' })
  expect(main.outputs['panel-url']).toBeUndefined()
  expect(readFileSync(main.outputs.backup).subarray(0, 5).toString()).toBe('PGDMP')
  // The facts are what the host had (the steps' conditions read them); the database itself has the 0.6 sieve layout now.
  expect(report.facts).toMatchObject({ SCHEMA: '0.5', FLAVOUR: flavour, PREVIOUS_VERSION: '0.5.2' })
  expect(await vmm.psql("SELECT column_name FROM information_schema.columns WHERE table_name = 'service_set' AND column_name IN ('managesieve', 'sieve')")).toBe('sieve')
  expect(step(report, 'backup').details?.['rows-before']).toMatch(/users=320/)
  expect(step(report, 'upgrade').details?.['config-changes']).toMatch(/^R {3}account\.delete_directory = false$/m)
  expect(step(report, 'vmm-config').details?.['vmm-cfg-fixed']).toMatch(/misc\.dovecot_version 2\.3\.19\.1 -> 2\.3\.19.*bin\.dovecotpw \/usr\/sbin\/dovecotpw -> \/usr\/bin\/doveadm/)
  for (const file of ['/etc/postfix/pgsql-virtual_mailbox_maps.cf', '/etc/postfix/pgsql-transport.cf', '/etc/dovecot/dovecot-sql.conf.ext']) {
    expect(step(report, 'configs').details?.['configs-rewritten']).toContain(file)
  }
  expect(step(report, 'dovecot-layout').status).toBe(flavour === 'managesieve' ? 'ok' : 'skipped')
  expect(await vmm.tableDigest(KEPT)).toEqual(before.data)
  expect(await answers(vmm, false)).toEqual(before.answers)
  expect(await active(vmm)).toBe('active active')
  // Secret inputs and the host's own database passwords (in the rewritten files' diffs)
  // appear nowhere: logs, collected files, report, summary, console. The dump itself is
  // compressed table data and is left out.
  const secrets = ['vmm-secret', password, 'postfix-secret', 'dovecot-secret']
  const forms = secrets.flatMap((v) => [v, Buffer.from(v).toString('base64').replace(/=+$/, ''), encodeURIComponent(v), Buffer.from(v).toString('hex')])
  const logDir = main.outputs['log-dir']
  const texts = [
    main.output.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'),
    main.summary,
    ...readdirSync(logDir, { recursive: true, encoding: 'utf8' }).map((f) => join(logDir, f)).filter((f) => f !== main.outputs.backup && statSync(f).isFile()).map((f) => readFileSync(f, 'latin1'))
  ]
  expect(texts.flatMap((t) => forms.filter((f) => t.includes(f)))).toEqual([])
  expect(texts.some((t) => /password ?= ?\*\*\*/.test(t))).toBe(true)
  return report
}

describe('vmm upgrades to 0.6.x (Python 2 hosts) and refusals', () => {
  let managesieve: VmmHost
  let sieve: VmmHost
  let old: VmmHost
  beforeAll(async () => {
    ;[managesieve, sieve, old] = await vmmHosts(
      { state: '0.5.2', flavour: 'managesieve', optionalTypes: false, python2: true, name: 'vmmu-ms' },
      { state: '0.5.2', flavour: 'sieve', optionalTypes: true, python2: true, name: 'vmmu-sv' },
      { state: '0.4', python2: true, name: 'vmmu-04' }
    )
  })
  afterAll(async () => {
    await Promise.all([managesieve, sieve, old].filter(Boolean).map((h) => h.down()))
  })

  it('refuses vmm 0.4 before any change, with the upgrade notes\' advice', async () => {
    const before = await old.layout()
    const { main, report } = await action(old)
    expect(main.code).toBe(1)
    expect(step(report, 'preflight').message).toContain("vmm 0.4's layout (a domains table): upgrade vmm 0.4 to 0.5.2 first")
    expect(ran(report)).toEqual(['host-lock'])
    expect(await old.layout()).toBe(before)
  })

  it('0.5.2 managesieve without the optional types: refused while configs query the views, then upgraded keeping every row and answer', async () => {
    const refused = await action(managesieve)
    expect(refused.main.code).toBe(1)
    expect(step(refused.report, 'preflight').message).toMatch(/query vmm 0\.5\.2's views.*pgsql-virtual_mailbox_maps\.cf.*set update-configs: true/)
    const report = await upgradeKeepsEverything(managesieve, 'managesieve')
    expect(step(report, 'schema-update').details?.['optional-types-created']).toBe('address_maildir dovecotpassword dovecotuser recipient_destination recipient_transport recipient_uid sender_login')
    expect(step(report, 'dovecot-layout').details?.['userquota-dropped']).toMatch(/^\d+ rows of userquota_11 dropped/)
    expect(step(report, 'verify').details?.['test-address-postfix']).toMatch(/virtual_mailbox_maps=\S+ virtual_alias_maps=- transport_maps=\S+/)
  })

  it('a re-run after success changes nothing', async () => {
    const digest = await managesieve.tableDigest()
    const { main, report } = await action(managesieve, { 'update-configs': 'true' })
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ changed: 'false', 'previous-version': '0.6.2', 'installed-version': '0.6.2' })
    expect(ran(report)).toEqual(['host-lock', 'preflight', 'verify'])
    expect(await managesieve.tableDigest()).toEqual(digest)
  })

  it('an update script failing half way leaves the database identical and the services running', async () => {
    // A leftover table the update wants to create: it fails after the data migration began.
    await sieve.psql('SET ROLE vmm; CREATE TABLE quotalimit (qid bigint);')
    const before = await sieve.tableDigest()
    const { main, report } = await action(sieve, { 'update-configs': 'true' })
    expect(main.code).toBe(1)
    expect(step(report, 'schema-update').message).toMatch(/update_tables_0\.5\.x-0\.6-dovecot-1\.2\.x\.pgsql failed, rolled back: .*relation "quotalimit" already exists/)
    expect(report.undo.map((u) => `${u.id}:${u.status}`)).toEqual(['backup:undone', 'services-stop:undone'])
    expect(readFileSync(report.undo[0].log, 'utf8')).toMatch(/restore proven: \d+ tables, row counts and contents identical/)
    expect(report.undo[0].details?.['restore-proof']).toMatch(/^\d+ tables, row counts and contents identical to the backup$/)
    expect(await sieve.tableDigest()).toEqual(before)
    expect(await active(sieve)).toBe('active active')
    expect(main.output).toContain('schema-update')
  })

  it('0.5.2 sieve with the optional types: upgraded keeping every row and answer', async () => {
    await sieve.psql('SET ROLE vmm; DROP TABLE quotalimit;')
    const report = await upgradeKeepsEverything(sieve, 'sieve')
    expect(step(report, 'schema-update').details?.['optional-types-created']).toMatch(/^none/)
  })
})

describe('vmm 0.6.0 / 0.6.1 → 0.6.2 and 0.6.2 → 0.7.0', () => {
  let v060: VmmHost
  let v061: VmmHost
  let v062: VmmHost
  beforeAll(async () => {
    ;[v060, v061, v062] = await vmmHosts(
      { state: '0.6.0', flavour: 'managesieve', python2: true, name: 'vmmu-60' },
      { state: '0.6.1', flavour: 'sieve', python2: true, name: 'vmmu-61' },
      { state: '0.6.2', flavour: 'sieve', name: 'vmmu-62' }
    )
  })
  afterAll(async () => {
    await Promise.all([v060, v061, v062].filter(Boolean).map((h) => h.down()))
  })

  it('0.6.0 → 0.6.2 fixes the transport rows and the logins of inheriting accounts', async () => {
    const inherit = ['inherit1@d01.example.test', 'inherit2@d20.example.test']
    expect(Object.values(await v060.dovecotAnswers(inherit, ['imap'])).map((a) => a.auth.imap)).toEqual(['fail', 'fail'])
    const { main, report } = await action(v060)
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ 'previous-version': '0.6.0', 'installed-version': '0.6.2' })
    expect(step(report, 'fix-transport').details?.['transport-fix']).toMatch(/^2 accounts/)
    expect(step(report, 'fix-dovecotpassword').status).toBe('ok')
    expect(Object.values(await v060.dovecotAnswers(inherit, ['imap'])).map((a) => a.auth.imap)).toEqual(['ok', 'ok'])
    expect((await v060.postfixAnswers(['u02@d04.example.test'], ['transport_maps'])).transport_maps['u02@d04.example.test']).toBe('dovecot:')
  })

  it('0.6.1 → 0.6.2 runs only upgrade.sh', async () => {
    const digest = await v061.tableDigest()
    const { main, report } = await action(v061)
    expect(main.code).toBe(0)
    expect(ran(report)).toEqual(['host-lock', 'preflight', 'release', 'upgrade', 'verify'])
    expect(main.outputs).toMatchObject({ 'previous-version': '0.6.1', 'installed-version': '0.6.2', backup: '' })
    expect(await v061.tableDigest()).toEqual(digest)
  })

  it('a Debian 12 without Python 2 is refused for 0.6.2; 0.7.0 is refused without python3-compat, then installed with it', async () => {
    const digest = await v062.tableDigest()
    const py2 = await action(v062, { version: '0.6.2' })
    expect(py2.main.code).toBe(1)
    expect(step(py2.report, 'preflight').message).toMatch(/no Python 2 with psycopg2 .* use version 0\.7\.0/)
    const callable = await action(v062, { version: '0.7.0' })
    expect(callable.main.code).toBe(1)
    expect(step(callable.report, 'preflight').message).toMatch(/collections\.Callable, which Python 3\.11\.\d+ no longer has .* python3-compat: true/)
    expect((await v062.host.exec('dpkg -s vmm')).code).not.toBe(0)
    expect(await v062.tableDigest()).toEqual(digest)

    const { main, report } = await action(v062, { version: '0.7.0', 'python3-compat': 'true', 'test-address': 'u05@d03.example.test' })
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ 'previous-version': '0.6.2', 'installed-version': '0.7.0' })
    expect(ran(report)).toEqual(['host-lock', 'preflight', 'backup', 'package', 'retire-old', 'vmm-cfg', 'python3-compat', 'permissions', 'verify'])
    expect(await v062.tableDigest()).toEqual(digest)
    const info = await v062.host.exec('vmm domaininfo d03.example.test; vmm userinfo u05@d03.example.test')
    expect(info.code).toBe(0)
    expect(info.stdout).toMatch(/Accounts\.+: 16/)
    expect(info.stdout).toMatch(/SMTP\.+: disabled\n\s*POP3\.+: enabled/)
  })
})

/** What a failed run must leave as it was, besides the database: dpkg's package list,
 *  every file, folder and link under /etc and /usr/local, and /var/lib/vmm's absence. */
async function hostFiles(vmm: VmmHost): Promise<string> {
  return vmm.sh(`dpkg -l; find /etc /usr/local \\( -type f -o -type l \\) -print0 | sort -z | xargs -0 md5sum
    find /etc /usr/local -printf '%M %u:%g %p -> %l\\n' | sort; ls -d /var/lib/vmm 2>&1 || true`)
}

describe('vmm 0.6.0 upgraded from 0.5.2 by its own upgrade.sh (0.5.2\'s egg-info left) → 0.7.0', () => {
  let vmm: VmmHost
  const site = '/usr/local/lib/python2.7/dist-packages'
  beforeAll(async () => {
    ;[vmm] = await vmmHosts({ state: '0.6.0', flavour: 'sieve', upgradedFrom: '0.5.2', name: 'vmmu-60e' })
  })
  afterAll(async () => {
    await vmm?.down()
  })
  const to070 = { version: '0.7.0', 'python3-compat': 'true' }

  it('the host is as 0.6.0\'s upgrade.sh leaves it: both egg-infos, 0.6.0\'s code only', async () => {
    expect(await vmm.sh(`ls ${site}`)).toBe('VirtualMailManager\nVirtualMailManager-0.5.2.egg-info\nVirtualMailManager-0.6.0.egg-info\n')
    expect(await vmm.sh(`grep ^VERSION ${site}/VirtualMailManager/constants.py; ls ${site}/VirtualMailManager | grep -c Account.py || true`)).toBe("VERSION = '0.6.0'\n0\n")
    expect(await vmm.sh('grep -E "^(dovecot_version|password_scheme) " /usr/local/etc/vmm.cfg')).toMatch(/^password_scheme = PLAIN\ndovecot_version = \d+\.\d+\.\d+\n$/)
  })

  it('code that says 0.5.2 on a 0.6 layout without 0.6.0\'s traces is refused before any change, naming both', async () => {
    await vmm.sh(`sed -i "s/^VERSION = .*/VERSION = '0.5.2'/" ${site}/VirtualMailManager/constants.py`)
    await vmm.psql("UPDATE transport SET transport = 'domain-renamed' WHERE transport = 'domain'")
    const before = `${await hostFiles(vmm)}${JSON.stringify(await vmm.tableDigest())}`
    try {
      const { main, report } = await action(vmm, to070)
      expect(main.code).toBe(1)
      expect(step(report, 'preflight').message).toMatch(new RegExp(`^the code says vmm 0\\.5\\.2, whose database never has the 0\\.6 layout that mailsys has, and the database \\(0\\.6 layout, nothing only 0\\.6\\.0 leaves\\) does not tell which 0\\.6 release it is; force: true`))
      expect(ran(report)).toEqual(['host-lock'])
      expect(`${await hostFiles(vmm)}${JSON.stringify(await vmm.tableDigest())}`).toBe(before)
    } finally {
      await vmm.psql("UPDATE transport SET transport = 'domain' WHERE transport = 'domain-renamed'")
      await vmm.sh(`sed -i "s/^VERSION = .*/VERSION = '0.6.0'/" ${site}/VirtualMailManager/constants.py`)
    }
  })

  it('without room for the backup on the host: refused before any change, saying what is needed and free', async () => {
    await vmm.sh('mkdir -p /var/backups/hostpanel-vmm && mount -t tmpfs -o size=1m tmpfs /var/backups/hostpanel-vmm')
    try {
      const before = `${await hostFiles(vmm)}${JSON.stringify(await vmm.tableDigest())}`
      const { main, report } = await action(vmm, to070)
      expect(main.code).toBe(1)
      const size = String.raw`[\d.]+[KMG]iB`
      expect(step(report, 'preflight').message).toMatch(new RegExp(`^not enough free space for the backup: ${size} needed on /var/backups/hostpanel-vmm ` +
        `\\(the pg_dump of mailsys, estimated as its size on disk\\), (1\\.0MiB|10[0-9]{2}KiB) free \\(nothing was changed\\)$`))
      expect(ran(report)).toEqual(['host-lock'])
      expect(`${await hostFiles(vmm)}${JSON.stringify(await vmm.tableDigest())}`).toBe(before)
    } finally {
      await vmm.sh('umount /var/backups/hostpanel-vmm')
    }
  })

  it('without room on the runner for the backup\'s copy: refused before any change, naming backup-download-limit', async () => {
    const small = join(vmm.workDir, 'small-log-dir')
    mkdirSync(small, { recursive: true })
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', small])
    try {
      const before = `${await hostFiles(vmm)}${JSON.stringify(await vmm.tableDigest())}`
      const { main, report } = await action(vmm, { ...to070, 'log-dir': small })
      expect(main.code).toBe(1)
      expect(step(report, 'preflight').message).toMatch(/^not enough free space on the runner for the backup's copy: about [\d.]+MiB needed in log-dir, [\d.]+[KM]iB free; set backup-download-limit lower, or 0 to keep the backup on the host only \(nothing was changed\)$/)
      expect(ran(report)).toEqual(['host-lock'])
      expect(`${await hostFiles(vmm)}${JSON.stringify(await vmm.tableDigest())}`).toBe(before)
    } finally {
      execFileSync('umount', [small])
    }
  })

  // The restore proof streams over each table; PROOF_ROWS rows of 1 KiB of text are added
  // to the database (VMM_PROOF_ROWS; 1100000 makes a table of 1.1 GB of text, past
  // PostgreSQL's 1 GB limit for one value).
  const PROOF_ROWS = Number(process.env.VMM_PROOF_ROWS ?? 20000)
  it(`a run failing after the package step leaves dpkg, /etc, /usr/local and the database (with a table of ${PROOF_ROWS} rows of 1 KiB) as they were, proven; only egg-infos: the database decides 0.6.0`, async () => {
    await vmm.psql(`SET ROLE vmm; CREATE TABLE bulk (id bigint PRIMARY KEY, body text NOT NULL);
      INSERT INTO bulk SELECT g, repeat(md5(g::text), 32) FROM generate_series(1, ${PROOF_ROWS}) g;`)
    // No code to read: the egg-infos disagree, the 'domain' transport rows tell 0.6.0.
    await vmm.sh(`mv ${site}/VirtualMailManager /srv/vmm-code-aside`)
    // The dressing needed python3-psycopg2 for its grants; a Debian 12 mail host need not have it.
    await vmm.sh('apt-get purge -y -q python3-psycopg2 >/dev/null')
    const before = { files: await hostFiles(vmm), data: await vmm.tableDigest(), protocols: await vmm.sh('doveconf -h protocols') }
    await vmm.sh('systemctl stop dovecot')
    // Never copied to the runner: the undo needs only the host's copy.
    const { main, report } = await action(vmm, { ...to070, 'backup-download-limit': '0' })
    await vmm.sh('systemctl start dovecot')
    const after = await hostFiles(vmm)
    await vmm.sh(`mv /srv/vmm-code-aside ${site}/VirtualMailManager`)
    expect(main.code).toBe(1)
    expect(report.facts.PREVIOUS_VERSION).toBe('0.6.0')
    expect(step(report, 'preflight').details?.['version-decided']).toBe("vmm 0.6.0: only vmm 0.6.0 leaves what the database has: 2 accounts on the transport 'domain' " +
      '(the egg-infos under /usr/local name vmm 0.5.2 0.6.0 and no VirtualMailManager code tells which one runs)')
    expect(step(report, 'fix-transport').status).toBe('ok')
    // Without recommends: no dovecot-lmtpd.
    expect(step(report, 'package').details?.package).toBe('vmm 0.7.0-0.1; added: python3-psycopg2 vmm')
    expect(step(report, 'verify').message).toBe('verification failed: dovecot(inactive)')
    expect(report.undo.map((u) => `${u.id}:${u.status}`)).toEqual(['python3-compat:undone', 'vmm-cfg:undone', 'retire-old:undone', 'package:undone', 'backup:undone'])
    expect(readFileSync(report.undo[3].log, 'utf8')).toMatch(/groupdel dovemail[\s\S]*groupdel vmm[\s\S]*removed \/var\/lib\/vmm/)
    expect(after).toBe(before.files)
    expect(step(report, 'backup').details?.['rows-before']).toContain(`bulk=${PROOF_ROWS}`)
    expect(main.outputs.backup ?? '').toBe('')
    expect(main.outputs['backup-host']).toMatch(/^\/var\/backups\/hostpanel-vmm\/[^/]+\/vmm-0\.6\.0-mailsys\.dump$/)
    expect(step(report, 'backup').artifacts).toEqual([])
    expect(main.summary).toContain(`Backup: on the host at ${main.outputs['backup-host']}; not copied to the runner (backup-download-limit is 0)`)
    expect(report.undo[4].details?.['restore-proof']).toMatch(/^\d+ tables, row counts and contents identical to the backup$/)
    expect(await vmm.tableDigest()).toEqual(before.data)
    expect(before.data.bulk.rows).toBe(PROOF_ROWS)
    expect(await vmm.sh('doveconf -h protocols')).toBe(before.protocols)
    await vmm.psql('DROP TABLE bulk')
  })

  it('0.6.0 → 0.7.0 reads 0.6.0 from the code that runs (not the leftover egg-info) and applies the transport fix', async () => {
    const { main, report } = await action(vmm, { ...to070, 'test-address': 'u02@d04.example.test', 'backup-download-limit': '1K' })
    expect(main.code).toBe(0)
    // Over the limit: on the host only, and the summary says where and why.
    expect(main.outputs.backup ?? '').toBe('')
    expect(step(report, 'backup').details?.['backup-copy']).toMatch(/^not copied to the runner: its [\d.]+[KM]iB are over backup-download-limit \(1\.0KiB\)$/)
    expect(await vmm.sh(`head -c 5 ${main.outputs['backup-host']}`)).toBe('PGDMP')
    expect(main.summary).toContain(`Backup: on the host at ${main.outputs['backup-host']}; not copied to the runner: its `)
    expect(main.outputs).toMatchObject({ 'previous-version': '0.6.0', 'installed-version': '0.7.0' })
    expect(readFileSync(step(report, 'preflight').log, 'utf8')).toContain(`vmm 0.6.0: ${site}/VirtualMailManager says 0.6.0; egg-info: 0.5.2 0.6.0`)
    expect(step(report, 'fix-transport').details?.['transport-fix']).toMatch(/^2 accounts no longer point at the 'domain' transport/)
    expect(await vmm.psql("SELECT count(*) FROM users JOIN transport USING (tid) WHERE transport = 'domain'")).toBe('0')
    expect((await vmm.postfixAnswers(['u02@d04.example.test'], ['transport_maps'])).transport_maps['u02@d04.example.test']).toBe('dovecot:')
    expect((await vmm.host.exec('dpkg -s dovecot-lmtpd')).code).not.toBe(0)
  })
})
