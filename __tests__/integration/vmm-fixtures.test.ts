// The vmm test world behaves as the research file's section 5 says the real releases do
// on PostgreSQL 15: the stand-in 0.5.2 databases, the stand-in 0.6.x release (SQL,
// set-permissions.py, upgrade.sh, update_config.py, vmm) and, for the result, the real
// vmm 0.7.0 package. Real PostgreSQL, Postfix (postmap -q) and Dovecot (doveadm).
import { describe, expect, it } from '@jest/globals'
import { comparable, withVmmHost, seededAddresses, type Flavour, type VmmHost } from '../support/vmm-host.ts'

const PG = '/srv/vmm-release/vmm-0.6.2/pgsql'
const UPDATE: Record<Flavour, string> = {
  managesieve: `${PG}/update_tables_0.5.x-0.6.pgsql`,
  sieve: `${PG}/update_tables_0.5.x-0.6-dovecot-1.2.x.pgsql`
}
const OLD_MAPS = ['virtual_mailbox_domains', 'virtual_mailbox_maps', 'virtual_alias_maps', 'transport', 'relocated_maps', 'virtual_uid_maps', 'virtual_gid_maps']
const ADDRESSES = seededAddresses()

/** dovecot_update_v1.2+.pgsql brings its own BEGIN/COMMIT: psql stops at the first error. */
async function dovecotUpdate(vmm: VmmHost): Promise<{ code: number; out: string }> {
  return run(vmm, `runuser -u postgres -- psql -X -q -d mailsys -v ON_ERROR_STOP=1 -c 'SET ROLE vmm' -f '${PG}/dovecot_update_v1.2+.pgsql'`)
}

/** psql as vmm on mailsys, strictly and in one transaction, as the action runs SQL. */
async function strict(vmm: VmmHost, ...files: string[]): Promise<{ code: number; out: string }> {
  const r = await vmm.host.exec(`runuser -u postgres -- psql -X -q -d mailsys -v ON_ERROR_STOP=1 --single-transaction -c 'SET ROLE vmm' ${files.map((f) => `-f ${f}`).join(' ')} 2>&1`)
  return { code: r.code, out: r.stdout }
}

async function run(vmm: VmmHost, cmd: string): Promise<{ code: number; out: string }> {
  const r = await vmm.host.exec(`${cmd} 2>&1`)
  return { code: r.code, out: r.stdout }
}

/** 0.5.2 answers, named as 0.6 answers them (0.5.2's pgsql-transport.cf is transport_maps). */
async function answers(vmm: VmmHost, old: boolean) {
  const postfix = await vmm.postfixAnswers(ADDRESSES, old ? OLD_MAPS : OLD_MAPS.map((m) => (m === 'transport' ? 'transport_maps' : m)))
  if (old) {
    postfix.transport_maps = postfix.transport
    delete postfix.transport
  }
  return comparable(postfix, await vmm.dovecotAnswers(ADDRESSES), old)
}

// What the update must keep: whole tables, and the surviving columns of the changed ones.
const KEPT = {
  alias: ['gid', 'address', 'destination'],
  domain_name: ['domainname', 'gid', 'is_primary'],
  relocated: ['gid', 'address', 'destination'],
  transport: ['tid', 'transport'],
  domain_data: ['gid', 'tid', 'domaindir'],
  maillocation: ['mid'],
  users: ['local_part', 'passwd', 'name', 'uid', 'gid', 'mid']
}

