import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StepLog } from '../../src/engine/step-log.js'
import { secrets } from '../../src/report/redact.js'

function newLog(): { log: StepLog; echoed: string[] } {
  const echoed: string[] = []
  const log = new StepLog(join(mkdtempSync(join(tmpdir(), 'steplog-')), 'step.log'), (lines) => echoed.push(...lines.toString().slice(0, -1).split('\n')))
  return { log, echoed }
}

describe('StepLog', () => {
  it('reassembles lines split across chunks; a last line without newline ends at flush', async () => {
    const { log, echoed } = newLog()
    for (const chunk of ['==> start\n@hostpanel fa', 'ct PANEL_URL=https://h:1500/ispmgr\nwarning disk', ' low\npartial']) log.write(Buffer.from(chunk))
    log.flush()
    expect(echoed).toEqual(['==> start', '@hostpanel fact PANEL_URL=https://h:1500/ispmgr', 'warning disk low', 'partial'])
    await log.close()
    expect(readFileSync(log.path, 'utf8')).toBe(`${echoed.join('\n')}\n`)
  })

  it('keeps stdout and stderr apart: a progress bar on stderr never glues onto stdout lines', async () => {
    const { log, echoed } = newLog()
    log.write(Buffer.from('downloading  10%\r'), 'err')
    log.write(Buffer.from('first stdout line\nsecond '), 'out')
    log.write(Buffer.from(' 60%\r 100%'), 'err')
    log.write(Buffer.from('stdout line\n'), 'out')
    expect(echoed).toEqual(['first stdout line', 'second stdout line'])
    log.write(Buffer.from('\n'), 'err')
    expect(echoed.at(-1)).toBe('downloading  10%\r 60%\r 100%')
    await log.close()
  })

  it('blanks secrets in the file and on the console, even when split across chunks', async () => {
    secrets.add('S3CRET-KEY')
    const { log, echoed } = newLog()
    log.write(Buffer.from('key is S3CR'))
    log.write(Buffer.from('ET-KEY here\n'))
    log.write(Buffer.from(`as base64: ${Buffer.from('S3CRET-KEY').toString('base64')}\n`))
    await log.close()
    expect(echoed).toEqual(['key is *** here', 'as base64: ***'])
    expect(readFileSync(log.path, 'utf8')).not.toContain('S3CRET')
  })

  it('passes bytes on as they are when no secret is in them, invalid UTF-8 included', async () => {
    const { log } = newLog()
    const bytes = Buffer.from([0x6f, 0x6b, 0xff, 0xfe, 0x0a, 0xc3, 0x0a])
    const echoed: Buffer[] = []
    const raw = new StepLog(`${log.path}.raw`, (block) => echoed.push(Buffer.from(block)))
    raw.write(bytes.subarray(0, 3))
    raw.write(bytes.subarray(3))
    await raw.close()
    await log.close()
    expect(readFileSync(raw.path)).toEqual(bytes)
    expect(Buffer.concat(echoed)).toEqual(bytes)
  })

  it('drops the carriage return of a CRLF split across chunks', async () => {
    const { log, echoed } = newLog()
    log.write(Buffer.from('windows line\r'))
    log.write(Buffer.from('\nnext\r\n'))
    await log.close()
    expect(echoed).toEqual(['windows line', 'next'])
  })

  it('passes on an endless line in pieces instead of holding it', async () => {
    const { log, echoed } = newLog()
    log.write(Buffer.alloc(200 * 1024, 'x'))
    expect(echoed.length).toBeGreaterThan(0)
    await log.close()
    expect(echoed.join('').length).toBe(200 * 1024)
  })
})
