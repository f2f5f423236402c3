/**
 * A plugin's own compatibility check, judged as a condition (issue 23.1): a stop counts as
 * the plugin refusing itself only where every condition on its way is decided and an API
 * comparison is among them; a stop under anything else is a notice naming what it depends on.
 * Plugin APIs: 1.2.0 0.2.15, 1.2.1 0.2.16, 1.2.2 0.2.17 (getPluginApiVersion), 1.2.3 1.0.0.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPlugins, IMSCP_RELEASES, type GateReport } from '../../src/products/imscp/plugin-gate/index.js'

const OLD = IMSCP_RELEASES.filter((r) => r.version !== '1.2.3')
const API = "$event->getParam('pluginManager')->getPluginApiVersion()"
const ME = "$event->getParam('pluginName') == $this->getName()"

let ws: string
beforeEach(() => {
  ws = mkdtempSync(join(tmpdir(), 'gate-selfcheck-'))
})
afterEach(() => rmSync(ws, { recursive: true, force: true }))

/** A plugin whose onBeforeEnablePlugin() has `body`, judged on 1.2.0-1.2.2. */
async function judge(body: string): Promise<GateReport> {
  const dir = join(ws, 'Sample')
  mkdirSync(dir)
  writeFileSync(join(dir, 'info.php'), "<?php\nreturn array('author' => 'a', 'email' => 'a@example.org', 'version' => '1.0.0', 'require_api' => '0.2.15', 'date' => '2015-01-01', 'name' => 'Sample', 'desc' => 'd', 'url' => 'https://example.org');\n")
  writeFileSync(join(dir, 'Sample.php'), `<?php\nclass iMSCP_Plugin_Sample extends iMSCP_Plugin_Action\n{\n    public function onBeforeEnablePlugin($event)\n    {\n${body}\n    }\n}\n`)
  return checkPlugins({ pluginPath: dir, releases: OLD, workspace: ws })
}

function verdicts(report: GateReport): string[] {
  return report.verdicts.map((v) => `${v.release} ${v.verdict}`)
}

/** The self-check findings: level, releases, message. */
function selfChecks(report: GateReport): Array<[string, string, string]> {
  return report.findings.filter((f) => f.rule === 'self-check').map((f) => [f.level, f.releases.join(','), f.message])
}

