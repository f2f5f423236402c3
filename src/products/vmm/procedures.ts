/**
 * vmm on a host: upgrades from 0.5.2 / 0.6.x to a 0.6.x release tarball (Python 2) or to
 * 0.7.0, the distribution's Python 3 package; a fresh install; verify. The database work
 * (vmm's upgrade notes, shared/seeds/vmm-0.6-upgrade.txt, and the research file's
 * section 5) runs strictly, after a pg_dump whose undo restores the database and proves
 * it identical. Which steps apply is decided by the facts the preflight reports (layout,
 * Dovecot flavour, installed version), so the plan shows each with its condition.
 */
import type { Facts, Procedure, Step, Vars } from '../../engine/procedure.js'
import { when, type Condition } from '../../engine/when.js'
import { InputError } from '../../settings/settings.js'
import { backupVars } from '../options.js'
import type { ModeContext } from '../product.js'
import { catalogue, STARTING_VERSIONS, type VmmRelease } from './catalogue.js'

const STEPS = 'products/vmm/steps'
const SQL = 'products/vmm/sql'
const COMMON = `${STEPS}/common.sh`
const BACKUPS = '/var/backups/hostpanel-vmm/<run>'
const CONN = '-h <host> -p <port> -U <user> -d <name>'

type Context = ModeContext<VmmRelease>

function needsRelease({ options: o, release }: Context, mode: string): void {
  if (release.source === 'tarball' && !o['release-url'] && !o['release-path']) {
    throw new InputError('release-url', `${mode} to vmm ${release.version} needs the release tarball: set release-url (https) or release-path (on the host) to vmm-${release.version}.tar.gz`)
  }
}

/** What every step sees: the target's facts and the inputs that are not secrets. */
function commonVars({ settings, options: o, release }: Context, mode: string): Vars {
  return {
    MODE: mode,
    FORCE: String(settings.force),
    TARGET_SOURCE: release.source,
    TARGET_HAS_DOVECOT_UPDATE: String(release.dovecotUpdate),
    RELEASE_URL: o['release-url'],
    RELEASE_PATH: o['release-path'],
    RELEASE_GIVEN: o['release-url'] || o['release-path'] ? 'yes' : 'no',
    PG_HOST_INPUT: o['pg-host'],
    PG_PORT_INPUT: o['pg-port'],
    PG_NAME_INPUT: o['pg-database'],
    PG_USER_INPUT: o['pg-user'],
    UPDATE_CONFIGS: o['update-configs'],
    PY3_COMPAT: o['python3-compat'],
    TEST_ADDRESS: o['test-address'],
    ...backupVars(settings, o)
  }
}

/** Secrets reach the host only through the run's 0600 secrets file. */
function secretVars(o: Record<string, string>): Vars {
  const secrets: Vars = {}
  if (o['pg-password']) secrets.PG_PASSWORD = o['pg-password']
  if (o['test-password']) secrets.TEST_PASSWORD = o['test-password']
  return secrets
}

/** A condition on a yes/no fact the preflight reports, described by what it stands for. */
function found(fact: string, describe: string): Condition {
  return when.named(`${describe} (${fact})`, when.fact(fact, 'yes'))
}

/** What the target brings, known on the runner: holds or not whatever the host has. */
function targetHas(has: boolean, describe: string): Condition {
  return { describe, holds: () => has }
}

/**
 * Which steps apply, from the raw facts the preflight reports (layout, flavour, Dovecot,
 * installed version and code) and the target: decided here only, for the run and the plan.
 */
