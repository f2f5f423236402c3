import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assemble, assignments, heredoc } from '../../src/shell/script.js'

function bash(script: string): string {
  return execFileSync('bash', ['--noprofile', '--norc', '-euo', 'pipefail', '-s'], { input: script, encoding: 'utf8' })
}

describe('script assembly', () => {
  const nasty = `it's "quoted" $(touch /tmp/pwned) \`id\` ; & | \\ \n second line *`

  it('quotes variables so bash sees them byte for byte', () => {
    const out = bash(`${assignments({ VALUE: nasty, EMPTY: '' })}\nprintf '%s|%s' "$VALUE" "$EMPTY"`)
    expect(out).toBe(`${nasty}|`)
  })

  it('rejects variable names a shell would misread', () => {
    expect(() => assignments({ 'BAD-NAME': 'x' })).toThrow(/invalid shell variable name/)
    expect(() => assignments({ 'A;rm': 'x' })).toThrow(/invalid shell variable name/)
  })

  it('writes any text through a heredoc unchanged, even one containing a terminator-like line', () => {
    const text = `${nasty}\nHOSTPANEL_abc\nEOF\n`
    const file = join(mkdtempSync(join(tmpdir(), 'heredoc-')), 'out')
    bash(heredoc(file, text))
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('assembles header, variables, library and piece into a script that runs', () => {
    const script = assemble({ title: 't', runId: 'r1', step: 's1', vars: { GREETING: 'hello world' }, inline: 'hp_fact GREETING "$GREETING"; hp_log "$HP_STEP_DIR"' })
    expect(script.split('\n')[1]).toBe('set -euo pipefail')
    expect(bash(script)).toBe('@hostpanel fact GREETING=hello world\n==> /var/lib/hostpanel-action/runs/r1/data/s1\n')
  })

  it('stops at the first failing command (set -e) with the failure marker', () => {
    const script = assemble({ title: 't', runId: 'r1', step: 's1', vars: {}, inline: 'false\necho not reached' })
    expect(() => bash(script)).toThrow()
    const failing = assemble({ title: 't', runId: 'r1', step: 's1', vars: {}, inline: 'hp_fail "disk full"\necho not reached' })
    try {
      bash(failing)
      throw new Error('did not fail')
    } catch (error) {
      expect((error as { stdout: string }).stdout).toBe('@hostpanel error disk full\n')
    }
  })
})

describe('ispmanager letsencrypt decision', () => {
  it('turns Let\'s Encrypt off, without failing, when the panel domain does not resolve', () => {
    const script = assemble({
      title: 't',
      runId: 'r1',
      step: 'letsencrypt',
      vars: { PANEL_DOMAIN: 'no-such-panel.invalid', PUBLIC_IP: '192.0.2.10' },
      piece: 'products/ispmanager/steps/letsencrypt-decision.sh'
    })
    const out = bash(script)
    expect(out).toContain('@hostpanel fact LE_DOMAIN=\n')
    expect(out).toContain("Let's Encrypt: off (--no-letsencrypt): no-such-panel.invalid resolves to '', not to this host's public address 192.0.2.10")
  })
})
