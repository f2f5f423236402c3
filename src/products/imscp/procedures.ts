/**
 * i-MSCP 1.2.x on a host: the errata chain as a procedure. The release's installer runs
 * once for the target, preceded and followed by the steps of every errata entry crossed
 * between the installed version and the target (each a named step that says which
 * release demands it), after a backup whose undo restores configuration, database and
 * code, and proves it. Facts: shared/research/products.md, sections 2 and 5; the seed
 * shared/seeds/imscp-1.2.x-errata.txt.
 */
import type { Procedure, Step, Vars } from '../../engine/procedure.js'
import { when } from '../../engine/when.js'
import { InputError } from '../../settings/settings.js'
import { backupVars } from '../options.js'
import type { ModeContext } from '../product.js'
import { preseedAnswers, rulesText } from './answers.js'
import { catalogue, type ImscpRelease } from './catalogue.js'

const STEPS = 'products/imscp/steps'
const COMMON = `${STEPS}/common.sh`
const PRESEED = 'products/imscp/preseed.pl'
const LOGS = ['/var/log/imscp/imscp-autoinstall.log', '/var/log/imscp/imscp-build.log', '/var/log/imscp/imscp-setup.log']
const BACKUPS = '/var/backups/hostpanel-imscp/<run>'

type Context = ModeContext<ImscpRelease>

function releaseUrl(o: Record<string, string>, release: ImscpRelease): string {
  return o['release-url'] || `https://github.com/i-MSCP/imscp/archive/${release.version}.tar.gz`
}

function describeWebmails(o: Record<string, string>, release: ImscpRelease): string {
  if (release.webmailItem === 'webmail') return 'Roundcube (1.2.0 asks no webmail list: its reconfigure item `webmail` installs Roundcube)'
  const packages = o.webmails === '' ? 'as configured' : o.webmails === 'none' ? 'No' : o.webmails.split(',').map((w) => (w.trim() === 'rainloop' ? 'RainLoop' : 'Roundcube')).join(',')
  return `WEBMAIL_PACKAGES = ${packages} (the question of reconfigure item \`webmails\`, 1.2.1 errata)`
}

/** What every step sees: the target's facts, the inputs that are not secrets. */
function commonVars({ settings, options: o, release }: Context, mode: string): Vars {
  if (release.webmailItem === 'webmail' && o.webmails.split(',').some((w) => w.trim() === 'rainloop')) {
    throw new InputError('webmails', `i-MSCP ${release.version} installs Roundcube only (its reconfigure item is 'webmail'); RainLoop comes with 1.2.1`)
  }
  const answers = preseedAnswers(o.preseed, release)
  const plain = Object.fromEntries(Object.entries(answers).filter(([k]) => !isSecret(k)).map(([k, v]) => [`PRESEED_${k}`, v]))
  return {
    MODE: mode,
    FORCE: String(settings.force),
    SUPPORTED: release.supported.join(' '),
    PACKAGES_FILES: release.packagesFiles.join(' '),
    SQL_MIN: String(release.sqlMinLength),
    PORTS_ASKED: String(release.panelPortsAsked),
    WEBMAILS_ASKED: String(release.webmailItem === 'webmails'),
    POLICYD_ASKED: String(release.policydAsked),
    RESOLVER_IN_CONF: String(release.resolverInConf),
    FILEMANAGERS: release.fileManagers.join(' '),
    ANSWER_RULES: rulesText(release),
    REPLACES: release.replaces.join(' '),
    CREATES: release.creates.join(' '),
    RELEASE_URL: releaseUrl(o, release),
    RELEASE_PATH: o['release-path'],
    PANEL_HOSTNAME: o['panel-hostname'],
    ADMIN_EMAIL: o['admin-email'],
    DATABASE_USER_INPUT: o['database-user'] || (answers.DATABASE_USER ?? ''),
    WEBMAILS: o.webmails,
    REENABLE_NOTE: o['reenable-plugins'] === 'true' ? 'they are re-enabled one at a time after the update' : 'they stay deactivated (reenable-plugins: true re-enables them one at a time)',
    ...plain,
    ...backupVars(settings, o)
  }
}

const isSecret = (key: string): boolean => /PASSWORD|PASSPHRASE/.test(key)

