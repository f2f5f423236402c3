/**
 * The panel probe from the runner: it connects to the address the host reported and sends
 * the URL's name only as Host header, so the runner never resolves a panel's name.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { probeFromRunner } from '../../src/report/probe.js'

describe('probeFromRunner', () => {
  let server: Server
  let port: number
  const seen: IncomingHttpHeaders[] = []

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request.headers)
      response.writeHead(204).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('asks the reported address with the panel name as Host header', async () => {
    // .invalid never resolves (RFC 6761): an answer proves that no lookup was made.
    await expect(probeFromRunner(`http://panel.example.invalid:${port}/ispmgr`, '127.0.0.1')).resolves.toBe('answered HTTP 204 at 127.0.0.1')
    expect(seen.at(-1)?.host).toBe(`panel.example.invalid:${port}`)
  })

  it('says why it did not ask', async () => {
    await expect(probeFromRunner('not a url', '127.0.0.1')).resolves.toBe('not asked from the runner: not a URL')
    await expect(probeFromRunner('http://panel.example.invalid/', undefined)).resolves.toBe('not asked from the runner: the host reported no address for the panel')
    await expect(probeFromRunner('ftp://127.0.0.1/', undefined)).resolves.toBe('not asked from the runner: ftp: is not http(s)')
  })

  it('reports a refused connection as not reachable', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const free = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    await expect(probeFromRunner(`http://127.0.0.1:${free}/`, undefined)).resolves.toMatch(new RegExp(`^not reachable from the runner at 127\\.0\\.0\\.1 \\(.*ECONNREFUSED`))
  })
})
