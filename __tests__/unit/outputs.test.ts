/** Every output's shape: what real runs set passes; host text a shell would act on does not. */
import { checkOutputs, OUTPUTS, refusalMessage } from '../../src/report/outputs.js'
import { secrets } from '../../src/report/redact.js'

const LOG = '/home/runner/work/_temp/hostpanel-logs/imscp-upgrade-1-1-abc'
const ok = (name: string, value: string): boolean => checkOutputs({ [name]: value }, LOG).outputs[name] === value

it('accepts the values real runs set', () => {
  for (const v of ['6.106.0', '1.2.3', '0.7.0-0.1', '0.6.2', '6.0.0~rc1+b2']) expect(ok('installed-version', v)).toBe(true)
  for (const v of ['https://10.0.0.5:1500/ispmgr', 'https://panel.example.com/', 'http://panel.example.com:8080/', 'https://[2001:db8::1]:1500/ispmgr'])
    expect(ok('panel-url', v)).toBe(true)
  expect(ok('backup', `${LOG}/host_var_backups_hostpanel-vmm_run_vmm-0.6.2-mailsys.dump`)).toBe(true)
  expect(ok('sarif', `${LOG}/plugin-check.sarif`)).toBe(true)
  expect(ok('status', 'planned')).toBe(true)
  expect(ok('log-dir', '/tmp/my logs/run')).toBe(true)
})

it('refuses what a shell or the runner would act on, and says what it refused', () => {
  const hostile = ['6.1"; id; echo "', '6.1$(id)', '6.1`id`', '6.1\nx', '6.1\rx', '::error::x', "6.1'", 'a'.repeat(65), '2:1.2', '']
  for (const v of hostile.slice(0, -1)) expect(ok('installed-version', v)).toBe(false)
  for (const v of ['https://a.example/$(id)', 'https://a.example/`id`', 'https://a.example/"', "https://a.example/'", 'https://a.example/ x', 'https://a.example/;id', 'https://a.example/&x', 'javascript:alert(1)', 'ftp://a.example/', 'https://a.example/\n::warning::x', 'https://'])
    expect(ok('panel-url', v)).toBe(false)
  for (const v of [`${LOG}/../../etc/passwd`, '/etc/passwd', `${LOG}/a b`, `${LOG}/$(id)`, LOG, 'relative/x']) expect(ok('backup', v)).toBe(false)
  expect(ok('status', 'success; id')).toBe(false)
  expect(ok('changed', 'yes')).toBe(false)
  expect(ok('log-dir', '/tmp/a\nb')).toBe(false)

  const { outputs, refused } = checkOutputs({ 'installed-version': '6.1"\n::error::x', 'not-declared': 'x', 'panel-url': '' }, LOG, { 'installed-version': "the host's INSTALLED_VERSION" })
  expect(outputs).toEqual({ 'installed-version': '', 'not-declared': '', 'panel-url': '' })
  expect(refused.map(refusalMessage)).toEqual([
    `output installed-version left empty: the host's INSTALLED_VERSION was "6.1\\"\\n::error::x", which is not ${OUTPUTS.find((o) => o.name === 'installed-version')?.shape.describe}`,
    'output not-declared left empty: the action was "x", which is not nothing (not a declared output)'
  ])
})

it('blanks a secret in a refused value before escaping it (an escaped quote would hide it)', () => {
  const secret = 'pa"ss\\word-0123456789'
  secrets.add(secret)
  const { refused } = checkOutputs({ 'installed-version': `6.1 ${secret}` }, LOG)
  expect(refused[0].value).not.toContain('0123456789')
  expect(refused[0].value).toContain('***')
})