/** Everything about the 0.5.2 data that the update must carry over, as comparable text. */
async function carried(vmm: VmmHost, svc: Flavour, after: boolean) {
  const services = after
    ? `SELECT uid, s.smtp, s.pop3, s.imap, s.${svc} FROM users JOIN service_set s USING (ssid) ORDER BY uid`
    : `SELECT uid, smtp, pop3, imap, ${svc} FROM users ORDER BY uid`
  // 0.5.2 stores a transport in every account; 0.6 only where it differs from the domain's.
  const ownTransport = after
    ? 'SELECT count(*) FILTER (WHERE tid IS NULL), count(*) FILTER (WHERE tid IS NOT NULL) FROM users'
    : 'SELECT count(*) FILTER (WHERE u.tid = d.tid), count(*) FILTER (WHERE u.tid <> d.tid) FROM users u JOIN domain_data d USING (gid)'
  return {
    digest: await vmm.tableDigest(KEPT),
    services: await vmm.psql(`SELECT md5(string_agg(t::text, ',')) FROM (${services}) t`),
    transports: await vmm.psql(ownTransport),
    directories: await vmm.psql(`SELECT string_agg(${after ? 'directory' : 'maillocation'}, ',' ORDER BY mid) FROM maillocation`)
  }
}

/** The layout of a fresh create from the real vmm 0.7.0 package (0.6.2, Dovecot >= 1.2). */
async function packageLayout(vmm: VmmHost): Promise<string> {
  await vmm.sh(`apt-get install -y -q vmm >/dev/null && runuser -u postgres -- createdb pkg &&
    runuser -u postgres -- psql -X -q -d pkg -f /usr/share/doc/vmm/examples/pgsql/create_tables.pgsql >/dev/null 2>&1; true`)
  return vmm.layout('pkg')
}

/** The 0.5.2 -> 0.6.2 update the way it works, and proof that it kept everything. */
async function updateKeepsEverything(vmm: VmmHost, flavour: Flavour, prelude: string[] = []): Promise<void> {
  const before = { data: await carried(vmm, flavour, false), answers: await answers(vmm, true) }
  expect(before.data.digest.users.rows).toBe(320)

  expect(await strict(vmm, ...prelude, UPDATE[flavour])).toEqual({ code: 0, out: '' })
  // Nothing granted yet: the SECURITY INVOKER functions refuse Postfix and Dovecot.
  await vmm.useLookups('0.6')
  expect((await vmm.postfixAnswers(['u00@d03.example.test'], ['virtual_mailbox_maps'])).virtual_mailbox_maps['u00@d03.example.test'])
    .toMatch(/permission denied/)
  // Python 3 (no shim) dies in set-permissions.py before granting anything.
  const py3 = await run(vmm, `cd ${PG} && python3 set-permissions.py -H 127.0.0.1 -U vmm -p vmm-secret`)
  expect(py3.code).toBe(1)
  expect(py3.out).toMatch(/AttributeError: 'dict' object has no attribute 'iteritems'/)
  expect((await vmm.dovecotAnswers(['u00@d03.example.test'], ['imap']))['u00@d03.example.test']).toEqual({ userdb: 'unknown', auth: { imap: 'fail' } })
  const granted = await run(vmm, `cd ${PG} && python2 set-permissions.py -H 127.0.0.1 -U vmm -p vmm-secret`)
  expect(granted).toEqual({ code: 0, out: '' })

  const after = { data: await carried(vmm, flavour, true), answers: await answers(vmm, false) }
  expect(after.data).toEqual(before.data)
  expect(after.answers).toEqual(before.answers)
  // The answers are worth comparing: accounts, aliases, relocated users, refusals.
  expect(after.answers.postfix.virtual_alias_maps['team@d05.example.test']).toBe('u01@d05.example.test,u02@d05.example.test')
  expect(after.answers.postfix.relocated_maps['gone2@alias12.example.test']).toBe('gone2@new.example')
  expect(after.answers.dovecot['u02@d03.example.test'].auth).toEqual({ imap: 'ok', pop3: 'fail', smtp: 'ok' })
  expect(after.answers.dovecot['nobody@d03.example.test'].userdb).toBe('unknown')
  expect(await vmm.psql("SELECT string_agg(viewname, ',' ORDER BY viewname) FROM pg_views WHERE schemaname = 'public'")).toBe('postfix_gid,vmm_domain_info')
}