/** Secrets reach the host only through the run's 0600 secrets file. */
function secretVars({ options: o, release }: Context): Vars {
  const answers = preseedAnswers(o.preseed, release)
  const secrets: Vars = Object.fromEntries(Object.entries(answers).filter(([k]) => isSecret(k)).map(([k, v]) => [`PRESEED_${k}`, v]))
  // The preflight logs in with the password the installer will get.
  const database = o['database-password'] || answers.DATABASE_PASSWORD
  if (database) secrets.DATABASE_PASSWORD = database
  if (o['admin-password']) secrets.ADMIN_PASSWORD = o['admin-password']
  return secrets
}

function preflight(context: Context, mode: 'install' | 'upgrade'): Step {
  const { release, settings } = context
  const version = mode === 'upgrade'
    ? `installed Version (/etc/imscp/imscp.conf) → previous-version: 1.1.x or 1.2.x older than ${release.version}; a downgrade is refused; ${release.version} itself only with force (${settings.force})`
    : `no i-MSCP installed (/etc/imscp/imscp.conf absent), unless force (${settings.force})`
  return {
    id: 'preflight',
    title: `Preflight: root, installed version, distribution, SQL login`,
    check: `${STEPS}/preflight.sh`,
    assets: [COMMON],
    runbook: [
      `root; ${version}`,
      `lsb_release codename one of ${release.supported.join(', ')} (errata of ${release.version})${release.packagesFiles.length > release.supported.length ? `; ${release.packagesFiles.filter((d) => !release.supported.includes(d)).join(', ')} only with force (a packages file, no support)` : ''}`,
      'SQL login as database-user (else DATABASE_USER of imscp.conf, else root) with database-password (else imscp.conf): [client] in a 0600 file of the run, used by every later step'
    ]
  }
}

function releaseStep(context: Context): Step {
  const o = context.options
  const from = o['release-path'] ? `cp/tar -xzf ${o['release-path']} (on the host)` : `curl -fsSL --proto =https ${releaseUrl(o, context.release)} (sha256 logged); tar -xzf`
  return {
    id: 'release',
    title: `Fetch i-MSCP ${context.release.version} and check its packages file`,
    change: `${STEPS}/release.sh`,
    // The download and its unpacking stay in the run's folder, which the run removes.
    inRunFolder: true,
    assets: [COMMON],
    runbook: [`${from} into the run's folder; configs/debian/imscp.conf must say Version = ${context.release.version}`, 'docs/<lsb_release -si>/packages-<lsb_release -sc>.xml must exist (else: "not supported yet")']
  }
}

const preseedCheck: Step = {
  id: 'preseed-check',
  title: "Check the installer's answers",
  check: `${STEPS}/preseed-check.sh`,
  assets: [COMMON, PRESEED],
  runbook: [
    'perl preseed.pl /dev/null: an answer to every question the target can ask here, from the preseed input, the other inputs, imscp.conf and the data files (<x>.data, else <x>.old.data), the host, documented defaults; each with its source in the log (passwords as ***)',
    "fail before any change naming each answer that is missing or breaks the release's rule (the installer would ask it: exit 5 after its copy phase)"
  ]
}

const sqlUsers: Step = {
  id: 'sql-users',
  title: 'SQL user names and passwords of at least 6 characters (1.2.1 errata)',
  check: `${STEPS}/sql-users.sh`,
  because: '1.2.1 errata; the target asks again for any shorter one',
  assets: [COMMON, PRESEED],
  runbook: [
    'every restricted SQL user the target asks for (<X>_SQL_USER/_PASSWORD: preseed input, else /etc/imscp/{proftpd/proftpd,postfix/postfix (SASL),dovecot/dovecot,courier/courier,pma/phpmyadmin,roundcube/roundcube,rainloop/rainloop}.data or .old.data) has >= 6 characters from 1.2.1 on; else fail naming each, before any change'
  ]
}

/** 1.2.0 takes SQL users of any length; from 1.2.1 the check runs whatever is crossed, as the target asks again. */
function usersCheck(context: Context): Step[] {
  return context.release.sqlMinLength > 1 ? [sqlUsers] : []
}

