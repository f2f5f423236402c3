/**
 * Asks for the panel URL from the runner itself: the host checked it from the inside;
 * this says whether the workflow's side of the network sees it too. Panels ship
 * self-signed certificates, so the certificate is not checked here.
 */
import { get } from 'node:https'

export function probeFromRunner(url: string, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve) => {
    const request = get(url, { rejectUnauthorized: false, timeout: timeoutMs }, (response) => {
      response.resume()
      resolve(`answered HTTP ${response.statusCode}`)
    })
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)))
    request.on('error', (error) => resolve(`not reachable from the runner (${error.message})`))
  })
}
