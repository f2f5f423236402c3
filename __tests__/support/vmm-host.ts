// A sandbox host dressed as a vmm mail server (PostgreSQL database `mailsys`, Postfix
// pgsql maps, Dovecot passdb/userdb on the same database, the stand-in vmm code under
// /usr/local) at a chosen vmm state, with the stand-in 0.6.x release tarball served over
// HTTPS from the machine side, as a vendor mirror would. Also builds those tarballs and
// reads the database and the Postfix/Dovecot answers for before/after comparisons.
// The stand-ins and their limits: __tests__/fixtures/vmm/README.md.
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runWithPost, type ActionRun, type Report } from './action-harness.ts'
import { serveFiles, type FileServer } from './file-server.ts'
import { SandboxHost, startedTogether } from './sandbox.ts'

export const VMM_FIXTURES = join(REPO_ROOT, '__tests__', 'fixtures', 'vmm')

export type Release = '0.6.0' | '0.6.1' | '0.6.2'
/** A vmm version a host can have installed. */
export type Installed = '0.4' | '0.5.2' | Release
/** fresh: no vmm yet (roles, an empty mailsys, Postfix and Dovecot set up for 0.6's lookups). */
export type VmmState = 'fresh' | Installed
/** managesieve: Dovecot < 1.2 (users.managesieve); sieve: Dovecot 1.2.x (users.sieve). */
export type Flavour = 'managesieve' | 'sieve'

export const RELEASE_DATES: Record<Installed, string> = {
  '0.4': '2008-04-20',
  '0.5.2': '2009-09-09',
  '0.6.0': '2012-06-28',
  '0.6.1': '2012-10-03',
  '0.6.2': '2014-02-01'
}

// ---------------------------------------------------------------- release trees

/** The generated pgsql/*.pgsql of a release: the parts under sql-0.6/, in order. */
const SQL_FILES: Record<string, { flavour: Flavour; parts: string[]; since?: Release }> = {
  'create_tables.pgsql': { flavour: 'managesieve', parts: ['header', 'new-tables', 'create', 'catchall', 'quota', 'lookups'] },
  'create_tables-dovecot-1.2.x.pgsql': { flavour: 'sieve', parts: ['header', 'new-tables', 'create', 'catchall', 'quota', 'lookups'] },
  'update_tables_0.5.x-0.6.pgsql': { flavour: 'managesieve', parts: ['header', 'new-tables', 'update', 'catchall', 'quota', 'lookups'] },
  'update_tables_0.5.x-0.6-dovecot-1.2.x.pgsql': { flavour: 'sieve', parts: ['header', 'new-tables', 'update', 'catchall', 'quota', 'lookups'] },
  'dovecot_update_v1.2+.pgsql': { flavour: 'sieve', parts: ['dovecot-update', 'quota', 'lookups', 'commit'], since: '0.6.1' }
}

/**
 * Expands `--#if TAG...` / `--#else` / `--#endif` blocks (true when every TAG is in
 * `tags`; no nesting) and @SVC@ (the flavour's service column).
 */
export function renderSql(text: string, tags: string[], flavour: Flavour): string {
  const out: string[] = []
  let keep = true
  for (const line of text.split('\n')) {
    const directive = /^--#(if|else|endif)\b(.*)$/.exec(line)
    if (!directive) {
      if (keep) out.push(line.replaceAll('@SVC@', flavour))
    } else if (directive[1] === 'if') keep = directive[2].trim().split(/\s+/).every((t) => tags.includes(t))
    else if (directive[1] === 'else') keep = !keep
    else keep = true
  }
  return out.join('\n')
}