const backup: Step = {
  id: 'backup',
  title: 'Back up /etc/imscp, the database and the code',
  change: `${STEPS}/backup.sh`,
  undo: `${STEPS}/restore.sh`,
  // The restore puts back configuration, database, code and system files: all a later step changes.
  undoCoversLater: true,
  assets: [COMMON],
  runbook: [
    `tar /etc/imscp + mysqldump --defaults-file=<run>/imscp-db.cnf --single-transaction --databases <DATABASE_NAME> → ${BACKUPS}/imscp-<previous>-backup.tar.gz, kept on the host (the backup-host output; copied into log-dir within backup-download-limit: the backup output); tar /var/www/imscp kept on the host`,
    'tar of what the target installer replaces outside them (init scripts and their rc links, upstart and systemd files, defaults, cron, logrotate, sysctl.d, starters, nginx, vlogger: the release\'s install manifests) and the list of those absent',
    'row count + CHECKSUM TABLE of every table recorded',
    'undo: restore /etc/imscp, /var/www/imscp, those files (the ones the installer added removed; a /usr/sbin/policy-rc.d it left removed) and the database (DROP DATABASE, load the dump), restart the services that ran, prove every row count and checksum equal and each service running: its process and port, the panel answering at its URL over HTTP'
  ]
}

function installer(context: Context): Step {
  return {
  id: 'installer',
  title: "Run the release's installer",
  change: `${STEPS}/installer.sh`,
  long: true,
  assets: [COMMON, PRESEED],
  collect: LOGS,
  runbook: [
    'perl preseed.pl <run>/preseed.pl (0600; removed when the step ends)',
    'cd <release> && perl imscp-autoinstall -d -n -p <run>/preseed.pl </dev/null   (never -l; colour codes stripped from the log)',
    `webmails: ${describeWebmails(context.options, context.release)}`,
    "exit 5: a question the preseed file did not answer; other exits: the installer's own last [fatal] line (imscp-build.log, imscp-setup.log)"
  ]
  }
}

function verify(context: Context): Step {
  return {
    id: 'verify',
    title: 'Verify version, services and panel',
    check: `${STEPS}/verify.sh`,
    assets: [COMMON],
    collect: LOGS,
    runbook: [
      `Version in /etc/imscp/imscp.conf is ${context.release.version}`,
      'running, not systemd\'s word: imscp_daemon\'s process and its port 127.0.0.1:9876, nginx\'s process, imscp_network active, the panel (nginx and imscp_panel) answering:',
      'curl --resolve <BASE_SERVER_VHOST>:<port>:<BASE_SERVER_IP> <PREFIX><BASE_SERVER_VHOST>:<HTTP or HTTPS port>/ answers 200 → panel-url'
    ]
  }
}

const E120 = { when: when.crosses('1.2.0'), because: '1.2.0 errata' }
const E123 = { when: when.crosses('1.2.3'), because: '1.2.3 errata' }

const phpApc: Step = {
  id: 'php-apc',
  title: "1.2.3 errata: php-apc out of the packages file with a PHP not from the distribution",
  check: `${STEPS}/php-apc-check.sh`,
  change: `${STEPS}/php-apc.sh`,
  // It edits the release's copy in the run's folder only.
  inRunFolder: true,
  ...E123,
  runbook: ["only on Debian 7 / Ubuntu 12.04 when php5-common is not the distribution's version: sed -i '/<package>php-apc<\\/package>/d' on the release's packages file"]
}

