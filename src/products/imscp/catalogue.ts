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
}

const OLD_DISTROS = ['debian:squeeze', 'debian:wheezy', 'debian:jessie', 'ubuntu:lucid', 'ubuntu:precise', 'ubuntu:trusty']

export const catalogue = new Catalogue<ImscpRelease>('i-MSCP', [
  { version: '1.2.0', buildDate: '20141230', pluginApi: '0.2.15', managerChecksApi: false, packagesFiles: OLD_DISTROS, supported: OLD_DISTROS, webmailItem: 'webmail', sqlMinLength: 1, panelPortsAsked: false },
  { version: '1.2.1', buildDate: '20150206', pluginApi: '0.2.16', managerChecksApi: false, packagesFiles: OLD_DISTROS, supported: OLD_DISTROS, webmailItem: 'webmails', sqlMinLength: 6, panelPortsAsked: false },
  { version: '1.2.2', buildDate: '20150212', pluginApi: '0.2.17', managerChecksApi: false, packagesFiles: OLD_DISTROS, supported: OLD_DISTROS, webmailItem: 'webmails', sqlMinLength: 6, panelPortsAsked: true },
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
    panelPortsAsked: true
  }
])

export const VERSION_NOTE = 'i-MSCP versions are the tagged releases 1.2.0 to 1.2.3; check-plugin accepts a range or a list and checks every release it names; install and upgrade work towards the newest release named.'
