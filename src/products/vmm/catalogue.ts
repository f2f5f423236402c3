/**
 * vmm (Virtual Mail Manager): the releases the procedures reach, with the facts they use
 * (shared/research/products.md, sections 3 and 5). 0.6.x comes as a tarball of Python 2
 * code with the database scripts; 0.7.0 is Python 3 and comes as the distribution's
 * `vmm` package, on the 0.6.2 database layout of the Dovecot >= 1.2 flavour.
 */
import { Catalogue, type Release } from '../catalogue.js'

export interface VmmRelease extends Release {
  /** Where the code comes from: the release tarball (upgrade.sh / install.sh) or the distribution's package. */
  source: 'tarball' | 'package'
  /** The Python its code needs. */
  python: 2 | 3
  /** The release date the code reports (`vmm version`), or the package versions that carry it. */
  date: string
  /** pgsql/dovecot_update_v1.2+.pgsql ships with the release (0.6.1 and 0.6.2). */
  dovecotUpdate: boolean
  /** The vmm.cfg the code reads. */
  config: string
}

export const catalogue = new Catalogue<VmmRelease>('vmm', [
  { version: '0.6.0', source: 'tarball', python: 2, date: '2012-06-28', dovecotUpdate: false, config: '/usr/local/etc/vmm.cfg' },
  { version: '0.6.1', source: 'tarball', python: 2, date: '2012-10-03', dovecotUpdate: true, config: '/usr/local/etc/vmm.cfg' },
  { version: '0.6.2', source: 'tarball', python: 2, date: '2014-02-01', dovecotUpdate: true, config: '/usr/local/etc/vmm.cfg' },
  {
    version: '0.7.0',
    source: 'package',
    python: 3,
    date: 'Debian bookworm/trixie 0.7.0-0.1, Ubuntu noble 0.7.0-0.2',
    dovecotUpdate: false,
    config: '/etc/vmm/vmm.cfg',
    note: "the distribution's vmm package"
  }
])

/** Versions found on hosts that the procedures start from (0.4 is refused: 0.5.2 first). */
export const STARTING_VERSIONS = ['0.5.2', '0.6.0', '0.6.1', '0.6.2']

export const VERSION_NOTE = "vmm versions are 0.6.0, 0.6.1, 0.6.2 (release tarballs, Python 2) and 0.7.0 (the distribution's vmm package, Python 3); procedures work towards the newest release named."