function conditions(release: VmmRelease) {
  const schema05 = when.named("the database has 0.5.2's layout (SCHEMA is 0.5)", when.fact('SCHEMA', '0.5'))
  const dovecotUpdate = when.named(
    'the database has the managesieve flavour and Dovecot is >= 1.2.beta2',
    when.all(when.fact('FLAVOUR', 'managesieve'), when.fact('DOVECOT_SIEVE', 'yes'), targetHas(release.source === 'package' || release.dovecotUpdate, 'the target brings dovecot_update_v1.2+.pgsql'))
  )
  const fix060 = when.named('vmm 0.6.0 is installed and the target is newer', when.all(when.fact('PREVIOUS_VERSION', '0.6.0'), when.crosses(release.version)))
  const layout = when.any(schema05, dovecotUpdate)
  const codeArrives = when.all(targetHas(release.source === 'package', "the target is the package"), when.not(when.fact('CODE', 'package')))
  const grants = when.named("the layout changes, or the package's code arrives", when.any(layout, codeArrives))
  const dbChanges = when.named('the database changes: 0.5.2 layout, 0.6.0 fixes, Dovecot >= 1.2 update or new grants', when.any(layout, fix060, grants))
  return {
    schema05,
    dovecotUpdate,
    fix060,
    grants,
    dbChanges,
    stop: when.named('the layout changes: from 0.5.2, or the Dovecot >= 1.2 update', layout),
    // 0.6.x: its code, or its SQL; 0.7.0: only the SQL of a 0.6.x release, for a layout change.
    needRelease: when.named('the release has work to do: the code or the database changes', release.source === 'tarball' ? when.any(when.not(when.fact('PREVIOUS_VERSION', release.version)), dbChanges) : layout),
    stale: found('STALE_CONFIGS', "Postfix or Dovecot files query 0.5.2's views"),
    py3Broken: found('VMM_PY3_BROKEN', "the package's code uses collections.Callable and python3 is >= 3.10")
  }
}

type Conditions = ReturnType<typeof conditions>

/**
 * The raw facts a host at a starting version and flavour reports, with Dovecot >= 1.2
 * (every current distribution), 0.5/0.6 code from a tarball, and 0.5.2's views still
 * queried by Postfix and Dovecot on a 0.5.2 host.
 */
function scenarioFacts(previous: string, flavour: string, compat: boolean): Facts {
  return {
    PREVIOUS_VERSION: previous,
    SCHEMA: previous === '0.5.2' ? '0.5' : '0.6',
    FLAVOUR: flavour,
    CODE: 'tarball',
    DOVECOT_SIEVE: 'yes',
    STALE_CONFIGS: previous === '0.5.2' ? 'yes' : 'no',
    VMM_PY3_BROKEN: compat ? 'yes' : 'no'
  }
}

/** One runbook line per starting point: the steps whose conditions hold on its facts. */
function scenarios(steps: Step[], release: VmmRelease, compat: boolean): string[] {
  const starts = STARTING_VERSIONS.filter((v) => v !== release.version || release.source === 'tarball')
  return starts.flatMap((previous) =>
    ['managesieve', 'sieve'].map((flavour) => {
      const facts = scenarioFacts(previous, flavour, compat)
      const crossed = catalogue.versions(release).crossed(previous)
      const runs = steps.filter((s) => !s.when || s.when.holds({ facts, crossed })).map((s) => s.id)
      return `from ${previous} (${flavour}): ${runs.join(', ')}`
    })
  )
}

