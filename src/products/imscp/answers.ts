/**
 * The installer's answers as data: the keys each release's docs/preseed.pl names (what the
 * `preseed` input accepts) and the rule each answer must meet so that the release's
 * installer takes it under --preseed without asking (a question under --noprompt is exit
 * 5, after its copy phase has replaced the code). The rules go to the host too, where
 * preseed.pl applies them to every answer, whatever its source.
 * Facts: shared/research/imscp-installer-facts.md §1, read from the tagged sources.
 */
import { InputError } from '../../settings/settings.js'
import type { ImscpRelease } from './catalogue.js'

// <tag>:docs/preseed.pl, in the file's order. 1.2.0 and 1.2.1 are the same but for the
// webmails (1.2.1:docs/preseed.pl:185-198); 1.2.2 drops DNSBL_CHECKS_ONLY and adds the
// panel ports (1.2.3:docs/preseed.pl:88, 93); 1.2.3 is 1.2.2's list.
const SERVERS_AND_USERS = [
  'HTTPD_SERVER', 'INI_LEVEL', 'PHP_FPM_POOLS_LEVEL', 'PO_SERVER', 'AUTHDAEMON_SQL_USER', 'AUTHDAEMON_SQL_PASSWORD',
  'SASL_SQL_USER', 'SASL_SQL_PASSWORD', 'DOVECOT_SQL_USER', 'DOVECOT_SQL_PASSWORD', 'FTPD_SERVER', 'FTPD_SQL_USER',
  'FTPD_SQL_PASSWORD', 'MTA_SERVER'
]
const NAMED = ['NAMED_SERVER', 'BIND_MODE', 'PRIMARY_DNS', 'SECONDARY_DNS', 'BIND_IPV6', 'LOCAL_DNS_RESOLVER', 'SQL_SERVER', 'SERVER_HOSTNAME', 'BASE_SERVER_VHOST']
const CORE = [
  'BASE_SERVER_IP', 'BASE_SERVER_PUBLIC_IP', 'SERVER_IPS', 'DATABASE_TYPE', 'DATABASE_HOST', 'DATABASE_PORT', 'DATABASE_NAME',
  'DATABASE_USER', 'DATABASE_PASSWORD', 'DATABASE_USER_HOST', 'MYSQL_PREFIX', 'MYSQL_PREFIX_TYPE', 'ADMIN_LOGIN_NAME',
  'ADMIN_PASSWORD', 'DEFAULT_ADMIN_ADDRESS', 'PHP_TIMEZONE', 'PANEL_SSL_ENABLED', 'PANEL_SSL_SELFSIGNED_CERTIFICATE',
  'PANEL_SSL_PRIVATE_KEY_PATH', 'PANEL_SSL_PRIVATE_KEY_PASSPHRASE', 'PANEL_SSL_CA_BUNDLE_PATH', 'PANEL_SSL_CERTIFICATE_PATH',
  'BASE_SERVER_VHOST_PREFIX', 'SERVICES_SSL_ENABLED', 'SERVICES_SSL_SELFSIGNED_CERTIFICATE', 'SERVICES_SSL_PRIVATE_KEY_PATH',
  'SERVICES_SSL_PRIVATE_KEY_PASSPHRASE', 'SERVICES_SSL_CA_BUNDLE_PATH', 'SERVICES_SSL_CERTIFICATE_PATH', 'BACKUP_IMSCP',
  'BACKUP_DOMAINS', 'WEBSTATS_PACKAGES', 'AWSTATS_MODE', 'FILEMANAGER_PACKAGE', 'PHPMYADMIN_SQL_USER', 'PHPMYADMIN_SQL_PASSWORD'
]
const WEBMAILS = ['WEBMAIL_PACKAGES', 'ROUNDCUBE_SQL_USER', 'ROUNDCUBE_SQL_PASSWORD', 'RAINLOOP_SQL_USER', 'RAINLOOP_SQL_PASSWORD']
const PORTS = ['BASE_SERVER_VHOST_HTTP_PORT', 'BASE_SERVER_VHOST_HTTPS_PORT']

