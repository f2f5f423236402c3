/**
 * vmm (Virtual Mail Manager): a command line tool over a PostgreSQL database that Postfix
 * and Dovecot read. Upgrades 0.5.2 / 0.6.x to a 0.6.x release or to 0.7.0 (the
 * distribution's package), installs, verifies (procedures.ts). No web panel.
 */
import { isHost, isPort } from '../../settings/validate.js'
import { backupDownloadLimit, releasePath, releaseUrl, trueOrFalse } from '../options.js'
import type { OptionSpec, Product } from '../product.js'
import { catalogue, VERSION_NOTE, type VmmRelease } from './catalogue.js'
import { vmmModes } from './procedures.js'

const SQL_NAME = /^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/

const options: OptionSpec[] = [
  releaseUrl,
  releasePath,
  {
    name: 'pg-host',
    description: "install/upgrade: the PostgreSQL server of vmm's database; default: [database] host of vmm.cfg (empty: the local socket); without a vmm.cfg, localhost (what vmm's own vmm.cfg says).",
    accepts: 'a host name or IP address',
    valid: isHost
  },
  {
    name: 'pg-port',
    description: 'install/upgrade: its port; default: [database] port of vmm.cfg, else 5432.',
    accepts: '1-65535',
    valid: isPort
  },
  {
    name: 'pg-database',
    description: "install/upgrade: vmm's database; default: [database] name of vmm.cfg, else mailsys.",
    accepts: 'a PostgreSQL database name',
    valid: (v) => SQL_NAME.test(v)
  },
  {
    name: 'pg-user',
    description: 'install/upgrade: the database user that owns it (the scripts run as that user); default: [database] user of vmm.cfg, else vmm.',
    accepts: 'a PostgreSQL user name',
    valid: (v) => SQL_NAME.test(v)
  },
  {
    name: 'pg-password',
    description: "install/upgrade: that user's password (a secret; it reaches psql, pg_dump and set-permissions.py only through a 0600 PGPASSFILE); default: [database] pass of vmm.cfg.",
    accepts: 'the password (one line)',
    secret: true,
    // eslint-disable-next-line no-control-regex -- a control character never belongs in a password line
    valid: (v) => /^[^\u0000-\u001f]{1,256}$/.test(v)
  },
  {
    name: 'update-configs',
    description: "upgrade from 0.5.2: rewrite the Postfix pgsql-*.cf and Dovecot SQL files that query 0.5.2's views to the release's queries (backed up, diff in the log); false refuses such an upgrade before any change (force: warn).",
    default: 'false',
    ...trueOrFalse
  },
  {
    name: 'python3-compat',
    description: "0.7.0: on Python 3.10 or later (Debian 12), where the package's code dies on collections.Callable, install /usr/local/sbin/vmm, a wrapper that puts that one name back and runs /usr/sbin/vmm; the package's files are not touched. false refuses before any change.",
    default: 'false',
    ...trueOrFalse
  },
  {
    name: 'test-address',
    description: "verify (and the verify step of install/upgrade): an address of vmm's database that must resolve through Postfix (postmap -q) and Dovecot (doveadm user), and that vmm userinfo shows.",
    accepts: 'an e-mail address',
    valid: (v) => /^[^@\s'"\\$`]{1,64}@[A-Za-z0-9.-]{1,253}$/.test(v)
  },
  {
    name: 'test-password',
    description: "test-address's password (a secret): Dovecot must accept it (doveadm auth test, the password on stdin).",
    accepts: 'the password (one line)',
    secret: true,
    // eslint-disable-next-line no-control-regex -- a control character never belongs in a password line
    valid: (v) => /^[^\u0000-\u001f]{1,256}$/.test(v)
  },
  backupDownloadLimit
]

export const vmm: Product<VmmRelease> = {
  id: 'vmm',
  title: 'vmm',
  catalogue,
  versionNote: VERSION_NOTE,
  options,
  modes: vmmModes,
  noPanel: 'vmm is a command line tool over a PostgreSQL database that Postfix and Dovecot read; it has no web panel',
  outputs: ['installed-version', 'previous-version', 'backup', 'backup-host']
}
