/**
 * vmm installs and verify through the bundled action (node dist/main/index.js) over real
 * SSH, on fresh hosts from vmmHost({ state: 'fresh' }): PostgreSQL 15 with vmm's roles
 * and an empty mailsys, Postfix and Dovecot set up for vmm 0.6's lookups, no vmm. 0.7.0
 * is the real Debian package (its create script, set-permissions.py and vmm commands);
 * 0.6.2 is the stand-in release tarball served over HTTPS. Two hosts, started together.
 */
import { reportStep, stepsRan } from '../support/action-harness.js'
import { vmmAction, vmmHosts, type VmmHost } from '../support/vmm-host.js'

/** What a refused run must leave as it was: the database layout and rows, vmm's files,
 *  Postfix's and Dovecot's configuration, the package. */
async function snapshot(vmm: VmmHost): Promise<string> {
  const files = await vmm.sh(`find /usr/local /etc/postfix /etc/dovecot /etc/vmm -type f 2>/dev/null -exec md5sum {} + | sort
    dpkg-query -W -f '\${Status}' vmm 2>&1 || true`)
  return `${await vmm.layout()}\n${JSON.stringify(await vmm.tableDigest())}\n${files}`
}

describe('vmm install and verify', () => {
  let bare: VmmHost
  let py2: VmmHost
  beforeAll(async () => {
    ;[bare, py2] = await vmmHosts({ state: 'fresh' }, { state: 'fresh', python2: true })
  })
  afterAll(async () => {
    await Promise.all([bare, py2].filter(Boolean).map((h) => h.down()))
  })

  it('refuses a 0.6.x install on a host without Python 2, before any change', async () => {
    const before = await snapshot(bare)
    const { main, report } = await vmmAction(bare, { mode: 'install', version: '0.6.2', 'pg-password': 'vmm-secret' })
    expect(main.code).toBe(1)
    expect(reportStep(report, 'preflight').message).toMatch(/vmm 0\.6\.2 is Python 2 code .* no Python 2 with psycopg2 .* use version 0\.7\.0/)
    expect(stepsRan(report)).toEqual(['host-lock'])
    expect(await snapshot(bare)).toBe(before)
  })

  it('installs 0.7.0 from the package (python3-compat); vmm creates an account; verify resolves it through Postfix and Dovecot', async () => {
    const { main, report } = await vmmAction(bare, { mode: 'install', version: '0.7.0', 'python3-compat': 'true', 'pg-password': 'vmm-secret' })
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ status: 'success', changed: 'true', 'installed-version': '0.7.0' })
    expect(stepsRan(report)).toEqual(['host-lock', 'preflight', 'package', 'vmm-cfg', 'python3-compat', 'create-db', 'permissions', 'verify'])
    // The vendor's create script, run as it is: only CREATE LANGUAGE plpgsql was refused.
    expect(reportStep(report, 'create-db').details?.create).toMatch(/^create_tables\.pgsql: created \(CREATE LANGUAGE plpgsql skipped/)
    expect(await bare.sh('grep -c "CREATE LANGUAGE plpgsql" /usr/share/doc/vmm/examples/pgsql/create_tables.pgsql')).toBe('1\n')
    // Postfix's maps were already there (set up for vmm): kept, not replaced by the examples.
    expect(reportStep(report, 'postfix-maps').status).toBe('skipped')

    const made = await bare.host.exec('vmm domainadd shop.example.test && vmm useradd anna@shop.example.test -p "Anna-pw-1"')
    expect(made.stderr).toBe('')
    expect(made.code).toBe(0)

    const inputs = { mode: 'verify', version: '0.7.0', 'test-address': 'anna@shop.example.test' }
    const verified = await vmmAction(bare, { ...inputs, 'test-password': 'Anna-pw-1' })
    expect(verified.main.code).toBe(0)
    expect(verified.main.outputs).toMatchObject({ status: 'success', changed: 'false', 'installed-version': '0.7.0' })
    const checks = reportStep(verified.report, 'verify').details ?? {}
    expect(checks['test-address-postfix']).toMatch(/^virtual_mailbox_maps=\/var\/lib\/vmm\/\S+\/Maildir\/ virtual_alias_maps=- transport_maps=lmtp:unix:private\/dovecot-lmtp$/)
    expect(checks['test-address-dovecot']).toMatch(/home=\/var\/lib\/vmm\/\S+/)
    expect(checks['python3-compat']).toContain('/usr/local/sbin/vmm')

    const wrong = await vmmAction(bare, { ...inputs, 'test-password': 'not-annas' })
    expect(wrong.main.code).toBe(1)
    expect(reportStep(wrong.report, 'verify').message).toBe('verification failed: dovecot-passdb(imap login of anna@shop.example.test refused)')

    // A Postfix map that can no longer log in to the database.
    await bare.sh("sed -i 's/^password = .*/password = wrong/' /etc/postfix/pgsql-virtual_alias_maps.cf")
    const broken = await vmmAction(bare, inputs)
    expect(broken.main.code).toBe(1)
    expect(reportStep(broken.report, 'verify').message).toMatch(/^verification failed: virtual_alias_maps\(.*password authentication failed/)
  })

  it('0.6.2: an install whose verify fails is undone to the fresh host', async () => {
    const before = await snapshot(py2)
    await py2.sh('systemctl stop dovecot')
    const { main, report } = await vmmAction(py2, { mode: 'install', version: '0.6.2', 'pg-password': 'vmm-secret' })
    await py2.sh('systemctl start dovecot')
    expect(main.code).toBe(1)
    expect(reportStep(report, 'verify').message).toBe('verification failed: dovecot(inactive)')
    expect(report.undo.map((u) => `${u.id}:${u.status}`)).toEqual(['vmm-config:undone', 'install:undone', 'create-db:undone'])
    expect(await snapshot(py2)).toBe(before)
  })

  it('installs 0.6.2 from the release tarball; verify passes; a second install is refused before any change', async () => {
    const { main, report } = await vmmAction(py2, { mode: 'install', version: '0.6.2', 'pg-password': 'vmm-secret' })
    expect(main.code).toBe(0)
    expect(main.outputs).toMatchObject({ status: 'success', changed: 'true', 'installed-version': '0.6.2' })
    expect(stepsRan(report)).toEqual(['host-lock', 'preflight', 'release', 'create-db', 'permissions', 'install', 'db-config', 'vmm-config', 'verify'])
    expect(reportStep(report, 'create-db').details?.create).toMatch(/^create_tables-dovecot-1\.2\.x\.pgsql: created/)
    // install.sh puts the release's maps (no password) over Postfix's: their connection is carried over.
    expect(reportStep(report, 'install').details?.['postfix-connection']).toBe('kept the database connection of: ' +
      'pgsql-relocated_maps.cf pgsql-smtpd_sender_login_maps.cf pgsql-transport_maps.cf pgsql-virtual_alias_maps.cf ' +
      'pgsql-virtual_gid_maps.cf pgsql-virtual_mailbox_domains.cf pgsql-virtual_mailbox_maps.cf pgsql-virtual_uid_maps.cf')
    expect(reportStep(report, 'verify').details?.['postfix-lookups']).toMatch(/^3 pgsql tables/)
    expect(await py2.psql("SELECT has_function_privilege('postfix', 'postfix_virtual_mailbox_map(varchar, varchar)', 'EXECUTE')")).toBe('t')

    // The stand-in vmm has no useradd: the account as vmm 0.6 would store it.
    await py2.psql(`SET ROLE vmm;
      WITH d AS (INSERT INTO domain_data (domaindir) VALUES ('/srv/mail/7/70000') RETURNING gid),
           n AS (INSERT INTO domain_name SELECT 'shop.example.test', gid, true FROM d)
      INSERT INTO users (local_part, passwd, gid) SELECT 'bert', '{PLAIN}Bert-pw-2', gid FROM d;`)
    const verified = await vmmAction(py2, { mode: 'verify', version: '0.6.2', 'test-address': 'bert@shop.example.test', 'test-password': 'Bert-pw-2' })
    expect(verified.main.code).toBe(0)
    expect(reportStep(verified.report, 'verify').details?.['test-address-postfix']).toMatch(/^virtual_mailbox_maps=\S+ virtual_alias_maps=- transport_maps=dovecot:$/)

    const before = await snapshot(py2)
    const again = await vmmAction(py2, { mode: 'install', version: '0.6.2', 'pg-password': 'vmm-secret' })
    expect(again.main.code).toBe(1)
    expect(reportStep(again.report, 'preflight').message).toMatch(/already has vmm tables \(layout 0\.6\): use mode: upgrade/)
    expect(stepsRan(again.report)).toEqual(['host-lock'])
    expect(await snapshot(py2)).toBe(before)
  })
})
