// A small HTTPS server on the machine side of a sandbox host's link, serving fixture
// files (the stand-in installer) with the sandbox's own CA, as a vendor mirror would.
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'

export interface FileServer {
  url(path: string): string
  requests: string[]
  close(): Promise<void>
}

export async function serveFiles(address: string, certFile: string, keyFile: string, files: Record<string, string>): Promise<FileServer> {
  const requests: string[] = []
  const server: Server = createServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, (req, res) => {
    requests.push(req.url ?? '')
    const file = files[req.url ?? '']
    if (!file) {
      res.writeHead(404).end('not found\n')
      return
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(readFileSync(file))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, address, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `https://${address}:${port}${path}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
