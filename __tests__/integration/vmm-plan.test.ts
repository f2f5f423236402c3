/**
 * `mode: plan` for vmm through the bundled action: nothing is connected to; the runbook
 * shows every step with its condition and commands, and which steps run from each
 * starting version and flavour.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../support/action-harness.js'

async function plan(version: string, extra: Record<string, string> = {}): Promise<{ output: string; planSh: string; code: number | null }> {
  const workDir = mkdtempSync(join(tmpdir(), 'vmm-plan-'))
  const inputs = {
    product: 'vmm',
    version,
    mode: 'plan',
    'plan-for': 'upgrade',
    // A TEST-NET address: a plan connects to nothing.
    host: '192.0.2.10',
    'release-url': 'https://mirror.example.org/vmm-0.6.2.tar.gz',
    'pg-password': 'plan-secret-1',
    'log-dir': join(workDir, 'logs'),
    ...extra
  }
  const run = await runAction('main', inputs, { workDir })
  const planSh = join(workDir, 'logs', 'plan.sh')
  // The runner's own mask commands name the secrets: everything else must not.
  const output = run.output.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')
  return { output, planSh: existsSync(planSh) ? readFileSync(planSh, 'utf8') : '', code: run.code }
}

describe('vmm plan', () => {
  it('0.6.2: each step with its condition and commands, and the steps of each starting point', async () => {
    const { output, planSh, code } = await plan('0.6.2', { 'update-configs': 'true' })
    expect(code).toBe(0)
    expect(output).toContain('from 0.5.2 (managesieve): preflight, release, services-stop, backup, schema-update, dovecot-layout, permissions, configs, services-start, upgrade, vmm-config, verify')
    expect(output).toContain('from 0.5.2 (sieve): preflight, release, services-stop, backup, schema-update, permissions, configs, services-start, upgrade, vmm-config, verify')
    expect(output).toContain('from 0.6.0 (managesieve): preflight, release, services-stop, backup, fix-transport, fix-dovecotpassword, dovecot-layout, permissions, services-start, upgrade, vmm-config, verify')
    expect(output).toContain('from 0.6.1 (sieve): preflight, release, upgrade, vmm-config, verify')
    expect(output).toContain("runs only when the database has 0.5.2's layout (SCHEMA is 0.5)")
    expect(output).toContain('-f optional-types.pgsql -f <release>/pgsql/update_tables_0.5.x-0.6.pgsql')
    expect(output).toContain('update_tables_0.5.x-0.6-dovecot-1.2.x.pgsql')
    expect(output).toMatch(/psql -v ON_ERROR_STOP=1 --single-transaction/)
    expect(output).toContain('set-permissions.py -H <host> -P <port> -n <name> -U <user>')
    expect(output).toContain('cd <release> && ./upgrade.sh')
    expect(output).toContain('pg_dump -Fc')
    expect(output).toContain('undo: BEGIN, drop-all.pgsql and pg_restore -f - <dump> streamed into psql')
    expect(output).toContain('on failure or cancel: undo newest first: vmm-config, upgrade, configs, backup, services-stop')
    expect(output).not.toContain('plan-secret-1')
    expect(planSh).toContain('products/vmm/steps/schema-update.sh')
    expect(planSh).not.toContain('plan-secret-1')
  })

  it('0.7.0: the package steps, the SQL from a 0.6.x release only where the database needs it', async () => {
    const { output, code } = await plan('0.7.0', { 'python3-compat': 'true' })
    expect(code).toBe(0)
    expect(output).toContain('from 0.6.2 (sieve): preflight, backup, package, retire-old, vmm-cfg, python3-compat, permissions, verify')
    expect(output).toContain('from 0.5.2 (managesieve): preflight, release, services-stop, backup, schema-update, dovecot-layout, package, retire-old, vmm-cfg, python3-compat, permissions, configs, services-start, verify')
    expect(output).toContain('python3 /usr/share/doc/vmm/examples/pgsql/set-permissions.py')
    expect(output).toContain('apt-get install -y -q --no-install-recommends vmm')
  })

  it('0.6.x without a release is an input error', async () => {
    const { output, code } = await plan('0.6.2', { 'release-url': '' })
    expect(code).toBe(1)
    expect(output).toMatch(/release-url.*needs the release tarball/)
  })
})