describe("a plugin's own check, evaluated as a condition", () => {
  it('PhpSwitcher: the stop in the else branch depends on the server configuration, not on the API', async () => {
    const report = await judge(`
        if (${ME}) {
            if (version_compare(${API}, '0.2.6', '<')) {
                set_page_message(tr('Your i-MSCP version is not compatible with this plugin.'), 'error');
                $event->stopPropagation();
            } else {
                $config = iMSCP_Registry::get('config');
                if ($config['HTTPD_SERVER'] != 'apache_fcgid') {
                    set_page_message(tr('This plugin needs the apache_fcgid server.'), 'error');
                    $event->stopPropagation();
                }
            }
        }`)
    expect(verdicts(report)).toEqual(['1.2.0 accepted', '1.2.1 accepted', '1.2.2 accepted'])
    expect(selfChecks(report)).toEqual([
      // one finding for the three releases: the same stop, the same condition
      ['notice', '1.2.0,1.2.1,1.2.2', "the plugin stops itself here (stopPropagation() in onBeforeEnablePlugin()) unless $config['HTTPD_SERVER'] is 'apache_fcgid': on these releases that depends on more than the plugin API, so the gate does not count it as a refusal"]
    ])
  })

  it('PhpSwitcher with a minimum the release lacks: the first stop is a refusal on that release only', async () => {
    const report = await judge(`
        if (version_compare(${API}, '0.2.16', '<')) { $event->stopPropagation(); }
        else { if ($config['HTTPD_SERVER'] != 'apache_fcgid') { $event->stopPropagation(); } }`)
    expect(verdicts(report)).toEqual(['1.2.0 refused', '1.2.1 accepted', '1.2.2 accepted'])
    expect(report.verdicts[0]!.reasons).toEqual(["the plugin's own API check version_compare(API, \"0.2.16\", '<') in onBeforeEnablePlugin() stops the plugin on plugin API 0.2.15: the plugin refuses itself on i-MSCP 1.2.0"])
  })

  it('nested conditions that are all API comparisons decide the stop', async () => {
    const report = await judge(`
        if (version_compare(${API}, '0.2.16', '>=')) {
            if (${ME}) {
                if (version_compare(${API}, '0.2.17', '<')) {
                    throw new iMSCP_Plugin_Exception('0.2.16 is broken for this plugin');
                }
            }
        }`)
    expect(verdicts(report)).toEqual(['1.2.0 accepted', '1.2.1 refused', '1.2.2 accepted'])
  })

  it('a nested condition that is not about the API makes the stop a notice', async () => {
    const report = await judge(`
        if (version_compare(${API}, '0.2.17', '<')) {
            if (!extension_loaded('imap')) { $event->stopPropagation(); }
        }`)
    expect(verdicts(report)).toEqual(['1.2.0 accepted', '1.2.1 accepted', '1.2.2 accepted'])
    expect(selfChecks(report)).toEqual([
      ['notice', '1.2.2', "the plugin's own API check version_compare(API, \"0.2.17\", '<') in onBeforeEnablePlugin() passes"],
      ['notice', '1.2.0,1.2.1', "the plugin stops itself here (stopPropagation() in onBeforeEnablePlugin()) unless extension_loaded('imap'): on these releases that depends on more than the plugin API, so the gate does not count it as a refusal"]
    ])
  })

  it('&& with the API comparison: undecided where the API part holds, passes where it does not', async () => {
    const report = await judge(`
        if (version_compare(${API}, '0.2.16', '<') && iMSCP_Registry::get('config')->PO_SERVER != 'dovecot') {
            $event->stopPropagation();
        }`)
    expect(verdicts(report)).toEqual(['1.2.0 accepted', '1.2.1 accepted', '1.2.2 accepted'])
    const found = selfChecks(report)
    expect(found[1]).toEqual(['notice', '1.2.0', "the plugin stops itself here (stopPropagation() in onBeforeEnablePlugin()) unless iMSCP_Registry::get('config')->PO_SERVER is 'dovecot': on these releases that depends on more than the plugin API, so the gate does not count it as a refusal"])
    expect(found[0]).toEqual(['notice', '1.2.1,1.2.2', "the plugin's own API check version_compare(API, \"0.2.16\", '<') in onBeforeEnablePlugin() passes"])
  })

  it('|| with the API comparison: a refusal where the API part holds, a notice where the other part decides', async () => {
    const report = await judge(`
        if (version_compare(${API}, '0.2.16', '<') || !class_exists('Net_DNS2')) {
            $event->stopPropagation();
        }`)
    expect(verdicts(report)).toEqual(['1.2.0 refused', '1.2.1 accepted', '1.2.2 accepted'])
    expect(selfChecks(report).filter(([, r]) => r === '1.2.1,1.2.2').map(([, , m]) => m)).toEqual(["the plugin stops itself here (stopPropagation() in onBeforeEnablePlugin()) unless class_exists('Net_DNS2'): on these releases that depends on more than the plugin API, so the gate does not count it as a refusal"])
  })

  it('an early return on the API before the stop decides it', async () => {
    const report = await judge(`
        if (version_compare(${API}, '0.2.16', '>=')) {
            return;
        }
        set_page_message(tr('Too old.'), 'error');
        $event->stopPropagation();`)
    expect(verdicts(report)).toEqual(['1.2.0 refused', '1.2.1 accepted', '1.2.2 accepted'])
  })

  it('an early return for other plugins\' events, then the API check', async () => {
    const report = await judge(`
        if ($event->getParam('pluginName') !== $this->getName()) return;
        if (version_compare(${API}, '0.2.16', '<')) { $event->stopPropagation(); return; }
        if (!is_writable('/etc/imscp')) { $event->stopPropagation(); }`)
    expect(verdicts(report)).toEqual(['1.2.0 refused', '1.2.1 accepted', '1.2.2 accepted'])
    // the second stop runs only where the API check passed (its early return), and depends on a file
    expect(selfChecks(report).filter(([, r]) => r.includes('1.2.2')).map(([, , m]) => m)).toEqual(["the plugin stops itself here (stopPropagation() in onBeforeEnablePlugin()) unless is_writable('/etc/imscp'): on these releases that depends on more than the plugin API, so the gate does not count it as a refusal"])
  })

  it.each([
    ["version_compare('0.2.16', API, '>')", `version_compare('0.2.16', ${API}, '>')`],
    ["version_compare('0.2.16', API) === 1", `version_compare('0.2.16', ${API}) === 1`],
    ['0 < version_compare(\'0.2.16\', API)', `0 < version_compare('0.2.16', ${API})`],
    ['!version_compare(API, \'0.2.16\', \'>=\')', `!version_compare(${API}, '0.2.16', '>=')`]
  ])('a comparison written the other way round: %s', async (_name, test) => {
    const report = await judge(`        if (${ME} && ${test}) { $event->stopPropagation(); }`)
    expect(verdicts(report)).toEqual(['1.2.0 refused', '1.2.1 accepted', '1.2.2 accepted'])
  })

  it('a stop that does not depend on the API at all is a notice on every release', async () => {
    const report = await judge(`        if (!extension_loaded('intl')) { $event->stopPropagation(); }`)
    expect(verdicts(report)).toEqual(['1.2.0 accepted', '1.2.1 accepted', '1.2.2 accepted'])
    expect(selfChecks(report)).toEqual([['notice', '1.2.0,1.2.1,1.2.2', "the plugin stops itself here (stopPropagation() in onBeforeEnablePlugin()) unless extension_loaded('intl'): that does not depend on the plugin API, so the gate does not count it as a refusal"]])
  })

  it('a comparison kept in a variable is not followed, and says so', async () => {
    const report = await judge(`
        $ok = version_compare(${API}, '0.2.16', '>=');
        if (!$ok) { $event->stopPropagation(); }`)
    expect(verdicts(report)).toEqual(['1.2.0 accepted', '1.2.1 accepted', '1.2.2 accepted'])
    expect(selfChecks(report)).toEqual([
      ['notice', '1.2.0,1.2.1,1.2.2', "the plugin's own API check version_compare(API, \"0.2.16\", '>=') in onBeforeEnablePlugin() is in the condition of no stopPropagation() or throw: the gate does not follow it through variables or into other methods"],
      ['notice', '1.2.0,1.2.1,1.2.2', 'the plugin stops itself here (stopPropagation() in onBeforeEnablePlugin()) unless $ok: that does not depend on the plugin API, so the gate does not count it as a refusal']
    ])
  })

  it('several undecided conditions read as one: when all of these, unless any of those', async () => {
    const report = await judge(`
        if ($config['PO_SERVER'] == 'dovecot') {
            if (!extension_loaded('imap')) {
                if (file_exists('/etc/imscp/mailman')) { return; }
                $event->stopPropagation();
            }
        }`)
    expect(selfChecks(report).map(([, , m]) => m)).toEqual(["the plugin stops itself here (stopPropagation() in onBeforeEnablePlugin()) when $config['PO_SERVER'] is 'dovecot' unless extension_loaded('imap') or file_exists('/etc/imscp/mailman'): that does not depend on the plugin API, so the gate does not count it as a refusal"])
  })
})
