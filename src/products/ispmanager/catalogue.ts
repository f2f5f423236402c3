/**
 * ISPmanager's catalogue. The vendor's installer has no version flag: it installs the
 * current release of a branch (`--release stable|beta` of ISPmanager 6). So the catalogue
 * names branches, and `verify` compares the version that got installed with the branch.
 * Facts: shared/research/products.md, section 1.
 */
import { Catalogue, type Release } from '../catalogue.js'

export interface IspRelease extends Release {
  major: number
  /** Codenames the vendor's installer accepts for this branch (its own lists). */
  supported: string[]
  /** Accepted only as end-of-life (with --silent, which the action passes). */
  endOfLife: string[]
}

export const catalogue = new Catalogue<IspRelease>('ISPmanager', [
  {
    version: '6',
    semver: '6.0.0',
    note: "the branch; the vendor's installer installs its current release",
    major: 6,
    supported: ['ubuntu:jammy', 'ubuntu:noble', 'debian:bullseye', 'debian:bookworm'],
    endOfLife: ['ubuntu:trusty', 'ubuntu:xenial', 'ubuntu:bionic', 'ubuntu:focal', 'debian:wheezy', 'debian:jessie', 'debian:stretch', 'debian:buster']
  }
])

export const VERSION_NOTE =
  "ISPmanager is installed by branch: version 6 (or 6.x, or latest) runs the vendor's installer, which installs the branch's current release; verify then checks that what is installed belongs to the branch and reports its exact version."