function preflight({ release, options: o }: Context, mode: 'install' | 'upgrade'): Step {
  const python = release.python === 2
    ? "`python` is Python 2 with psycopg2 (what upgrade.sh, update_config.py, setup.py and vmm run); else refused: Debian 12 / Ubuntu 22.04+ have none, use 0.7.0"
    : `python3; apt-cache policy vmm offers 0.7.0; apt-get download vmm: its code checked for collections.Callable (gone since Python 3.10): refused unless python3-compat (${o['python3-compat']})`
  return {
    id: 'preflight',
    title: 'Preflight: root, database, installed version and flavour, Python',
    check: `${STEPS}/preflight.sh`,
    assets: [COMMON],
    runbook: [
      `root; psql, pg_dump, pg_restore; connection: pg-host/pg-port/pg-database/pg-user inputs, else [database] of vmm.cfg (/root, /usr/local/etc, /etc; /etc/vmm for 0.7.0); password: the pg-password secret, else vmm.cfg → <run>/vmm.pgpass (0600, PGPASSFILE of every client)`,
      "layout: to_regclass('service_set') → 0.6, 'domain_data' → 0.5 (0.5.2), 'domains' → 0.4: refused (0.5.2 first); flavour: a managesieve or sieve column (users / service_set); Dovecot: dovecot --version",
      `installed: the vmm package (dpkg), else the VERSION of the VirtualMailManager package the vmm script imports (constants.py, 0.5: constants/VERSION.py) and vmm version, else the egg-info, else the layout → previous-version; where they disagree (with each other, or 0.5 code with a 0.6 layout) the database decides: 0.5 layout → 0.5.2, 0.6 layout with what only 0.6.0 leaves (accounts on the 'domain' transport, a dovecotpassword() without rows for inheriting accounts) → 0.6.0, else refused; ${mode === 'install' ? 'the database must have no vmm tables' : `a downgrade from a newer one is refused; ${release.version} itself runs only what is missing`}`,
      ...(mode === 'upgrade' ? ['when the database changes (a backup is taken): free space where the backups go (/var/backups/hostpanel-vmm, else the nearest folder above) for pg_database_size (the dump; a restore streams it into psql), and in the runner log-dir for its copy when within backup-download-limit, else refused saying what is needed and free'] : []),
      python,
      "Postfix *.cf and Dovecot SQL files that query 0.5.2's views (postfix_maildir/alias/transport/relocated/uid, dovecot_password/user): refused from 0.5.2 unless update-configs or force"
    ]
  }
}

function releaseStep({ options: o, release }: Context, on: Conditions): Step {
  const from = o['release-path'] ? `cp/tar -xf ${o['release-path']} (on the host)` : `curl -fsSL --proto =https ${o['release-url'] || '<release-url>'} (sha256 logged); tar -xf`
  return {
    id: 'release',
    title: release.source === 'tarball' ? `Fetch vmm ${release.version}` : "Fetch a vmm 0.6.x release for its SQL",
    change: `${STEPS}/release.sh`,
    when: on.needRelease,
    assets: [COMMON],
    runbook: [
      `${from} into the run's folder; upgrade.sh and pgsql/ at its top; VERSION (VirtualMailManager) must be ${release.source === 'tarball' ? release.version : '0.6.2 or 0.6.1 (0.6.0 lacks dovecot_update_v1.2+.pgsql)'}`
    ]
  }
}

const servicesStop = (on: Conditions): Step => ({
  id: 'services-stop',
  title: 'Stop Postfix and Dovecot',
  change: `${STEPS}/services-stop.sh`,
  undo: `${STEPS}/services-start.sh`,
  when: on.stop,
  assets: [COMMON],
  runbook: ['systemctl stop postfix dovecot (the layout changes under them); started again by services-start, or by the undo']
})

const backup = (on: Conditions): Step => ({
  id: 'backup',
  title: 'Back up the database (pg_dump)',
  change: `${STEPS}/backup.sh`,
  undo: `${STEPS}/restore.sh`,
  when: on.dbChanges,
  assets: [COMMON, `${SQL}/drop-all.pgsql`],
  runbook: [
    `pg_dump -Fc ${CONN} -f ${BACKUPS}/vmm-<previous>-<name>.dump kept on the host (the backup-host output), copied into log-dir within backup-download-limit (the backup output); size and per-table rows in the report; each table's rows and a digest streamed over them (the sum of two 64-bit hashes of every row: any size, any row order) recorded while pg_dump runs`,
    `undo: BEGIN, drop-all.pgsql and pg_restore -f - <dump> streamed into psql -v ON_ERROR_STOP=1, COMMIT only after the whole dump; every table's rows and digest proven equal to the backup's`
  ]
})

