/**
 * How the gate touches a plugin's files, which come from a pull request: every path is
 * resolved and must stay inside the workspace and inside plugin-path, only regular files are
 * read, each up to a size limit, and a FIFO, device or socket is never opened (issue 22).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'

/** info.php is a small array; 1 MiB is far beyond any real one. */
export const INFO_LIMIT = 1024 * 1024
/** The largest PHP or Perl file the gate parses. */
export const CODE_LIMIT = 8 * 1024 * 1024

/** The two folders nothing may leave, both resolved. */
export interface Bounds {
  workspace: string
  root: string
}

export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** Resolves plugin-path; throws when it (or a link on the way) leads outside the workspace. */
export function boundsOf(pluginPath: string, workspace: string): Bounds {
  const ws = realpathSync(workspace)
  let root: string
  try {
    root = realpathSync(pluginPath)
  } catch {
    throw new Error(`plugin path ${pluginPath} does not exist`)
  }
  if (!isInside(root, ws)) throw new Error(`plugin path ${pluginPath} leads outside the workspace (through a symbolic link); the gate reads only the workspace`)
  if (!statSync(root).isDirectory()) throw new Error(`plugin path ${pluginPath} is not a folder`)
  return { workspace: ws, root }
}

function kindOf(stats: Stats): string {
  if (stats.isFile()) return 'a regular file'
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'a special file'
}

/** Why a path is not read, as the rest of a sentence that starts with the path. */
export class NotRead extends Error {
  constructor(
    readonly why: string,
    /** 'outside': a link out of the workspace; 'leaves': out of plugin-path only; 'special': a FIFO, device or socket. */
    readonly reason: 'outside' | 'leaves' | 'special' | 'folder' | 'dangling' | 'size'
  ) {
    super(why)
  }
}

export interface Readable {
  /** The resolved path, inside plugin-path. */
  real: string
  size: number
  /** The path itself is a symbolic link (to a regular file inside plugin-path). */
  link: boolean
}

/** Checks, without opening anything, that `path` is (or links to) a regular file inside the bounds. */
export function probe(path: string, bounds: Bounds): Readable {
  const own = lstatSync(path)
  const link = own.isSymbolicLink()
  let real = path
  if (link) {
    try {
      real = realpathSync(path)
    } catch {
      throw new NotRead('is a symbolic link to nothing (its target does not exist)', 'dangling')
    }
    if (!isInside(real, bounds.workspace)) throw new NotRead('is a symbolic link that leads outside the workspace; the gate did not read it', 'outside')
    if (!isInside(real, bounds.root)) throw new NotRead('is a symbolic link that leads outside plugin-path; the gate did not read it', 'leaves')
  }
  const stats = link ? statSync(real) : own
  if (!stats.isFile()) throw new NotRead(`is ${link ? 'a symbolic link to ' : ''}${kindOf(stats)}, not a regular file; the gate did not read it`, stats.isDirectory() ? 'folder' : 'special')
  return { real, size: stats.size, link }
}

/**
 * Reads at most `max` bytes of a probed file. O_NOFOLLOW and O_NONBLOCK, then fstat on the
 * open file: a file swapped for a link or a FIFO after the probe is still not read.
 */
export function readProbed(file: Readable, max: number): Buffer {
  const fd = openSync(file.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) throw new NotRead(`is ${kindOf(stats)}, not a regular file; the gate did not read it`, 'special')
    const buffer = Buffer.alloc(Math.min(max, stats.size))
    let length = 0
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, length)
      if (n === 0) break
      length += n
    }
    return buffer.subarray(0, length)
  } finally {
    closeSync(fd)
  }
}

/** The whole of a probed file, refused beyond `limit` bytes. */
export function readWhole(file: Readable, limit: number): Buffer {
  if (file.size > limit) throw new NotRead(`is ${file.size} bytes, more than the ${limit} bytes the gate reads; it was not checked`, 'size')
  return readProbed(file, limit)
}

/** Whether anything (of any type, a dangling link too) is at `path`. */
export function entryExists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/**
 * Every entry below `dir` that is not a folder (files, links, FIFOs, devices, sockets),
 * sorted; folders are entered only when they are real folders, never through a link.
 */
export function entriesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.name.startsWith('.') || d.name === 'node_modules') return []
    const path = join(dir, d.name)
    return d.isDirectory() ? entriesUnder(path) : [path]
  }).sort()
}
