/**
 * Asks for the panel URL from the runner itself: the host checked it from the inside;
 * this says whether the workflow's side of the network reaches it too. The request goes
 * to the address the host reported the panel at (PANEL_ADDRESS), with the URL's name as
 * Host header and TLS server name: the runner never resolves the panel's name (which
 * may exist only in the panel's own configuration). Panels ship self-signed
 * certificates, so the certificate is not checked here.
 * node:http and node:https are loaded here, when a panel is asked, not at start: loading
 * them costs every run about 20 ms before it can connect to its host.
 */
import { isIP } from 'node:net'

export async function probeFromRunner(url: string, address: string | undefined, timeoutMs = 10_000): Promise<string> {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return 'not asked from the runner: not a URL'
  }
  const name = target.hostname.replace(/^\[|\]$/g, '')
  const connectTo = isIP(name) ? name : address && isIP(address) ? address : undefined
  if (!connectTo) return 'not asked from the runner: the host reported no address for the panel'
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return `not asked from the runner: ${target.protocol} is not http(s)`
  const { request: send } = target.protocol === 'https:' ? await import('node:https') : await import('node:http')
  return new Promise((resolve) => {
    const req = send(
      {
        host: connectTo,
        port: target.port || (target.protocol === 'https:' ? 443 : 80),
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        headers: { Host: target.host },
        servername: isIP(name) ? undefined : name,
        rejectUnauthorized: false,
        timeout: timeoutMs
      },
      (response) => {
        response.resume()
        resolve(`answered HTTP ${response.statusCode} at ${connectTo}`)
      }
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)))
    req.on('error', (error) => resolve(`not reachable from the runner at ${connectTo} (${error.message})`))
    req.end()
  })
}