const schemaUpdate = (on: Conditions): Step => ({
  id: 'schema-update',
  title: 'vmm 0.5.2 → 0.6 database layout',
  change: `${STEPS}/schema-update.sh`,
  when: on.schema05,
  because: "vmm's 0.5.2 → 0.6 upgrade notes",
  assets: [COMMON, `${SQL}/optional-types.pgsql`],
  runbook: [
    `psql -v ON_ERROR_STOP=1 --single-transaction ${CONN} -f optional-types.pgsql -f <release>/pgsql/update_tables_0.5.x-0.6.pgsql   (FLAVOUR managesieve: Dovecot < 1.2)`,
    `psql -v ON_ERROR_STOP=1 --single-transaction ${CONN} -f optional-types.pgsql -f <release>/pgsql/update_tables_0.5.x-0.6-dovecot-1.2.x.pgsql   (FLAVOUR sieve)`,
    "optional-types.pgsql creates only the missing ones of the 7 types the script drops without IF EXISTS (reported); the vendor's file is run as it is"
  ]
})

const fixTransport = (on: Conditions): Step => ({
  id: 'fix-transport',
  title: "0.6.0 fix: accounts on the 'domain' transport",
  change: `${STEPS}/fix-transport.sh`,
  when: on.fix060,
  because: "vmm's upgrade notes for 0.6.0",
  assets: [COMMON],
  runbook: ["psql -c \"UPDATE users SET tid = NULL WHERE tid = (SELECT tid FROM transport WHERE transport = 'domain')\" (rows changed in the report)"]
})

const fixPassword = (on: Conditions): Step => ({
  id: 'fix-dovecotpassword',
  title: '0.6.0 fix: dovecotpassword() for accounts inheriting their services',
  change: `${STEPS}/fix-password.sh`,
  when: when.all(on.fix060, when.fact('FLAVOUR', 'managesieve')),
  because: "vmm's upgrade notes for 0.6.0, Dovecot < 1.2",
  assets: [COMMON, `${SQL}/dovecotpassword-0.6.0.pgsql`],
  runbook: ['psql -v ON_ERROR_STOP=1 --single-transaction -f dovecotpassword-0.6.0.pgsql (CREATE OR REPLACE FUNCTION dovecotpassword: the account\'s service set, else the domain\'s)']
})

const dovecotLayout = (on: Conditions): Step => ({
  id: 'dovecot-layout',
  title: 'Dovecot ≥ 1.2 layout on a managesieve database',
  change: `${STEPS}/dovecot-layout.sh`,
  when: on.dovecotUpdate,
  because: "vmm's upgrade notes: Dovecot ≥ v1.2.beta2",
  assets: [COMMON],
  runbook: [`psql -v ON_ERROR_STOP=1 ${CONN} -f <release>/pgsql/dovecot_update_v1.2+.pgsql (its own BEGIN/COMMIT); the report counts the userquota_11 rows dropped (Dovecot recounts them)`]
})

function permissions(release: VmmRelease, on: Conditions): Step {
  const script = release.source === 'package' ? 'python3 /usr/share/doc/vmm/examples/pgsql/set-permissions.py' : 'python <release>/pgsql/set-permissions.py'
  return {
    id: 'permissions',
    title: 'Grant Postfix and Dovecot their database rights',
    change: `${STEPS}/permissions.sh`,
    when: on.grants,
    assets: [COMMON],
    runbook: [`setsid -w ${script} -H <host> -P <port> -n <name> -U <user> -D <dovecot user> -M <postfix user>   (-H only with a host; the password from PGPASSFILE, never -p; users from dovecot-sql.conf.ext and pgsql-*.cf)`]
  }
}