function upgrade(context: Context): Procedure {
  const o = context.options
  const steps: Step[] = [
    preflight(context, 'upgrade'),
    releaseStep(context),
    preseedCheck,
    ...usersCheck(context),
    backup,
    {
      id: 'plugins-deactivate',
      title: '1.2.0 errata: deactivate the plugins',
      check: `${STEPS}/plugins-active.sh`,
      change: `${STEPS}/plugins-deactivate.sh`,
      ...E120,
      assets: [COMMON],
      runbook: ["the enabled plugins reported (active-plugins); backend ones: plugin_status 'todisable' + perl /var/www/imscp/engine/imscp-rqst-mngr; the others: 'disabled'"]
    },
    {
      id: 'hooks-rename',
      title: '1.2.0 errata: /etc/imscp/hooks.d becomes listeners.d',
      check: `${STEPS}/hooks-check.sh`,
      change: `${STEPS}/hooks-rename.sh`,
      ...E120,
      runbook: ['mv /etc/imscp/hooks.d/* /etc/imscp/listeners.d/ (a name in both: fail); rmdir /etc/imscp/hooks.d (the installer reads hooks.d while it exists)']
    },
    {
      id: 'plugins-delete',
      title: '1.2.3 errata: delete every plugin (backed up)',
      check: `${STEPS}/plugins-check.sh`,
      change: `${STEPS}/plugins-delete.sh`,
      undo: `${STEPS}/plugins-restore.sh`,
      ...E123,
      assets: [COMMON],
      runbook: [
        `back up the plugin table rows, gui/data/persistent/protected_plugins.php and gui/plugins/<Name> → ${BACKUPS}/imscp-plugins-backup.tar.gz (an artifact)`,
        'enabled ones disabled first (as above); then per plugin: DELETE FROM plugin, its protected list entry, rm -rf gui/plugins/<Name>; each listed in the report'
      ]
    },
    {
      id: 'listeners-rewrite',
      title: '1.2.3 errata: iMSCP::HooksManager → iMSCP::EventManager in listener files',
      check: `${STEPS}/listeners-check.sh`,
      change: `${STEPS}/listeners-rewrite.sh`,
      ...E123,
      assets: [COMMON],
      runbook: [`grep -l iMSCP::HooksManager /etc/imscp/listeners.d/*.pl; back up → ${BACKUPS}/imscp-listeners-backup.tar.gz (an artifact); sed s/iMSCP::HooksManager/iMSCP::EventManager/g, diff -u in the log; perl -c against the release's engine/PerlLib`]
    },
    phpApc,
    {
      id: 'services-stop',
      title: '1.2.3 errata: stop imscp_panel, imscp_daemon, imscp_network',
      change: `${STEPS}/services-stop.sh`,
      undo: `${STEPS}/services-start.sh`,
      ...E123,
      assets: [COMMON],
      runbook: ['service imscp_panel|imscp_daemon|imscp_network stop (those installed); undo: start the ones that ran']
    },
    installer(context),
    {
      id: 'panel-ports',
      title: '1.2.0 errata: the panel on its own ports',
      check: `${STEPS}/panel-ports.sh`,
      ...E120,
      assets: [COMMON],
      runbook: ['report the panel ports from imscp.conf (8080/4443 unless configured) and warn: no longer on 80/443']
    },
    ...(o['reenable-plugins'] === 'true'
      ? [
          {
            id: 'plugins-reenable',
            title: '1.2.0 errata: re-enable the plugins one at a time',
            change: `${STEPS}/plugins-reenable.sh`,
            when: when.all(when.crosses('1.2.0'), when.not(when.crosses('1.2.3'))),
            because: '1.2.0 errata; 1.2.3 deletes them instead',
            assets: [COMMON],
            runbook: ["each plugin active before: backend ones 'toenable' + imscp-rqst-mngr, the others 'enabled'; stop at the first that does not come back"]
          }
        ]
      : []),
    {
      id: 'mycnf',
      title: '1.2.3 errata: /root/.my.cnf',
      check: `${STEPS}/mycnf.sh`,
      ...E123,
      runbook: ['warn when /root/.my.cnf has a [mysqldump] section (i-MSCP 1.2.3 no longer uses it)']
    },
    verify(context)
  ]
  return {
    product: 'imscp',
    name: 'upgrade',
    title: `i-MSCP ${context.release.version} upgrade`,
    versions: catalogue.versions(context.release),
    vars: commonVars(context, 'upgrade'),
    secrets: secretVars(context),
    steps
  }
}

function install(context: Context): Procedure {
  return {
    product: 'imscp',
    name: 'install',
    title: `i-MSCP ${context.release.version} install`,
    versions: catalogue.versions(context.release),
    vars: commonVars(context, 'install'),
    secrets: secretVars(context),
    steps: [preflight(context, 'install'), releaseStep(context), preseedCheck, ...usersCheck(context), phpApc, installer(context), verify(context)]
  }
}

function verifyOnly(context: Context): Procedure {
  return { product: 'imscp', name: 'verify', title: `i-MSCP ${context.release.version} verify`, versions: catalogue.versions(context.release), vars: {}, secrets: {}, steps: [verify(context)] }
}

export const imscpModes = {
  install: { kind: 'host' as const, summary: "install the release with its installer and a generated preseed file, then verify", procedure: install },
  upgrade: { kind: 'host' as const, summary: 'back up, run the errata steps crossed, the installer, verify; restore and prove it on failure', procedure: upgrade },
  verify: { kind: 'host' as const, summary: 'verify a running i-MSCP (nightly use)', procedure: verifyOnly }
}