describe('vmm stand-ins against PostgreSQL 15, Postfix and Dovecot', () => {
  it('0.5.2 managesieve without the optional types: every documented failure, then a clean strict update', async () => {
    await withVmmHost({ state: '0.5.2', flavour: 'managesieve', optionalTypes: false, python2: true }, async (vmm) => {
      const untouched = await vmm.layout()

      const wrongFlavour = await strict(vmm, UPDATE.sieve)
      expect(wrongFlavour.code).toBe(3)
      expect(wrongFlavour.out).toMatch(/update_tables_0\.5\.x-0\.6-dovecot-1\.2\.x\.pgsql:\d+: ERROR: {2}column users\.sieve does not exist/)

      const noTypes = await strict(vmm, UPDATE.managesieve)
      expect(noTypes.code).toBe(3)
      expect(noTypes.out).toMatch(/ERROR: {2}type "address_maildir" does not exist/)
      expect(noTypes.out.match(/ERROR/g)).toHaveLength(1)
      expect(await vmm.layout()).toBe(untouched)

      const onOld = await run(vmm, `cd ${PG} && python2 set-permissions.py -H 127.0.0.1 -U vmm -p vmm-secret`)
      expect(onOld).toEqual({ code: 1, out: 'no userquota table found\n' })

      // The missing optional types first, in the same transaction, leave the vendor file as it is.
      await vmm.sh(`cat >/srv/prelude.pgsql <<'EOF'
CREATE TYPE address_maildir AS (address varchar(320), maildir text);
CREATE TYPE dovecotpassword AS (userid varchar(320), password varchar(74), smtp boolean, pop3 boolean, imap boolean, managesieve boolean);
CREATE TYPE dovecotuser AS (userid varchar(320), uid bigint, gid bigint, home text, mail text);
CREATE TYPE recipient_destination AS (recipient varchar(320), destination text);
CREATE TYPE recipient_transport AS (recipient varchar(320), transport text);
CREATE TYPE recipient_uid AS (recipient varchar(320), uid bigint);
CREATE TYPE sender_login AS (sender varchar(320), login text);
EOF`)
      await updateKeepsEverything(vmm, 'managesieve', ['/srv/prelude.pgsql'])

      const again = await strict(vmm, UPDATE.managesieve)
      expect(again.code).toBe(3)
      expect(again.out).toMatch(/update_tables_0\.5\.x-0\.6\.pgsql:7: ERROR: {2}relation "service_set_id" already exists/)

      // Same layout as a fresh create of this flavour, where strictness refuses CREATE LANGUAGE.
      await vmm.sh('runuser -u postgres -- createdb fresh')
      const create = await run(vmm, `runuser -u postgres -- psql -X -q -d fresh -v ON_ERROR_STOP=1 --single-transaction -f ${PG}/create_tables.pgsql`)
      expect(create.code).toBe(3)
      expect(create.out).toMatch(/ERROR: {2}extension "plpgsql" already exists/)
      expect((await run(vmm, `runuser -u postgres -- psql -X -q -d fresh -f ${PG}/create_tables.pgsql`)).out.match(/ERROR/g)).toHaveLength(1)
      expect(await vmm.layout()).toBe(await vmm.layout('fresh'))

      // Dovecot >= 1.2 on this flavour: dovecot_update_v1.2+.pgsql gives the 0.7.0 package's layout.
      expect(await dovecotUpdate(vmm)).toEqual({ code: 0, out: '' })
      expect(await vmm.layout()).toBe(await packageLayout(vmm))
    })
  })

  it('0.5.2 sieve with the optional types: strict update, upgrade.sh, the stand-in vmm and the real vmm 0.7.0', async () => {
    await withVmmHost({ state: '0.5.2', flavour: 'sieve', python2: true }, async (vmm) => {
      await updateKeepsEverything(vmm, 'sieve')
      const layout = await vmm.layout()
      expect(layout).toBe(await packageLayout(vmm))

      // dovecot_update_v1.2+ is for the managesieve flavour: here it fails and changes nothing.
      const wrong = await dovecotUpdate(vmm)
      expect(wrong.code).toBe(3)
      expect(wrong.out).toMatch(/column "managesieve" does not exist/)
      expect(await vmm.layout()).toBe(layout)

      // The real vmm 0.7.0 reads the result. It needs collections.Callable, gone since
      // Python 3.10, so it runs with that one name put back.
      await vmm.sh(`sed -i -e 's/^host = .*/host = 127.0.0.1/' -e 's/^pass = .*/pass = vmm-secret/' /etc/vmm/vmm.cfg
        cat >/srv/vmm070.py <<'EOF'
import collections, collections.abc, runpy, sys
collections.Callable = collections.abc.Callable
sys.argv[0] = '/usr/sbin/vmm'
runpy.run_path('/usr/sbin/vmm', run_name='__main__')
EOF`)
      const di = await run(vmm, 'python3 /srv/vmm070.py domaininfo d03.example.test')
      expect(di.code).toBe(0)
      expect(di.out).toMatch(/Transport\.+: procmail:\n[\s\S]*Alias Domains\.+: 1\n\s*Accounts\.+: 16\n\s*Aliases\.+: 3\n\s*Relocated\.+: 2/)
      const ui = await run(vmm, 'python3 /srv/vmm070.py userinfo u05@d03.example.test')
      expect(ui.code).toBe(0)
      expect(ui.out).toMatch(/Mail_Location\.+: maildir:~\/\.maildir\n[\s\S]*SMTP\.+: disabled\n\s*POP3\.+: enabled\n\s*IMAP\.+: disabled\n\s*SIEVE\.+: enabled/)

      // upgrade.sh over 0.5.2: vmm.cfg rewritten (R/M lines, backup kept), code installed.
      const upgrade = await run(vmm, `cd ${vmm.releaseDir} && ./upgrade.sh`)
      expect(upgrade.code).toBe(0)
      expect(upgrade.out).toContain('This are your Modified/Renamed/New settings:\nR   account.delete_directory = false\n')
      expect(upgrade.out).toMatch(/^M {3}misc\.dovecot_version = 2\.3\.19\.1\nR {3}misc\.dovecot_version = 2\.3\.19\.1\nR {3}misc\.password_scheme = PLAIN$/m)
      expect(upgrade.out).toContain('Removed section "config" with option "done" (obsolte)')
      expect(await vmm.sh('ls /usr/local/etc/ | grep -c "^vmm.cfg.bak\\.[0-9]*$"; grep "^dovecotpw" /usr/local/etc/vmm.cfg; ls /usr/local/lib/python2.7/dist-packages/VirtualMailManager'))
        .toBe('1\ndovecotpw = /usr/sbin/dovecotpw\n__init__.py\ncli.py\nconstants.py\npython2.py\n')
      expect(await run(vmm, '/usr/local/sbin/vmm version')).toEqual({ code: 0, out: 'vmm, version 0.6.2 (from 2014-02-01)\n' })
      const rejected = await run(vmm, '/usr/local/sbin/vmm domaininfo d03.example.test')
      expect(rejected.code).toBe(31)
      expect(rejected.out).toContain("Not a valid Dovecot version: '2.3.19.1'")
      await vmm.sh("sed -i -e 's/^dovecot_version = .*/dovecot_version = 2.3.19/' -e 's|^dovecotpw = .*|dovecotpw = /usr/bin/doveadm|' /usr/local/etc/vmm.cfg")
      const info = await run(vmm, '/usr/local/sbin/vmm di d03.example.test')
      expect(info.code).toBe(0)
      expect(info.out).toMatch(/accounts\.+: 16/)
      expect(await run(vmm, `cd ${vmm.releaseDir} && ./upgrade.sh`)).toEqual({ code: 1, out: 'The version 0.6.2 is not supported by update_config.py\nplease read the upgrade instructions at http://vmm.localdomain.org/\n' })

      // vmm's own exit codes for its checks.
      await vmm.sh('cp /usr/local/sbin/vmm /srv/vmm-copy && chmod 0755 /srv/vmm-copy')
      expect((await run(vmm, 'runuser -u nobody -- /srv/vmm-copy version')).code).toBe(33)
      expect((await run(vmm, 'chmod 0644 /usr/local/etc/vmm.cfg; /usr/local/sbin/vmm version')).code).toBe(34)
      expect((await run(vmm, 'chmod 0600 /usr/local/etc/vmm.cfg; echo "no section" >>/usr/local/etc/vmm.cfg; /usr/local/sbin/vmm version')).code).toBe(31)
      expect((await run(vmm, 'mv /usr/local/etc/vmm.cfg /srv/; /usr/local/sbin/vmm version')).code).toBe(32)
    })
  })

  it('0.6.0 managesieve on a Debian 12 without Python 2: the documented bugs and their fixes', async () => {
    await withVmmHost({ state: '0.6.0', flavour: 'managesieve' }, async (vmm) => {
      expect((await run(vmm, 'command -v python2 python')).code).toBe(1)
      // Accounts inheriting the domain's services cannot log in with 0.6.0's dovecotpassword().
      const inherit = ['inherit1@d01.example.test', 'inherit2@d20.example.test', 'u00@d01.example.test']
      let dovecot = await vmm.dovecotAnswers(inherit, ['imap'])
      expect([dovecot[inherit[0]].auth.imap, dovecot[inherit[1]].auth.imap, dovecot[inherit[2]].auth.imap]).toEqual(['fail', 'fail', 'ok'])
      await vmm.psql(`SET ROLE vmm;
CREATE OR REPLACE FUNCTION dovecotpassword(IN localpart varchar, IN the_domain varchar) RETURNS SETOF dovecotpassword AS $$
BEGIN
  RETURN QUERY SELECT (localpart || '@' || the_domain)::varchar(320), u.passwd, s.smtp, s.pop3, s.imap, s.managesieve
    FROM users u JOIN domain_data d USING (gid)
         JOIN service_set s ON s.ssid = CASE WHEN u.ssid IS NOT NULL THEN u.ssid ELSE d.ssid END
   WHERE u.gid = (SELECT gid FROM domain_name WHERE domainname = the_domain) AND u.local_part = localpart;
END; $$ LANGUAGE plpgsql STABLE RETURNS NULL ON NULL INPUT EXTERNAL SECURITY INVOKER;`)
      dovecot = await vmm.dovecotAnswers(inherit, ['imap', 'smtp'])
      expect(inherit.map((a) => dovecot[a].auth)).toEqual([{ imap: 'ok', smtp: 'ok' }, { imap: 'ok', smtp: 'fail' }, { imap: 'ok', smtp: 'ok' }])

      // The 'domain' transport rows: the fix changes them, and nothing on a second run.
      const fix = "UPDATE users SET tid = NULL WHERE tid = (SELECT tid FROM transport WHERE transport = 'domain')"
      expect(await run(vmm, `runuser -u postgres -- psql -X -d mailsys -c "${fix}"`)).toEqual({ code: 0, out: 'UPDATE 2\n' })
      expect(await run(vmm, `runuser -u postgres -- psql -X -d mailsys -c "${fix}"`)).toEqual({ code: 0, out: 'UPDATE 0\n' })
      expect((await vmm.postfixAnswers(['u02@d04.example.test'], ['transport_maps'])).transport_maps['u02@d04.example.test']).toBe('dovecot:')

      // Without Python 2, upgrade.sh fails before installing anything.
      const upgrade = await run(vmm, `cd ${vmm.releaseDir} && ./upgrade.sh`)
      expect(upgrade.code).toBe(1)
      expect(upgrade.out).toContain('Sorry, something went wrong.')
      expect(await vmm.sh('grep ^VERSION /usr/local/lib/python2.7/dist-packages/VirtualMailManager/constants.py')).toBe("VERSION = '0.6.0'\n")
    })
  })
})
