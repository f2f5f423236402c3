import { randomBytes } from 'node:crypto'
import { Redactor, SecretScan, secretForms } from '../../src/report/redact.js'
import { safeLine } from '../../src/report/console.js'

describe('secret blanking', () => {
  const secret = 'ACT-KEY-4f9a-77Z'
  const r = new Redactor()
  r.add(secret)

  it.each([
    ['raw', `key: ${secret}.`],
    ['base64 alone', Buffer.from(secret).toString('base64')],
    ['base64 inside a longer text, at each alignment', Buffer.from(`a${secret}b`).toString('base64') + ' ' + Buffer.from(`ab${secret}cd`).toString('base64') + ' ' + Buffer.from(`abc${secret}`).toString('base64')],
    ['URL-encoded', `https://x/?k=${encodeURIComponent(`${secret} +&`)}`],
    ['hex', Buffer.from(secret).toString('hex')],
    ['HEX', Buffer.from(secret).toString('hex').toUpperCase()]
  ])('blanks the %s form', (_form, text) => {
    const out = r.redact(text)
    expect(out).toContain('***')
    for (const form of [secret, Buffer.from(secret).toString('hex')]) expect(out.toLowerCase()).not.toContain(form.toLowerCase())
    expect(out).not.toContain(Buffer.from(secret).toString('base64').slice(2, 14))
  })

  it('blanks each line of a multi-line secret and ignores trivial values', () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----'
    expect(secretForms(key)).toContain('b3BlbnNzaC1rZXktdjEAAAAA')
    expect(secretForms('abc')).toEqual([])
  })
})

describe('SecretScan (one pass for every form)', () => {
  // A small alphabet makes forms occur by chance, at every position and overlapping.
  const word = (length: number): Buffer => Buffer.from(Array.from(randomBytes(length), (b) => 'abcab'.charCodeAt(b % 5)))

  it('finds exactly what a search for each form finds, short and long forms mixed', () => {
    for (let round = 0; round < 300; round += 1) {
      const forms = Array.from({ length: 1 + (round % 6) }, (_, i) => word(i % 3 === 0 ? 4 + (round % 12) : 16 + ((round * 7 + i) % 40)))
      const text = Buffer.concat([word(round % 50), round % 3 === 0 ? forms[round % forms.length] : Buffer.alloc(0), word(200)])
      expect(new SecretScan(forms).found(text)).toBe(forms.some((f) => text.includes(f)))
    }
  })

  it('finds a form at the very start and end of a block, and not one cut off by its end', () => {
    const key = Buffer.from('-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5vbmU')
    const scan = new SecretScan([key, Buffer.from('hunter22')])
    expect(scan.found(key)).toBe(true)
    expect(scan.found(Buffer.concat([Buffer.from('log line\n'), key]))).toBe(true)
    expect(scan.found(key.subarray(0, key.length - 1))).toBe(false)
    expect(scan.found(Buffer.from('x hunter22'))).toBe(true)
    expect(scan.found(Buffer.from('hunter2'))).toBe(false)
  })

  it('is what Redactor.holds answers, for every encoding of a secret', () => {
    const r = new Redactor()
    r.add('ACT-KEY-4f9a-77Z')
    for (const form of secretForms('ACT-KEY-4f9a-77Z')) expect(r.holds(Buffer.from(`[${form}]`))).toBe(true)
    expect(r.holds(Buffer.from('ACT-KEY-4f9a-77'))).toBe(false)
    expect(new Redactor().holds(Buffer.from('anything'))).toBe(false)
  })
})

describe('safeLine', () => {
  it('never lets text form a workflow command', () => {
    for (const text of ['::error::boom', '  ::stop-commands::x', '##[add-mask]y', 'ok\r::error::x', 'ok\n::set-output name=a::b']) {
      const line = safeLine(text)
      expect(line).not.toMatch(/\n|\r/)
      expect(line).not.toMatch(/^\s*(::|##\[)/)
    }
  })
})
