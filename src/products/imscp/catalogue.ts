/**
 * i-MSCP 1.2.x: the releases of the errata chain, with the facts the procedures and the
 * plugin gate use (shared/research/products.md, sections 2 and 5, from the tagged sources).
 */
import { Catalogue, type Release } from '../catalogue.js'

export interface ImscpRelease extends Release {
  /** BuildDate the release writes into imscp.conf. */
  buildDate: string
  /** iMSCP_Plugin_Manager::PLUGIN_API_VERSION. */
  pluginApi: string
  /** The plugin manager refuses incompatible plugins itself (pluginCheckCompat). */
  managerChecksApi: boolean
  /** Codenames with a packages file (docs/<Distro>/packages-<codename>.xml). */
  packagesFiles: string[]
  /** The reconfigure item for webmails (renamed in 1.2.1). */
  webmailItem: 'webmail' | 'webmails'
  /** Distributions the release's notes and errata support (a subset of packagesFiles: 1.2.3 dropped squeeze and lucid, calls stretch experimental). */
  supported: string[]
  /** Restricted SQL user names and passwords need at least this many characters (1.2.1 errata). */
  sqlMinLength: number
  /** The panel ports are asked (and may be preseeded); before 1.2.2 they are fixed at 8080/4443. */
  panelPortsAsked: boolean
  /** Package::FileManager's folders, the FILEMANAGER_PACKAGE answers, the docs/preseed.pl default last. */
  fileManagers: string[]
  /** DNSBL_CHECKS_ONLY is asked (Package::Policyd, 1.2.0 only: 1.2.0:engine/PerlLib/Package/Policyd/Installer.pm:89). */
  policydAsked: boolean
  /** LOCAL_DNS_RESOLVER is a core question kept in imscp.conf (1.2.0:engine/setup/imscp-setup-methods.pl:277-289); later bind asks it. */
  resolverInConf: boolean
  /** What the release's installer writes outside /etc/imscp and /var/www/imscp (files, or folders it replaces whole): the undo's list. */
  replaces: string[]
  /** Folders its copy phase makes (<folders> of the same manifests), deepest first: the undo removes those it made, if empty. */
  creates: string[]
}

// What every 1.2.x installer writes outside /etc/imscp and /var/www/imscp: its copy phase
// (configs/debian/*/install.xml, engine/traffic/install.xml: <copy_config> and <copy> to
// ${ROOT_CONF}=/etc or an absolute path), vlogger during the build (apache/install.xml:16),
// and its setup: the panel's starter folder (removed and written again), nginx's
// configuration, /etc/default/imscp_panel, the cron file (1.2.3:engine/PerlLib/Package/FrontEnd/Installer.pm:453-465, 785-974;
// 1.2.3:engine/PerlLib/Servers/cron/cron.pm:81-135; facts §5.1, §5.3).
const REPLACED = [
  '/etc/init.d/imscp_daemon', '/etc/init.d/imscp_network', '/etc/init.d/imscp_panel', // 1.2.1:configs/debian/init.d/install.xml:7-9
  '/etc/logrotate.d/imscp', // 1.2.3:configs/debian/logrotate/install.xml:4
  '/etc/sysctl.d/imscp.conf', // 1.2.3:configs/debian/sysctl.d/install.xml:5
  '/etc/init/php5-fpm.override', // 1.2.3:configs/ubuntu/php-fpm/install.xml:8
  '/usr/local/sbin/vlogger', // 1.2.3:configs/debian/apache/install.xml:16
  '/usr/sbin/maillogconvert.pl', // 1.2.3:engine/traffic/install.xml:4 (MAIL_LOG_CONVERT_PATH)
  '/etc/default/imscp_panel',
  '/etc/cron.d/imscp',
  '/var/www/fcgi/master',
  '/etc/nginx/nginx.conf', '/etc/nginx/imscp_fastcgi.conf', '/etc/nginx/conf.d/imscp_php.conf',
  '/etc/nginx/sites-available/00_master.conf', '/etc/nginx/sites-available/00_master_ssl.conf',
  '/etc/nginx/sites-enabled/00_master.conf', '/etc/nginx/sites-enabled/00_master_ssl.conf', '/etc/nginx/sites-enabled/default'
]
// 1.2.3:configs/debian/apache/install.xml:3-6, fcgi/install.xml:3, nginx/install.xml:3-6 (1.2.0, 1.2.1 alike).
const CREATED = [
  '/etc/apache2/imscp/before', '/etc/apache2/imscp', '/etc/apache2', '/var/log/apache2/backup', '/var/www/fcgi',
  '/etc/nginx/conf.d', '/etc/nginx/sites-available', '/etc/nginx/sites-enabled', '/etc/nginx'
]
// 1.2.3 adds upstart jobs and systemd units, installed on any distribution.
const REPLACED_123 = [
  ...REPLACED,
  '/etc/init/imscp_daemon.conf', '/etc/init/imscp_network.conf', '/etc/init/imscp_panel.conf', // 1.2.3:configs/debian/upstart/install.xml:4-6
  '/etc/systemd/system/bind9.service', '/etc/systemd/system/bind9-resolvconf.service' // 1.2.3:configs/debian/systemd/install.xml:4-5
]

