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
}

const OLD_DISTROS = ['debian:squeeze', 'debian:wheezy', 'debian:jessie', 'ubuntu:lucid', 'ubuntu:precise', 'ubuntu:trusty']

export const catalogue = new Catalogue<ImscpRelease>('i-MSCP', [
  { version: '1.2.0', buildDate: '20141230', pluginApi: '0.2.15', managerChecksApi: false, packagesFiles: OLD_DISTROS, webmailItem: 'webmail' },
  { version: '1.2.1', buildDate: '20150206', pluginApi: '0.2.16', managerChecksApi: false, packagesFiles: OLD_DISTROS, webmailItem: 'webmails' },
  { version: '1.2.2', buildDate: '20150212', pluginApi: '0.2.17', managerChecksApi: false, packagesFiles: OLD_DISTROS, webmailItem: 'webmails' },
  {
    version: '1.2.3',
    buildDate: '20150607',
    pluginApi: '1.0.0',
    managerChecksApi: true,
    packagesFiles: ['debian:wheezy', 'debian:jessie', 'debian:stretch', 'ubuntu:precise', 'ubuntu:trusty', 'ubuntu:vivid'],
    webmailItem: 'webmails'
  }
])

export const VERSION_NOTE = 'i-MSCP versions are the tagged releases 1.2.0 to 1.2.3; check-plugin accepts a range or a list and checks every release it names.'
