/** Small predicates for input values. Each says yes or no; callers phrase the error. */
import { BlockList, isIPv4, isIPv6 } from 'node:net'

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i
/** A label that some resolvers read as a number (decimal, octal, hex): 127.1, 0x7f.1, 2130706433. */
const NUMERIC_LABEL = /^(0x[0-9a-f]*|\d+)$/i

/**
 * An RFC 1123 host name: ASCII letters, digits and hyphens in dot-separated labels, no
 * trailing dot. A name whose last label is numeric would be read as an IPv4 address in
 * some other notation (octal, hex, a single integer) and is refused: addresses are
 * written as canonical dotted quads.
 */
export function isHostName(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false
  const labels = value.split('.')
  return labels.every((label) => LABEL.test(label)) && !NUMERIC_LABEL.test(labels[labels.length - 1])
}

/** A fully qualified domain name: a host name with at least one dot. */
export function isDomainName(value: string): boolean {
  return isHostName(value) && value.includes('.')
}

/** A dotted-quad IPv4 address in canonical decimal form (no leading zeros), or an IPv6 address without a zone. */
export function isIpAddress(value: string): boolean {
  return isIPv4(value) || (isIPv6(value) && !value.includes('%'))
}

/** Address ranges that name no single host elsewhere on the network, and why (IPv4-mapped IPv6 addresses included). */
const SPECIAL: Array<[string, BlockList]> = (
  [
    ['an unspecified address (0.0.0.0/8, ::), which names no host', ['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']],
    ['a loopback address (127.0.0.0/8, ::1), which is the machine itself', ['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']],
    ['a link-local address (169.254.0.0/16, fe80::/10), which is not reached beyond its own link', ['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']],
    ['a multicast address (224.0.0.0/4, ff00::/8), which names a group, not a host', ['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']]
  ] as const
).map(([why, ...nets]) => {
  const list = new BlockList()
  for (const [net, prefix, type] of nets) list.addSubnet(net, prefix, type)
  return [why, list]
})

/**
 * Why an IP address cannot be where a host is reached or a panel is announced
 * (unspecified, loopback, link-local, multicast); undefined for any other value.
 */
export function specialAddress(value: string): string | undefined {
  if (!isIpAddress(value)) return undefined
  const type = isIPv4(value) ? 'ipv4' : 'ipv6'
  return SPECIAL.find(([, list]) => list.check(value, type))?.[0]
}

/** Where SSH may connect: an IP address or a host name, nothing a shell or ssh would interpret. */
export function isHost(value: string): boolean {
  return isIpAddress(value) || isHostName(value)
}

/** A whole decimal number within bounds, digits only: no sign, spaces or leading zero (`022` could be read as octal). */
export function isWholeNumber(value: string, min: number, max: number): boolean {
  return /^(0|[1-9]\d{0,8})$/.test(value) && Number(value) >= min && Number(value) <= max
}

export function isPort(value: string): boolean {
  return isWholeNumber(value, 1, 65535)
}

/** A POSIX user name as useradd accepts it. */
export function isUserName(value: string): boolean {
  return /^[a-z_][a-z0-9_-]{0,31}$/.test(value)
}

export function isSha256(value: string): boolean {
  return /^[0-9a-f]{64}$/i.test(value)
}

/** An OpenSSH SHA256 fingerprint, `SHA256:` and 43 base64 characters. */
export function isSshFingerprint(value: string): boolean {
  return /^SHA256:[A-Za-z0-9+/]{43}=?$/.test(value)
}

export const MAX_URL_LENGTH = 2048

/** scheme://[userinfo@]host[:port], read from the text as written (URL() would normalise look-alikes away). */
const AUTHORITY = /^https:\/\/(?:([^@/?#]*)@)?(\[[^\]/?#]*\]|[^:/?#[\]]*)(?::(\d*))?(?=[/?#]|$)/

/**
 * An https URL of plain printable ASCII: its host a plain host name or IP address as
 * written (no IDN, no percent-encoding, no numeric look-alikes), no percent-encoded
 * control characters, nothing a shell would interpret, at most 2048 characters.
 * Credentials (user:password@) are allowed; the caller masks them.
 */
export function isHttpsUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH || !/^[\x21-\x7e]+$/.test(value) || /['"`$\\<>{}|^]/.test(value)) return false
  if (/%(?:[01][0-9a-f]|7f)/i.test(value)) return false
  const match = AUTHORITY.exec(value)
  if (!match) return false
  const [, , rawHost, rawPort] = match
  const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost
  if (rawHost.startsWith('[') ? !(isIPv6(host) && !host.includes('%')) : !isHost(host)) return false
  if (rawPort !== undefined && !isPort(rawPort)) return false
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

/** The user:password of a URL written with credentials, as written; undefined without. */
export function urlCredentials(value: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/([^@/?#\s]+)@/i.exec(value)?.[1]
}

/** known_hosts lines: `host[,host] keytype base64key`, comments and blank lines allowed. */
export function isKnownHosts(value: string): boolean {
  const lines = value.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  return lines.length > 0 && lines.every((l) => /^(@\S+\s+)?\S+\s+(ssh-|ecdsa-|sk-)\S+\s+[A-Za-z0-9+/=]+(\s.*)?$/.test(l))
}
