/**
 * i-MSCP 1.2.x: the host procedures of the errata chain (install, upgrade, verify; see
 * procedures.ts) and the plugin compatibility gate (`mode: check-plugin`), a task on the
 * runner over the plugin's own files, for a plugin's CI.
 */
import { isDomainName } from '../../settings/validate.js'
import { backupDownloadLimit, releasePath, releaseUrl, trueOrFalse } from '../options.js'
import type { OptionSpec, Product } from '../product.js'
import { catalogue, VERSION_NOTE, type ImscpRelease } from './catalogue.js'
import { PRESEED_KEYS } from './answers.js'
import { checkPluginMode, PLUGIN_OPTIONS } from './plugin-gate/mode.js'
import { imscpModes } from './procedures.js'

/** Every release's preseed keys: the target's own list is checked when the procedure is built. */
const ALL_KEYS = [...new Set(Object.values(PRESEED_KEYS).flat())]

const options: OptionSpec[] = [
  ...PLUGIN_OPTIONS,
  releaseUrl,
  releasePath,
  {
    name: 'panel-hostname',
    description: "install/upgrade: the panel's host name (BASE_SERVER_VHOST); default: the one in imscp.conf.",
    accepts: 'a fully qualified domain name such as panel.example.com',
    valid: isDomainName
  },
  {
    name: 'admin-email',
    description: "install/upgrade: the administrator's e-mail address (DEFAULT_ADMIN_ADDRESS); default: the one in imscp.conf.",
    accepts: 'an e-mail address',
    valid: (v) => /^[^@\s]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$/.test(v)
  },
  {
    name: 'admin-password',
    description:
      "install/upgrade: the administrator's password (ADMIN_PASSWORD). Needed on upgrade too: under --preseed the installer takes it from the preseed file even when an administrator exists, and sets it on every run.",
    accepts: 'at least 6 printable ASCII characters, no space or backslash',
    secret: true,
    valid: (v) => /^[\x21-\x5b\x5d-\x7e]{6,128}$/.test(v)
  },
  {
    name: 'database-user',
    description: 'install/upgrade: the SQL user i-MSCP connects as (DATABASE_USER); default: the one in imscp.conf, else root. The backup uses it too.',
    accepts: 'a SQL user name of 1 to 16 characters',
    valid: (v) => /^[A-Za-z0-9_.-]{1,16}$/.test(v)
  },
  {
    name: 'database-password',
    description: "install/upgrade: that SQL user's password (DATABASE_PASSWORD); needed where imscp.conf holds it encrypted, as real installs do.",
    accepts: 'the SQL password (no spaces)',
    secret: true,
    valid: (v) => /^\S{1,256}$/.test(v)
  },
  {
    name: 'webmails',
    description: 'install/upgrade: the webmails to install: none, or roundcube, rainloop or both (1.2.0 knows roundcube only); default: keep what is configured.',
    accepts: 'none, or a comma-separated list of roundcube and rainloop',
    valid: (v) => v === 'none' || v.split(',').every((w) => ['roundcube', 'rainloop'].includes(w.trim()))
  },
  {
    name: 'preseed',
    description:
      "install/upgrade: more installer answers, one KEY=value a line (every key of the target release's docs/preseed.pl, such as SASL_SQL_USER or PHP_TIMEZONE; SERVER_IPS as a comma list); they win over every other source, and a value the release would not take stops the run before it connects. A secret: it may hold passwords.",
    accepts: `KEY=value lines; keys: ${ALL_KEYS.slice(0, 3).join(', ')}, ... (docs/preseed.pl)`,
    secret: true,
    multiline: true,
    // eslint-disable-next-line no-control-regex -- control characters (but line ends) never belong in an answer
    valid: (v) => v.split(/\r?\n/).every((l) => l.trim() === '' || (/^\s*[A-Z][A-Z0-9_]*\s*=[^\u0000-\u001f]*$/.test(l) && ALL_KEYS.includes(l.slice(0, l.indexOf('=')).trim())))
  },
  {
    name: 'reenable-plugins',
    description: 'upgrade to 1.2.0-1.2.2: re-enable, one at a time, the plugins the update deactivated (1.2.0 errata).',
    default: 'false',
    ...trueOrFalse
  },
  backupDownloadLimit
]

export const imscp: Product<ImscpRelease> = {
  id: 'imscp',
  title: 'i-MSCP',
  catalogue,
  versionNote: VERSION_NOTE,
  options,
  modes: {
    ...imscpModes,
    'check-plugin': checkPluginMode
  },
  outputs: ['panel-url', 'installed-version', 'previous-version', 'backup', 'backup-host', 'compatible', 'sarif']
}