function configs(o: Record<string, string>, release: VmmRelease, on: Conditions): Step {
  const maps = release.source === 'package' ? '/usr/share/doc/vmm/examples/postfix' : '<release>/postfix'
  return {
    id: 'configs',
    title: "Rewrite Postfix and Dovecot queries on 0.5.2's views",
    check: `${STEPS}/configs-check.sh`,
    change: `${STEPS}/configs-rewrite.sh`,
    undo: `${STEPS}/configs-restore.sh`,
    when: on.stale,
    assets: [COMMON],
    runbook: [
      `only with update-configs: true (now ${o['update-configs']}); else the files are named in a warning`,
      `each file backed up (<file>.hostpanel-<run>, ${BACKUPS}/configs-before.tar.gz), diff -u in the log; Postfix: the query line from ${maps}/pgsql-<map>.cf; Dovecot: dovecotpassword('%Ln', '%Ld') / dovecotuser('%Ln', '%Ld') (dovecotquotauser with quota)`
    ]
  }
}

const servicesStart = (on: Conditions): Step => ({
  id: 'services-start',
  title: 'Start Postfix and Dovecot',
  change: `${STEPS}/services-start.sh`,
  when: on.stop,
  assets: [COMMON],
  runbook: ['systemctl restart for those that ran (both if neither did); fails naming any that does not run']
})

function verify({ options: o, release }: Context): Step {
  const address = o['test-address']
  return {
    id: 'verify',
    title: 'Verify vmm, Postfix and Dovecot',
    check: `${STEPS}/verify.sh`,
    assets: [COMMON],
    runbook: [
      `vmm version (the one root's PATH finds) says ${release.version} → installed-version; postfix and dovecot active`,
      address
        ? `postmap -q ${address} pgsql:<file> for each pgsql table of virtual_mailbox_maps, virtual_alias_maps, transport_maps; as a mailbox: doveadm user ${address}${o['test-password'] ? `, doveadm auth test -x service=imap ${address} (password on stdin)` : ''}, vmm domaininfo / userinfo`
        : 'no test-address: postmap -q postmaster@hostpanel-verify.invalid on each of those pgsql tables (nothing found, but no lookup may error)'
    ]
  }
}

const vmmConfig: Step = {
  id: 'vmm-config',
  title: "Fix what update_config.py leaves broken with Dovecot 2",
  check: `${STEPS}/vmm-config-check.sh`,
  change: `${STEPS}/vmm-config.sh`,
  undo: `${STEPS}/vmm-config-restore.sh`,
  assets: [COMMON],
  runbook: ['vmm.cfg: misc.dovecot_version → x.y.z of dovecot --version when it is not (vmm 0.6 refuses 2.3.19.1); bin.dovecotpw → doveadm when not executable; warned, diff in the log; the file before kept as vmm.cfg.hostpanel-<run> (undo: put back)']
}

/** What every upgrade does first, to a tarball or to the package: services stopped, the database backed up, then its layout changes and fixes (each only when its 'when' holds). */
function databaseSteps(on: Conditions): Step[] {
  return [servicesStop(on), backup(on), schemaUpdate(on), fixTransport(on), fixPassword(on), dovecotLayout(on)]
}

function upgradeToTarball(context: Context, on: Conditions): Step[] {
  const { release } = context
  return [
    ...databaseSteps(on),
    permissions(release, on),
    configs(context.options, release, on),
    servicesStart(on),
    {
      id: 'upgrade',
      title: `Run vmm ${release.version}'s upgrade.sh`,
      change: `${STEPS}/run-upgrade.sh`,
      undo: `${STEPS}/code-restore.sh`,
      when: when.crosses(release.version),
      assets: [COMMON],
      runbook: [
        `tar of the code (/usr/local/sbin/vmm, /usr/local/lib/python2*/*-packages/VirtualMailManager*) and vmm.cfg → ${BACKUPS}/vmm-code-before.tar.gz`,
        'cd <release> && ./upgrade.sh </dev/null   (update_config.py <dovecot version>, then setup.py install --prefix /usr/local); its R/M/N lines in the report; vmm version must then say the target (upgrade.sh does not report a failed setup.py)',
        'undo: the code and vmm.cfg back from that archive'
      ]
    },
    vmmConfig
  ]
}