/** The keys of docs/preseed.pl per release (1.2.0:docs/preseed.pl:12-190; 1.2.1 :12-203; 1.2.2 and 1.2.3 :12-209). */
export const PRESEED_KEYS: Record<string, string[]> = {
  '1.2.0': [...SERVERS_AND_USERS, 'DNSBL_CHECKS_ONLY', ...NAMED, ...CORE, 'ROUNDCUBE_SQL_USER', 'ROUNDCUBE_SQL_PASSWORD', 'ANTI_ROOTKITS_PACKAGES'],
  '1.2.1': [...SERVERS_AND_USERS, 'DNSBL_CHECKS_ONLY', ...NAMED, ...CORE, ...WEBMAILS, 'ANTI_ROOTKITS_PACKAGES'],
  '1.2.2': [...SERVERS_AND_USERS, ...NAMED, ...PORTS, ...CORE, ...WEBMAILS, 'ANTI_ROOTKITS_PACKAGES'],
  '1.2.3': [...SERVERS_AND_USERS, ...NAMED, ...PORTS, ...CORE, ...WEBMAILS, 'ANTI_ROOTKITS_PACKAGES']
}

export function preseedKeys(release: ImscpRelease): string[] {
  return PRESEED_KEYS[release.version]
}

const IPV4 = '(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)'
const IPV6 = '[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}'
const IP = `(?:${IPV4}|${IPV6})`
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?'
const YES_NO = '^(?:yes|no)$'
/** A comma list of the given names, or No (the checkbox questions: AntiRootkits.pm, Webstats.pm, Webmail.pm). */
const list = (...names: string[]): string => `^(?:No|(?:${names.join('|')})(?:,(?:${names.join('|')}))*)$`
const oneOf = (...names: string[]): string => `^(?:${names.join('|')})$`
// Printable ASCII but space and backslash: the restricted SQL users' rule (1.2.3:L/Servers/mta/postfix/installer.pm:87-89).
const SQL_CHARS = '[\\x21-\\x5b\\x5d-\\x7e]'
// 1023 to 65535: the panel ports' rule (1.2.3:engine/PerlLib/Package/FrontEnd/Installer.pm:278-279).
const PORT = '(?:102[3-9]|10[3-9]\\d|1[1-9]\\d\\d|[2-9]\\d{3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d\\d|655[0-2]\\d|6553[0-5])'
const PATH = '^(?:/[A-Za-z0-9._+-]+)+$|^$'

