import { execFileSync } from 'node:child_process'
import { renderPlan } from '../../src/engine/plan.js'
import { getProduct } from '../../src/products/registry.js'
import { getSettings } from '../../src/settings/input-helper.js'

function plan(inputs: Record<string, string>): string {
  const settings = getSettings((name) => inputs[name] ?? '')
  const procedure = getProduct(settings.product).procedures[settings.procedure]!({ settings, options: settings.options })
  return renderPlan(procedure, 'root@192.0.2.10:22')
}

describe('plan', () => {
  const text = plan({ product: 'ispmanager', version: '6', mode: 'plan', 'activation-key': 'TOPSECRET-1', 'panel-domain': 'panel.example.com' })

  it('lists every install step in order with its shell pieces', () => {
    const steps = [...text.matchAll(/^# ==== step (\d+)\/(\d+): ([a-z-]+):/gm)].map((m) => m[3])
    expect(steps).toEqual(['preflight', 'apt-timers', 'dpkg-locks', 'prerequisites', 'apparmor', 'installer-download', 'letsencrypt', 'installer', 'verify'])
    expect(text).toContain('--silent --ignore-hostname --dbtype "$DBTYPE"')
    expect(text).toContain("PANEL_DOMAIN=panel.example.com")
    expect(text).toMatch(/undo .*apt-timers-restore\.sh/)
  })

  it('names secrets but never shows them', () => {
    expect(text).toContain('Secrets (ACTIVATION_KEY)')
    expect(text).not.toContain('TOPSECRET-1')
  })

  it('is valid bash', () => {
    expect(() => execFileSync('bash', ['-n'], { input: text })).not.toThrow()
  })
})
