import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StepLog } from '../../src/engine/step-log.js'

function newLog(secrets: string[] = []): { log: StepLog; echoed: string[] } {
  const echoed: string[] = []
  const log = new StepLog(join(mkdtempSync(join(tmpdir(), 'steplog-')), 'step.log'), secrets, (lines) => echoed.push(...lines.slice(0, -1).split('\n')))
  return { log, echoed }
}

describe('StepLog', () => {
  it('reassembles lines split across chunks and reads markers', async () => {
    const { log, echoed } = newLog()
    for (const chunk of ['==> start\n@hostpanel fa', 'ct PANEL_URL=https://h:1500/ispmgr\n@hostpanel warning disk', ' low\n@hostpanel error boom\npartial']) {
      log.write(Buffer.from(chunk))
    }
    await log.close()
    expect(log.markers.facts).toEqual({ PANEL_URL: 'https://h:1500/ispmgr' })
    expect(log.markers.warnings).toEqual(['disk low'])
    expect(log.markers.errors).toEqual(['boom'])
    expect(echoed).toEqual(['==> start', '@hostpanel fact PANEL_URL=https://h:1500/ispmgr', '@hostpanel warning disk low', '@hostpanel error boom', 'partial'])
    expect(readFileSync(log.path, 'utf8')).toBe(`${echoed.join('\n')}\n`)
  })

  it('blanks secrets in the file and on the console, even when split across chunks', async () => {
    const { log, echoed } = newLog(['S3CRET-KEY'])
    log.write(Buffer.from('key is S3CR'))
    log.write(Buffer.from('ET-KEY here\n'))
    await log.close()
    expect(echoed).toEqual(['key is *** here'])
    expect(readFileSync(log.path, 'utf8')).not.toContain('S3CRET')
  })

  it('passes on an endless line in pieces instead of holding it', async () => {
    const { log, echoed } = newLog()
    log.write(Buffer.alloc(200 * 1024, 'x'))
    expect(echoed.length).toBeGreaterThan(0)
    await log.close()
    expect(echoed.join('').length).toBe(200 * 1024)
  })
})
