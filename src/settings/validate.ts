/** Small predicates for input values. Each says yes or no; callers phrase the error. */
import { isIP } from 'node:net'

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i

/** An RFC 1123 host name (letters, digits, hyphens, dots). */
export function isHostName(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false
  return value.replace(/\.$/, '').split('.').every((label) => LABEL.test(label))
}

/** A fully qualified domain name: a host name with at least one dot and a non-numeric top label. */
export function isDomainName(value: string): boolean {
  return isHostName(value) && value.includes('.') && !/^\d+$/.test(value.split('.').pop() ?? '')
}

export function isIpAddress(value: string): boolean {
  return isIP(value) !== 0
}

/** Where SSH may connect: an IP address or a host name, nothing a shell would interpret. */
export function isHost(value: string): boolean {
  return isIpAddress(value) || isHostName(value)
}

export function isPort(value: string): boolean {
  return /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535
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

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && isHost(url.hostname.replace(/^\[|\]$/g, '')) && !/[\s'"`$\\]/.test(value)
  } catch {
    return false
  }
}

/** The text of an OpenSSH private key (PEM or openssh format). */
export function isPrivateKey(value: string): boolean {
  return /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+-----END [A-Z ]*PRIVATE KEY-----/.test(value)
}

/** known_hosts lines: `host[,host] keytype base64key`, comments and blank lines allowed. */
export function isKnownHosts(value: string): boolean {
  const lines = value.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  return lines.length > 0 && lines.every((l) => /^(@\S+\s+)?\S+\s+(ssh-|ecdsa-|sk-)\S+\s+[A-Za-z0-9+/=]+(\s.*)?$/.test(l))
}