/** Postfix lookup tables: 0.5.2 queries its views, 0.6 calls the functions. */
export const POSTFIX_QUERIES: Record<'0.5.2' | '0.6', Record<string, string>> = {
  '0.5.2': {
    'virtual_mailbox_domains': "SELECT gid FROM postfix_gid WHERE domainname = '%s'",
    'virtual_mailbox_maps': "SELECT maildir FROM postfix_maildir WHERE address = '%s'",
    'virtual_alias_maps': "SELECT destination FROM postfix_alias WHERE address = '%s'",
    'transport': "SELECT transport FROM postfix_transport WHERE address = '%s'",
    'relocated_maps': "SELECT destination FROM postfix_relocated WHERE address = '%s'",
    'virtual_uid_maps': "SELECT uid FROM postfix_uid WHERE address = '%s'",
    'virtual_gid_maps': "SELECT gid FROM postfix_gid WHERE domainname = '%d'"
  },
  '0.6': {
    'virtual_mailbox_domains': "SELECT gid FROM postfix_gid WHERE domainname = '%s'",
    'virtual_mailbox_maps': "SELECT maildir FROM postfix_virtual_mailbox_map('%u', '%d')",
    'virtual_alias_maps': "SELECT destination FROM postfix_virtual_alias_map('%u', '%d')",
    'transport_maps': "SELECT transport FROM postfix_transport_map('%u', '%d')",
    'relocated_maps': "SELECT destination FROM postfix_relocated_map('%u', '%d')",
    'virtual_uid_maps': "SELECT uid FROM postfix_virtual_uid_map('%u', '%d')",
    'virtual_gid_maps': "SELECT gid FROM postfix_gid WHERE domainname = '%d'",
    'smtpd_sender_login_maps': "SELECT login FROM postfix_smtpd_sender_login_map('%u', '%d')"
  }
}

function writeCfFiles(dir: string, queries: Record<string, string>): void {
  mkdirSync(dir, { recursive: true })
  for (const [name, query] of Object.entries(queries)) {
    const text = `# pgsql:${name} (vmm stand-in)\nuser = postfix\npassword = \nhosts = localhost\ndbname = mailsys\nquery = ${query}\n`
    writeFileSync(join(dir, `pgsql-${name}.cf`), text)
  }
}

/**
 * Writes the stand-in release tree of `version` to DIR/vmm-VERSION and returns that
 * path. 0.6.x trees have the real layout; 0.4 and 0.5.2 trees only carry the code
 * (VirtualMailManager, vmm, setup.py) that the host dressing installs for those states.
 */
export function buildReleaseTree(version: Installed, dir: string): string {
  const root = join(dir, `vmm-${version}`)
  cpSync(join(VMM_FIXTURES, 'release'), root, { recursive: true, filter: (src) => !src.includes('__pycache__') })
  // The version where the real code keeps it: constants/VERSION.py up to 0.5.x
  // (vmm-0.5.2:VirtualMailManager/constants/VERSION.py:7), constants.py from 0.6.0
  // (vmm-0.6.0:VirtualMailManager/constants.py:19).
  const constants = join(root, 'VirtualMailManager', 'constants.py')
  const text = readFileSync(constants, 'utf8').replace('@VERSION@', version).replace('@RELDATE@', RELEASE_DATES[version])
  if (version === '0.4' || version === '0.5.2') {
    rmSync(constants)
    mkdirSync(join(root, 'VirtualMailManager', 'constants'))
    writeFileSync(join(root, 'VirtualMailManager', 'constants', '__init__.py'), '')
    writeFileSync(join(root, 'VirtualMailManager', 'constants', 'VERSION.py'), text)
    return root
  }
  writeFileSync(constants, text)
  for (const [file, spec] of Object.entries(SQL_FILES)) {
    if (spec.since && version < spec.since) continue
    const tags = [spec.flavour, `v${version}`]
    const text = spec.parts.map((p) => renderSql(readFileSync(join(VMM_FIXTURES, 'sql-0.6', `${p}.in`), 'utf8'), tags, spec.flavour)).join('')
    writeFileSync(join(root, 'pgsql', file), text)
  }
  writeCfFiles(join(root, 'postfix'), POSTFIX_QUERIES['0.6'])
  return root
}

/** Builds vmm-VERSION.tar.gz (top folder vmm-VERSION/, owned by root) in `dir`. */
export function buildRelease(version: Release, dir: string): string {
  const tree = buildReleaseTree(version, mkdtempSync(join(tmpdir(), 'vmm-tree-')))
  const tarball = join(dir, `vmm-${version}.tar.gz`)
  execFileSync('tar', ['-C', join(tree, '..'), '--owner=0', '--group=0', '-czf', tarball, `vmm-${version}`])
  rmSync(join(tree, '..'), { recursive: true, force: true })
  return tarball
}

