import { execFileSync } from 'node:child_process'
import { renderPlan, renderRunbook } from '../../src/engine/plan.js'
import { getProduct, products } from '../../src/products/registry.js'
import { getSettings } from '../../src/settings/input-helper.js'
import { procedureFor } from '../support/procedure.js'

describe('plan', () => {
  const procedure = procedureFor({ product: 'ispmanager', version: '6', mode: 'plan', host: '192.0.2.10', 'activation-key': 'TOPSECRET-1', 'panel-domain': 'panel.example.com' })
  const text = renderPlan(procedure, 'root@192.0.2.10:22')
  const runbook = renderRunbook(procedure, 'root@192.0.2.10:22', 10)

  it('lists every install step in order with its shell pieces', () => {
    const steps = [...text.matchAll(/^# ==== step (\d+)\/(\d+): ([a-z-]+):/gm)].map((m) => m[3])
    expect(steps).toEqual(['preflight', 'apt-timers', 'dpkg-locks', 'prerequisites', 'apparmor', 'installer-download', 'letsencrypt', 'installer', 'verify'])
    expect(text).toContain('--silent --ignore-hostname --dbtype "$DBTYPE"')
    expect(text).toContain('PANEL_DOMAIN=panel.example.com')
    expect(text).toMatch(/undo .*apt-timers-restore\.sh/)
  })

  it('reads as a runbook of about 40 lines with the installer command line resolved', () => {
    expect(runbook.length).toBeLessThanOrEqual(40)
    expect(runbook[0]).toBe('ISPmanager 6 install (ispmanager-lite) on root@192.0.2.10:22: what would run, in order (nothing was connected to or changed)')
    expect(runbook).toContain(
      '      sh /root/install.eu.sh --release stable --silent --ignore-hostname --dbtype mysql [--mysql-server mariadb: not on Debian] [--le-domain panel.example.com if it resolves to the host, else --no-letsencrypt] --activation-key *** ispmanager-lite </dev/null  (output kept in /root/isp_install.log)'
    )
    expect(runbook).toContain('   8. installer: Run the vendor\'s installer [detached: survives a dropped link; limit 60 min]')
    expect(runbook.at(-2)).toBe('  on failure or cancel: undo newest first: apparmor, apt-timers')
  })

  it('names secrets but never shows them', () => {
    expect(text).toContain('Secrets (ACTIVATION_KEY)')
    expect(text).not.toContain('TOPSECRET-1')
    expect(runbook.join('\n')).not.toContain('TOPSECRET-1')
  })

  it('is valid bash', () => {
    expect(() => execFileSync('bash', ['-n'], { input: text })).not.toThrow()
  })

  it('renders the runbook of a runner-side task from its resolved inputs', () => {
    const settings = getSettings((name) => ({ product: 'imscp', version: '1.2.1, 1.2.3', mode: 'plan', 'plan-for': 'check-plugin', 'previous-plugin-version': '0.0.9' })[name] ?? '')
    const product = getProduct('imscp')
    const mode = product.modes['check-plugin']
    if (mode.kind !== 'runner') throw new Error('not a runner mode')
    const releases = settings.releases.map((v) => product.catalogue.find(v)!)
    const lines = mode.runbook({ settings, options: settings.options, release: releases.at(-1)!, releases })
    expect(lines).toContain('judge them as i-MSCP 1.2.1 (plugin API 0.2.16, checks nothing), 1.2.3 (plugin API 1.0.0, checks require_api) would')
    expect(lines).toContain('judge the update from 0.0.9 as 1.2.3 does (string comparison)')
  })

  it('renders every mode of every product', () => {
    for (const product of products()) {
      for (const [name, mode] of Object.entries(product.modes)) {
        if (mode.kind !== 'host') continue
        const p = procedureFor({ product: product.id, version: 'latest', mode: 'plan', 'plan-for': name, host: '192.0.2.10' })
        const lines = renderRunbook(p, 'root@192.0.2.10:22', 10)
        expect(lines.length).toBeGreaterThan(3)
        for (const step of p.steps) expect(lines.some((l) => l.includes(`${step.id}: ${step.title}`))).toBe(true)
        expect(() => execFileSync('bash', ['-n'], { input: renderPlan(p, 'x') })).not.toThrow()
      }
    }
  })
})
