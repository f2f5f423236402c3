import { Redactor, secretForms } from '../../src/report/redact.js'
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

describe('safeLine', () => {
  it('never lets text form a workflow command', () => {
    for (const text of ['::error::boom', '  ::stop-commands::x', '##[add-mask]y', 'ok\r::error::x', 'ok\n::set-output name=a::b']) {
      const line = safeLine(text)
      expect(line).not.toMatch(/\n|\r/)
      expect(line).not.toMatch(/^\s*(::|##\[)/)
    }
  })
})