// ---------------------------------------------------------------- the host

export interface VmmHostOptions {
  /** What is installed. */
  state: VmmState
  /** Dovecot flavour of the database (0.5.2, 0.6.x). Default sieve. */
  flavour?: Flavour
  /** 0.5.2: whether the optional types and functions are loaded. Default true. */
  optionalTypes?: boolean
  /** 0.6.x: stand-in (0.5.2 + seed updated by the release's script, default) or
   *  package (empty 0.6.2 layout from the vmm 0.7.0 package's create_tables.pgsql). */
  source?: 'stand-in' | 'package'
  /** Install the test python2 shim and python3-psycopg2. Default false (Debian 12). */
  python2?: boolean
  /** The release served for the action (release-url). Default 0.6.2. */
  release?: Release
  /** A 0.6.x state whose code was installed as 0.5.2's, then upgraded by that release's
   *  own upgrade.sh: 0.5.2's egg-info stays beside the new one, as the real script leaves
   *  it. Default: the state's code installed directly. */
  upgradedFrom?: '0.5.2'
  name?: string
}

export interface PostfixAnswers {
  /** map name -> address -> answer ('' when postmap found nothing). */
  [map: string]: Record<string, string>
}

export interface DovecotAnswer {
  /** `doveadm user` fields (uid, gid, home, mail), or 'unknown'. */
  userdb: string
  /** `doveadm auth test -x service=S` result per service: 'ok' | 'fail'. */
  auth: Record<string, 'ok' | 'fail'>
}

export interface TableDigest {
  rows: number
  md5: string
}

export interface VmmHost {
  host: SandboxHost
  server: FileServer
  options: Required<Omit<VmmHostOptions, 'name' | 'upgradedFrom'>> & Pick<VmmHostOptions, 'upgradedFrom'>
  /** A fresh folder for the runner's files and logs of one run. */
  workDir: string
  /** The served release tarball's URL (the action's release-url). */
  releaseUrl: string
  /** Where the served release is unpacked on the host (for tests driving it directly). */
  releaseDir: string
  /** Inputs for the action: product vmm, this host over SSH, release-url, plus extra. */
  inputs(extra?: Record<string, string>): Record<string, string>
  /** Runs a command as root on the host; throws unless it exits 0 (stdout returned). */
  sh(cmd: string): Promise<string>
  /** psql as postgres (-X -A -t -q, ON_ERROR_STOP) on `database` (mailsys); stdout, trimmed. */
  psql(sql: string, database?: string): Promise<string>
  /** LAYOUT_SQL's answer for `database` (mailsys). */
  layout(database?: string): Promise<string>
  /** Points Postfix's pgsql-*.cf maps and Dovecot's dovecot-sql.conf.ext at 0.5.2's views
   *  or 0.6's functions (the files dress.sh writes), and restarts both. */
  useLookups(lookups: '0.5.2' | '0.6'): Promise<void>
  /** Row count and md5 of the sorted rows of every base table in public (or of the
   *  given columns of the given tables), streamed: any table size. */
  tableDigest(columns?: Record<string, string[]>): Promise<Record<string, TableDigest>>
  /** `postmap -q ADDR pgsql:/etc/postfix/pgsql-MAP.cf` for every map and address. */
  postfixAnswers(addresses: string[], maps?: string[]): Promise<PostfixAnswers>
  /** `doveadm user` and `doveadm auth test` (password from the seed) per address
   *  (0.5.2 or 0.6 layout: the passwords are read through domain_name). */
  dovecotAnswers(addresses: string[], services?: string[]): Promise<Record<string, DovecotAnswer>>
  down(): Promise<void>
}