/** What each answer must match for the release to take it without asking ("what it is" for the message). */
export function answerRules(release: ImscpRelease): Record<string, [string, string]> {
  const min = Math.max(release.sqlMinLength, 1)
  const sqlUser: [string, string] = [`^${SQL_CHARS}{${min},16}$`, `${min} to 16 printable ASCII characters, no space or backslash`]
  const sqlPassword: [string, string] = [`^${SQL_CHARS}{${min},}$`, `at least ${min} printable ASCII characters, no space or backslash`]
  const yesNo: [string, string] = [YES_NO, 'yes or no']
  const rules: Record<string, [string, string]> = {
    HTTPD_SERVER: [oneOf('apache_itk', 'apache_fcgid', 'apache_php_fpm'), 'apache_itk, apache_fcgid or apache_php_fpm'],
    PO_SERVER: [oneOf('courier', 'dovecot'), 'courier or dovecot'],
    FTPD_SERVER: ['^proftpd$', 'proftpd'],
    MTA_SERVER: ['^postfix$', 'postfix'],
    NAMED_SERVER: [oneOf('bind', 'external_server'), 'bind or external_server'],
    SQL_SERVER: ['^(?:(?:mysql|mariadb|percona)_\\d+\\.\\d+|remote_server)$', 'mysql_X.Y, mariadb_X.Y, percona_X.Y or remote_server (docs/Debian/packages-<codename>.xml)'],
    INI_LEVEL: [oneOf('per_user', 'per_domain', 'per_site'), 'per_user, per_domain or per_site (1.2.3:engine/PerlLib/Servers/httpd/apache_fcgid/installer.pm:92)'],
    PHP_FPM_POOLS_LEVEL: [oneOf('per_user', 'per_domain', 'per_site'), 'per_user, per_domain or per_site'],
    DNSBL_CHECKS_ONLY: yesNo,
    BIND_MODE: [oneOf('master', 'slave'), 'master or slave'],
    PRIMARY_DNS: [`^(?:no|${IP}(?:[; ]+${IP})*)$`, "no, or IP addresses separated by ';' or spaces"],
    SECONDARY_DNS: [`^(?:no|${IP}(?:[; ]+${IP})*)$`, "no, or IP addresses separated by ';' or spaces"],
    BIND_IPV6: yesNo,
    LOCAL_DNS_RESOLVER: yesNo,
    SERVER_HOSTNAME: [`^${LABEL}(?:\\.${LABEL}){2,}$`, 'a fully qualified host name of at least 3 labels'],
    BASE_SERVER_VHOST: [`^${LABEL}(?:\\.${LABEL}){2,}$`, 'a fully qualified domain name of at least 3 labels'],
    BASE_SERVER_VHOST_HTTP_PORT: [`^${PORT}$`, 'a port from 1023 to 65535'],
    BASE_SERVER_VHOST_HTTPS_PORT: [`^${PORT}?$`, 'a port from 1023 to 65535, or empty without panel SSL'],
    BASE_SERVER_IP: [`^${IP}$`, 'an IP address'],
    BASE_SERVER_PUBLIC_IP: [`^${IP}$`, 'an IP address'],
    SERVER_IPS: [`^(?:${IP}(?:[ ,;]+${IP})*)?$`, 'IP addresses separated by commas or spaces'],
    DATABASE_TYPE: ['^mysql$', 'mysql'],
    DATABASE_HOST: [`^(?:${LABEL}(?:\\.${LABEL})*|${IP})$`, 'a host name or an IP address (no path or socket)'],
    DATABASE_PORT: ['^\\d{1,5}$', 'a port number'],
    DATABASE_NAME: ['^[A-Za-z0-9_-]{1,64}$', 'a database name of letters, digits, _ and -'],
    DATABASE_USER: [`^${SQL_CHARS}{1,16}$`, '1 to 16 printable ASCII characters, no space or backslash'],
    DATABASE_PASSWORD: ['^[\\x21-\\x7e]+$', 'printable ASCII characters, no space'],
    DATABASE_USER_HOST: [`^(?:${LABEL}(?:\\.${LABEL})*|${IP}|%)$`, 'a host name, an IP address or %'],
    MYSQL_PREFIX: yesNo,
    MYSQL_PREFIX_TYPE: [oneOf('none', 'infront', 'behind'), 'none, infront or behind'],
    // The dialog's rule (1.2.3:engine/setup/imscp-setup-methods.pl:766-767): more than 2 characters,
    // letters and digits joined by single '-', '_' or '.'.
    ADMIN_LOGIN_NAME: ['^(?=.{3,})[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$', "3 or more letters and digits, joined by single '-', '_' or '.'"],
    ADMIN_PASSWORD: [`^${SQL_CHARS}{6,}$`, 'at least 6 printable ASCII characters, no space or backslash'],
    DEFAULT_ADMIN_ADDRESS: [`^[A-Za-z0-9._%+-]{1,64}@${LABEL}(?:\\.${LABEL})+$`, 'an e-mail address'],
    PHP_TIMEZONE: ['^(?:UTC|[A-Z][A-Za-z_-]+(?:/[A-Za-z0-9_+-]+){1,2})$', 'an Olson time zone name such as Europe/London or UTC'],
    BASE_SERVER_VHOST_PREFIX: [oneOf('http://', 'https://'), 'http:// or https://'],
    BACKUP_IMSCP: yesNo,
    BACKUP_DOMAINS: yesNo,
    WEBSTATS_PACKAGES: [list('Awstats'), 'Awstats or No'],
    AWSTATS_MODE: ['^[01]$', '0 (dynamic) or 1 (static)'],
    FILEMANAGER_PACKAGE: [oneOf(...release.fileManagers), `${release.fileManagers.join(' or ')} (the folders of ${release.version}'s Package::FileManager)`],
    WEBMAIL_PACKAGES: [list('RainLoop', 'Roundcube'), 'No, or a comma list of RainLoop and Roundcube (case as written)'],
    ANTI_ROOTKITS_PACKAGES: [list('Chkrootkit', 'Rkhunter'), 'No, or a comma list of Chkrootkit and Rkhunter']
  }
  // The panel's and the services' SSL answers have the same rules.
  for (const what of ['PANEL', 'SERVICES']) {
    rules[`${what}_SSL_ENABLED`] = yesNo
    rules[`${what}_SSL_SELFSIGNED_CERTIFICATE`] = yesNo
    rules[`${what}_SSL_PRIVATE_KEY_PASSPHRASE`] = ['^[\\x21-\\x7e]*$', 'printable ASCII characters, no space']
    for (const path of ['PRIVATE_KEY_PATH', 'CA_BUNDLE_PATH', 'CERTIFICATE_PATH']) rules[`${what}_SSL_${path}`] = [PATH, 'an absolute path']
  }
  for (const user of ['FTPD', 'SASL', 'DOVECOT', 'AUTHDAEMON', 'PHPMYADMIN', 'ROUNDCUBE']) {
    rules[`${user}_SQL_USER`] = sqlUser
    rules[`${user}_SQL_PASSWORD`] = sqlPassword
  }
  // RainLoop refuses '"' too (1.2.3:engine/PerlLib/Package/Webmail/RainLoop/Installer.pm:75-76).
  rules.RAINLOOP_SQL_USER = [`^[\\x21\\x23-\\x5b\\x5d-\\x7e]{${min},16}$`, `${sqlUser[1]} or double quote`]
  rules.RAINLOOP_SQL_PASSWORD = [`^[\\x21\\x23-\\x5b\\x5d-\\x7e]{${min},}$`, `${sqlPassword[1]} or double quote`]
  return rules
}

/** The rules as "KEY<TAB>regex<TAB>what" lines, for preseed.pl on the host. */
export function rulesText(release: ImscpRelease): string {
  return Object.entries(answerRules(release))
    .map(([key, [rule, what]]) => `${key}\t${rule}\t${what}`)
    .join('\n')
}

/**
 * The `preseed` input's KEY=value lines for the target release. An unknown key, or a value
 * the release's installer would not take, is an input error naming the key: the run stops
 * before it connects.
 */
export function preseedAnswers(text: string, release: ImscpRelease): Record<string, string> {
  const keys = preseedKeys(release)
  const rules = answerRules(release)
  const answers: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue
    const eq = line.indexOf('=')
    const key = line.slice(0, eq).trim()
    if (!keys.includes(key)) throw new InputError('preseed', `'${key}' is not a key of i-MSCP ${release.version}'s docs/preseed.pl; its keys: ${keys.join(', ')}`)
    const value = line.slice(eq + 1).trim()
    const [rule, what] = rules[key]
    // The input is a secret: the message names the key and the rule, never the value.
    if (!new RegExp(rule).test(value)) throw new InputError('preseed', `${key}: i-MSCP ${release.version} takes ${what} under --preseed`)
    answers[key] = value
  }
  return answers
}