function upgradeToPackage(context: Context, on: Conditions): Step[] {
  const { release } = context
  return [
    ...databaseSteps(on),
    ...packageSteps(context, on),
    permissions(release, on),
    configs(context.options, release, on),
    servicesStart(on)
  ]
}

/** The package, the old code out of its way, vmm.cfg, the Python 3.10+ wrapper. */
function packageSteps({ options: o }: Context, on: Conditions): Step[] {
  const crossing = when.crosses('0.7.0')
  return [
    {
      id: 'package',
      title: "Install the distribution's vmm package",
      change: `${STEPS}/package.sh`,
      undo: `${STEPS}/package-remove.sh`,
      when: crossing,
      assets: [COMMON],
      runbook: [
        'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends vmm   (a recommended dovecot-lmtpd would turn on LMTP in Dovecot; dpkg\'s package list, the accounts and /etc/group- etc. recorded first)',
        'undo: exactly what it added, by dpkg then and now: new packages purged, those that had only configuration files back to that, the groups the postinst added (vmm, dovemail) deleted, /etc/group- etc. as before, /var/lib/vmm removed if new and without files'
      ]
    },
    {
      id: 'retire-old',
      title: 'Move the 0.5/0.6 code out of the way',
      change: `${STEPS}/retire-old.sh`,
      undo: `${STEPS}/code-restore.sh`,
      when: when.all(crossing, when.fact('CODE', 'tarball')),
      assets: [COMMON],
      runbook: [`tar /usr/local/sbin/vmm and /usr/local/lib/python2*/*-packages/VirtualMailManager* → ${BACKUPS}/vmm-code-before.tar.gz, then removed (they come first in root's PATH); the old vmm.cfg stays`]
    },
    {
      id: 'vmm-cfg',
      title: 'Carry the vmm.cfg settings into /etc/vmm/vmm.cfg',
      change: `${STEPS}/carry-config.sh`,
      undo: `${STEPS}/carry-restore.sh`,
      when: crossing,
      assets: [COMMON],
      runbook: [
        "the old vmm.cfg's mailbox/domain/account/bin/misc values (0.5.2 names mapped as update_config.py maps them) set in place in the package's file; [database] from this run's connection; misc.dovecot_version = x.y.z of Dovecot; mode 0640, as 0.7.0 demands"
      ]
    },
    {
      id: 'python3-compat',
      title: 'python3-compat: the collections.Callable wrapper for vmm 0.7.0',
      check: `${STEPS}/compat-check.sh`,
      change: `${STEPS}/compat-shim.sh`,
      undo: `${STEPS}/compat-remove.sh`,
      when: on.py3Broken,
      because: 'vmm 0.7.0 on Python ≥ 3.10',
      assets: [COMMON],
      runbook: [`only with python3-compat: true (now ${o['python3-compat']}; without it the preflight refuses): /usr/local/sbin/vmm, a Python wrapper that sets collections.Callable = collections.abc.Callable and runs /usr/sbin/vmm; the package's files untouched; undo: the wrapper removed`]
    }
  ]
}

function upgrade(context: Context): Procedure {
  needsRelease(context, 'upgrade')
  const on = conditions(context.release)
  const steps = [preflight(context, 'upgrade'), releaseStep(context, on), ...(context.release.source === 'tarball' ? upgradeToTarball(context, on) : upgradeToPackage(context, on)), verify(context)]
  steps[0].runbook?.push(`which steps run, by what the host has (Dovecot >= 1.2 assumed${context.release.source === 'package' ? '; python3-compat only where Python >= 3.10 needs it' : ''}):`, ...scenarios(steps, context.release, context.options['python3-compat'] === 'true').map((l) => `  ${l}`))
  return {
    product: 'vmm',
    name: 'upgrade',
    title: `vmm ${context.release.version} upgrade`,
    versions: catalogue.versions(context.release),
    vars: commonVars(context, 'upgrade'),
    secrets: secretVars(context.options),
    steps
  }
}