/** Addresses that exercise every lookup of the seeded database. */
export function seededAddresses(): string[] {
  const users = Array.from({ length: 16 }, (_, n) => `u${String(n).padStart(2, '0')}@d03.example.test`)
  return [
    ...users,
    'u00@d01.example.test', 'u07@d04.example.test', 'u05@d12.example.test', 'u15@d20.example.test',
    'u01@alias03.example.test', 'u09@alias06.example.test',
    'info@d02.example.test', 'team@d05.example.test', 'out@d06.example.test', 'team@alias09.example.test',
    'gone1@d07.example.test', 'gone2@alias12.example.test',
    'nobody@d03.example.test', 'u01@unknown.example.test'
  ]
}

/** The seed's password of an account (seed-0.5.2.pgsql / activity-0.6.pgsql). */
const PASSWORD_SQL = "SELECT local_part || '@' || domainname, substr(passwd, 8) FROM users JOIN domain_name USING (gid)"

/**
 * The database layout as sorted text, owners and data left out: table columns (type,
 * NOT NULL, default), constraints, indexes, views, sequences, composite types, function
 * signatures (language, volatility, strictness, SECURITY DEFINER or not) and triggers.
 * Column order and function bodies do not count; everything else does.
 */
export const LAYOUT_SQL = `
SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
       || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
  FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
UNION ALL
SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
UNION ALL
SELECT 'view ' || viewname || ' ' || regexp_replace(definition, '\\s+', ' ', 'g')
  FROM pg_views WHERE schemaname = 'public'
UNION ALL
SELECT 'sequence ' || sequencename || ' ' || start_value || ' ' || min_value || ' ' || max_value
       || ' ' || increment_by || ' ' || cycle
  FROM pg_sequences WHERE schemaname = 'public'
UNION ALL
SELECT 'type ' || t.typname || ' ' || string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
  FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid JOIN pg_attribute a ON a.attrelid = c.oid
 WHERE t.typnamespace = 'public'::regnamespace AND c.relkind = 'c' AND a.attnum > 0
 GROUP BY t.typname
UNION ALL
SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') '
       || pg_get_function_result(p.oid) || ' ' || l.lanname || ' ' || p.provolatile::text
       || CASE WHEN p.proisstrict THEN ' strict' ELSE '' END
       || CASE WHEN p.prosecdef THEN ' definer' ELSE ' invoker' END
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'public'::regnamespace
UNION ALL
SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
ORDER BY 1;`

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`
}

/**
 * Postfix and Dovecot answers made comparable across an update: several rows (an alias
 * with two destinations) come in no defined order and Postfix uses them as a set, so they
 * are sorted; 0.5.2's mail location "~/Maildir" is what Dovecot reads as maildir.
 */
export function comparable(postfix: PostfixAnswers, dovecot: Record<string, DovecotAnswer>, old: boolean): { postfix: PostfixAnswers; dovecot: Record<string, DovecotAnswer> } {
  for (const map of Object.values(postfix)) for (const [key, answer] of Object.entries(map)) map[key] = answer.split(',').sort().join(',')
  if (old) for (const a of Object.values(dovecot)) a.userdb = a.userdb.replace('mail=~/', 'mail=maildir:~/')
  return { postfix, dovecot }
}

export async function vmmHost(opts: VmmHostOptions): Promise<VmmHost> {
  const options = {
    state: opts.state,
    flavour: opts.flavour ?? 'sieve',
    optionalTypes: opts.optionalTypes ?? true,
    source: opts.source ?? 'stand-in',
    python2: opts.python2 ?? false,
    release: opts.release ?? '0.6.2',
    upgradedFrom: opts.upgradedFrom
  } satisfies VmmHostOptions
  const files = mkdtempSync(join(tmpdir(), 'vmm-host-'))
  const bundleDir = join(files, 'bundle')
  mkdirSync(bundleDir)
  cpSync(join(VMM_FIXTURES, 'db'), join(bundleDir, 'db'), { recursive: true })
  cpSync(join(VMM_FIXTURES, 'dress.sh'), join(bundleDir, 'dress.sh'))
  if (options.state !== 'fresh') buildReleaseTree(options.state, bundleDir)
  if (options.upgradedFrom) buildReleaseTree(options.upgradedFrom, bundleDir)
  for (const lookups of ['0.5.2', '0.6'] as const) writeCfFiles(join(bundleDir, `postfix-${lookups}`), POSTFIX_QUERIES[lookups])
  chmodSync(bundleDir, 0o755)
  execFileSync('tar', ['-C', bundleDir, '--owner=0', '--group=0', '-czf', join(files, 'bundle.tar.gz'), '.'])
  const release = buildRelease(options.release, files)

  const host = await SandboxHost.up(opts.name)
  let server: FileServer | undefined
  try {
    server = await serveFiles(host.info.gateway, host.info.gatewayCert, host.info.gatewayKey, {
      '/vmm-fixtures.tar.gz': join(files, 'bundle.tar.gz'),
      [`/vmm-${options.release}.tar.gz`]: release
    })
    const sh = async (cmd: string): Promise<string> => {
      const r = await host.exec(cmd)
      if (r.code !== 0) throw new Error(`on the vmm host, exit ${r.code}: ${cmd.slice(0, 300)}\n${r.stdout}${r.stderr}`)
      return r.stdout
    }
    const releaseUrl = server.url(`/vmm-${options.release}.tar.gz`)
    const env = `STATE=${options.state} FLAVOUR=${options.flavour} OPTIONAL=${options.optionalTypes ? 'yes' : 'no'} ` +
      `SOURCE=${options.source} PYTHON2=${options.python2 ? 'yes' : 'no'} UPGRADED_FROM=${options.upgradedFrom ?? ''}`
    await sh(`set -e; rm -rf /srv/vmm-fixtures; mkdir /srv/vmm-fixtures; cd /srv/vmm-fixtures
      curl -fsS ${server.url('/vmm-fixtures.tar.gz')} | tar xz
      ${env} bash dress.sh
      mkdir -p /srv/vmm-release; curl -fsS ${releaseUrl} | tar xz -C /srv/vmm-release`)
    const psql = async (sql: string, database = 'mailsys'): Promise<string> =>
      (await sh(`runuser -u postgres -- psql -X -A -t -q -v ON_ERROR_STOP=1 -d ${database} <<'VMM_SQL'\n${sql}\nVMM_SQL`)).trim()
    const workDir = mkdtempSync(join(tmpdir(), 'hostpanel-run-'))
    const served = server
    return {
      host,
      server,
      options,
      workDir,
      releaseUrl,
      releaseDir: `/srv/vmm-release/vmm-${options.release}`,
      inputs: (extra = {}) => ({
        product: 'vmm',
        version: options.release,
        host: host.info.address,
        'ssh-key': readFileSync(host.info.sshKey, 'utf8'),
        'known-hosts': readFileSync(host.info.knownHosts, 'utf8'),
        'release-url': releaseUrl,
        'log-dir': join(workDir, 'logs'),
        ...extra
      }),
      sh,
      psql,
      layout: (database) => psql(LAYOUT_SQL, database),
      useLookups: async (lookups) => {
        await sh(`LOOKUPS=${lookups} bash /srv/vmm-fixtures/dress.sh`)
      },
      tableDigest: async (columns) => {
        const tables = columns
          ? Object.keys(columns)
          : (await psql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).split('\n').filter(Boolean)
        // The sorted rows stream through md5sum (PostgreSQL sorts on disk when they are
        // many): any table size, unlike one aggregated value (1 GB at most).
        const script = tables.map((t) => {
          const row = columns ? `ROW(${columns[t].join(', ')})::text` : 't::text'
          return `n=$(q -A -t -c 'SELECT count(*) FROM ${t}'); h=$(q -c 'COPY (SELECT ${row} FROM ${t} t ORDER BY 1) TO STDOUT' | md5sum)
            printf '%s|%s|%s\\n' ${t} "$n" "\${h%% *}"`
        })
        const out = await sh(`set -eo pipefail; q() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d mailsys "$@"; }\n${script.join('\n')}`)
        return Object.fromEntries(out.trim().split('\n').map((l) => l.split('|')).map(([t, n, md5]) => [t, { rows: Number(n), md5 }]))
      },
      postfixAnswers: async (addresses, maps) => {
        const names = maps ?? (await sh('ls /etc/postfix/ | sed -n "s/^pgsql-\\(.*\\)\\.cf$/\\1/p"')).split('\n').filter(Boolean)
        // Postfix asks virtual_mailbox_domains for the domain, the other maps for the address.
        const domains = [...new Set(addresses.map((a) => a.slice(a.indexOf('@') + 1)))]
        // One loop per map, in parallel: each postmap opens its own connection.
        const loops = names.map((m, i) => `for a in ${(m === 'virtual_mailbox_domains' ? domains : addresses).map(shellQuote).join(' ')}; do
          printf '%s\\t%s\\t%s\\n' ${m} "$a" "$(postmap -q "$a" pgsql:/etc/postfix/pgsql-${m}.cf 2>&1 | tr '\\n' ' ')"; done >"$d/${i}" &`)
        const out = await sh(`d=$(mktemp -d)\n${loops.join('\n')}\nwait\ncat "$d"/*; rm -rf "$d"`)
        const answers: PostfixAnswers = {}
        for (const [map, address, answer] of out.split('\n').filter(Boolean).map((l) => l.split('\t'))) {
          answers[map] ??= {}
          answers[map][address] = answer.trim()
        }
        return answers
      },
      dovecotAnswers: async (addresses, services = ['imap', 'pop3', 'smtp']) => {
        const passwords = new Map((await psql(PASSWORD_SQL)).split('\n').map((l) => l.split('|') as [string, string]))
        // Dovecot delays every refused login (and more after several from one address):
        // each check gets its own client address, and the addresses run in parallel.
        const script = addresses.map((a, i) => {
          const user = `u=$(doveadm user ${shellQuote(a)} 2>/dev/null) && echo "$u" | grep -E '^(uid|gid|home|mail)\\s' | tr -s '\\t\\n' '= ' || echo unknown`
          const auth = services.map((s, k) =>
            `doveadm auth test -x service=${s} -x rip=198.18.${i % 250}.${k + 1} ${shellQuote(a)} ${shellQuote(passwords.get(a) ?? 'no-password')} >/dev/null 2>&1 && echo ${s}=ok || echo ${s}=fail`)
          return `printf '%s\\t%s\\t%s\\n' ${shellQuote(a)} "$(${user})" "$({ ${auth.join('; ')}; } | tr '\\n' ' ')" >"$d/${String(i).padStart(4, '0')}" &`
        })
        const out = await sh(`d=$(mktemp -d)\n${script.join('\n')}\nwait\ncat "$d"/*; rm -rf "$d"`)
        const answers: Record<string, DovecotAnswer> = {}
        for (const [address, userdb, auth] of out.split('\n').map((l) => l.split('\t')).filter((f) => f.length === 3)) {
          answers[address] = {
            userdb: userdb.trim(),
            auth: Object.fromEntries(auth.trim().split(' ').map((kv) => kv.split('=') as [string, 'ok' | 'fail']))
          }
        }
        return answers
      },
      down: async () => {
        await served.close()
        await host.down()
        rmSync(files, { recursive: true, force: true })
      }
    }
  } catch (error) {
    await server?.close()
    await host.down()
    rmSync(files, { recursive: true, force: true })
    throw error
  }
}

/** Runs `body` against a fresh vmm host and always removes it afterwards. */
export async function withVmmHost(opts: VmmHostOptions, body: (vmm: VmmHost) => Promise<void>): Promise<void> {
  const vmm = await vmmHost(opts)
  try {
    await body(vmm)
  } finally {
    await vmm.down()
  }
}

/** Starts hosts together; if one fails, the others are taken down and the error thrown. */
export function vmmHosts(...options: VmmHostOptions[]): Promise<VmmHost[]> {
  return startedTogether(options.map((o) => vmmHost(o)))
}

/** Runs the bundled action's main and post steps on the host with vmm.inputs(inputs). */
export function vmmAction(vmm: VmmHost, inputs: Record<string, string>): Promise<{ main: ActionRun; report: Report }> {
  return runWithPost(vmm.inputs(inputs), vmm.workDir)
}