const OLD_DISTROS = ['debian:squeeze', 'debian:wheezy', 'debian:jessie', 'ubuntu:lucid', 'ubuntu:precise', 'ubuntu:trusty']

export const catalogue = new Catalogue<ImscpRelease>('i-MSCP', [
  { version: '1.2.0', buildDate: '20141230', pluginApi: '0.2.15', managerChecksApi: false, packagesFiles: OLD_DISTROS, supported: OLD_DISTROS, webmailItem: 'webmail', sqlMinLength: 1, panelPortsAsked: false, fileManagers: ['Net2ftp', 'AjaXplorer'], policydAsked: true, resolverInConf: true, replaces: REPLACED, creates: CREATED },
  { version: '1.2.1', buildDate: '20150206', pluginApi: '0.2.16', managerChecksApi: false, packagesFiles: OLD_DISTROS, supported: OLD_DISTROS, webmailItem: 'webmails', sqlMinLength: 6, panelPortsAsked: false, fileManagers: ['Net2ftp', 'Pydio'], policydAsked: false, resolverInConf: false, replaces: REPLACED, creates: CREATED },
  { version: '1.2.2', buildDate: '20150212', pluginApi: '0.2.17', managerChecksApi: false, packagesFiles: OLD_DISTROS, supported: OLD_DISTROS, webmailItem: 'webmails', sqlMinLength: 6, panelPortsAsked: true, fileManagers: ['Net2ftp', 'Pydio'], policydAsked: false, resolverInConf: false, replaces: REPLACED, creates: CREATED },
  {
    version: '1.2.3',
    buildDate: '20150607',
    pluginApi: '1.0.0',
    managerChecksApi: true,
    packagesFiles: ['debian:wheezy', 'debian:jessie', 'debian:stretch', 'ubuntu:precise', 'ubuntu:trusty', 'ubuntu:vivid'],
    // The 1.2.3 errata: Debian 7 or 8, Ubuntu 12.04.
    supported: ['debian:wheezy', 'debian:jessie', 'ubuntu:precise'],
    webmailItem: 'webmails',
    sqlMinLength: 6,
    panelPortsAsked: true,
    fileManagers: ['Net2ftp', 'Pydio'],
    policydAsked: false,
    resolverInConf: false,
    replaces: REPLACED_123,
    // 1.2.3:configs/debian/upstart/install.xml:3
    creates: [...CREATED, '/etc/init']
  }
])

export const VERSION_NOTE = 'i-MSCP versions are the tagged releases 1.2.0 to 1.2.3; check-plugin accepts a range or a list and checks every release it names; install and upgrade work towards the newest release named.'