function install(context: Context): Procedure {
  needsRelease(context, 'install')
  const { release } = context
  const on = conditions(release)
  const createDb: Step = {
    id: 'create-db',
    title: "Create vmm's tables",
    change: `${STEPS}/create-db.sh`,
    undo: `${STEPS}/drop-created.sh`,
    assets: [COMMON, `${SQL}/drop-all.pgsql`],
    runbook: [
      release.source === 'package'
        ? '/usr/share/doc/vmm/examples/pgsql/create_tables.pgsql'
        : '<release>/pgsql/create_tables-dovecot-1.2.x.pgsql (Dovecot ≥ 1.2), else create_tables.pgsql',
      `psql ${CONN} -v ON_ERROR_ROLLBACK=on -c BEGIN -f <script> -c ROLLBACK: the only error allowed is CREATE LANGUAGE plpgsql (built in since PostgreSQL 9.0); then the same with COMMIT. The vendor's file is run as it is`
    ]
  }
  const steps: Step[] = release.source === 'tarball'
    ? [
        preflight(context, 'install'),
        releaseStep(context, on),
        createDb,
        { ...permissions(release, on), when: undefined },
        {
          id: 'install',
          title: `Run vmm ${release.version}'s install.sh`,
          change: `${STEPS}/install-tarball.sh`,
          undo: `${STEPS}/install-restore.sh`,
          assets: [COMMON],
          runbook: [
            'cd <release> && ./install.sh </dev/null (code under /usr/local, vmm.cfg to /usr/local/etc unless there, pgsql-*.cf into Postfix\'s folder: those it replaces kept first, and their hosts/user/password/dbname carried into the release\'s); vmm version must say the target',
            'undo: the code and vmm.cfg as before (none on a first install), the replaced pgsql-*.cf back, the added ones removed'
          ]
        },
        { id: 'db-config', title: 'Database settings into vmm.cfg', change: `${STEPS}/db-config.sh`, assets: [COMMON], runbook: ['[database] host, port, name, user, pass of this run set in vmm.cfg; 0600'] },
        vmmConfig,
        verify(context)
      ]
    : [
        preflight(context, 'install'),
        ...packageSteps(context, on).filter((s) => s.id !== 'retire-old'),
        createDb,
        { ...permissions(release, on), when: undefined },
        {
          id: 'postfix-maps',
          title: "The package's Postfix maps",
          check: `${STEPS}/postfix-maps-check.sh`,
          change: `${STEPS}/postfix-maps.sh`,
          assets: [COMMON],
          runbook: ["/usr/share/doc/vmm/examples/postfix/pgsql-*.cf → Postfix's folder where absent (root:postfix 0640), dbname and hosts of this run; their password is named in a warning"]
        },
        verify(context)
      ]
  return {
    product: 'vmm',
    name: 'install',
    title: `vmm ${release.version} install`,
    versions: catalogue.versions(release),
    vars: commonVars(context, 'install'),
    secrets: secretVars(context.options),
    steps
  }
}

function verifyOnly(context: Context): Procedure {
  return {
    product: 'vmm',
    name: 'verify',
    title: `vmm ${context.release.version} verify`,
    versions: catalogue.versions(context.release),
    vars: { TEST_ADDRESS: context.options['test-address'] },
    secrets: secretVars({ 'test-password': context.options['test-password'] }),
    steps: [verify(context)]
  }
}

export const vmmModes = {
  install: { kind: 'host' as const, summary: "create vmm's tables on an empty database, install the release (install.sh) or the package, grant, verify", procedure: install },
  upgrade: { kind: 'host' as const, summary: 'back up the database, bring it to the target layout strictly, grant, upgrade the code (upgrade.sh or the package), verify; restore and prove it on failure', procedure: upgrade },
  verify: { kind: 'host' as const, summary: 'verify vmm, Postfix and Dovecot, and a test address through their real lookups (nightly use)', procedure: verifyOnly }
}
