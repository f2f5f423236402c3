/**
 * i-MSCP 1.2.x. In this release: the plugin compatibility gate (`mode: check-plugin`), a
 * task on the runner over the plugin's own files, for a plugin's CI. The host procedures
 * of the errata chain (install, upgrade, verify) come next.
 */
import * as core from '@actions/core'
import { existsSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { writeJson } from '../../report/report.js'
import type { OptionSpec, Product, TaskOutcome } from '../product.js'
import { catalogue, VERSION_NOTE, type ImscpRelease } from './catalogue.js'
import { checkPlugins, publishAnnotations, renderSummary, toSarif } from './plugin-gate/index.js'

function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

/** A folder inside the workspace: the gate reads plugin files and never leaves the checkout. */
function isPluginPath(value: string): boolean {
  const full = resolve(workspace(), value)
  const inside = relative(workspace(), full)
  // eslint-disable-next-line no-control-regex -- a control character in a path is always a mistake
  return !/[\u0000-\u001f]/.test(value) && !inside.startsWith('..') && !isAbsolute(inside) && existsSync(full) && statSync(full).isDirectory()
}

const options: OptionSpec[] = [
  {
    name: 'plugin-path',
    description: 'check-plugin: one plugin folder (with info.php), or a folder of plugin folders, in the workspace.',
    accepts: 'an existing folder inside the workspace',
    default: '.',
    valid: isPluginPath
  },
  {
    name: 'previous-plugin-version',
    description: 'check-plugin: the plugin version users have installed; an update from it is judged the way i-MSCP 1.2.3 judges it (a string comparison).',
    accepts: 'a plugin version such as 1.0.9',
    valid: (v) => /^[A-Za-z0-9._+-]{1,64}$/.test(v)
  }
]

async function checkPlugin(context: { options: Record<string, string>; releases: ImscpRelease[]; logDir: string }): Promise<TaskOutcome> {
  const report = await checkPlugins({
    pluginPath: resolve(workspace(), context.options['plugin-path']),
    releases: context.releases.map(({ version, pluginApi, managerChecksApi }) => ({ version, pluginApi, managerChecksApi })),
    previousPluginVersion: context.options['previous-plugin-version'] || undefined,
    workspace: workspace()
  })
  publishAnnotations(report, core)
  const sarif = writeJson(`${context.logDir}/plugin-gate.sarif`, toSarif(report))
  const refused = report.verdicts.filter((v) => v.verdict === 'refused')
  return {
    status: report.compatible ? 'success' : 'failed',
    failure: refused.length ? `${refused.length} plugin × release combination(s) refused: ${refused.map((v) => `${v.plugin} on ${v.release}`).join(', ')}` : undefined,
    outputs: { compatible: String(report.compatible), sarif },
    details: report,
    summary: (summary) => summary.addTable(renderSummary(report).map((row, i) => row.map((data) => ({ data, header: i === 0 }))))
  }
}

export const imscp: Product<ImscpRelease> = {
  id: 'imscp',
  title: 'i-MSCP',
  catalogue,
  versionNote: VERSION_NOTE,
  options,
  modes: {
    'check-plugin': {
      kind: 'runner',
      summary: 'decide per release whether the plugins in plugin-path would be accepted, as annotations on their files',
      runbook: ({ options: o, releases }) => [
        `find the plugins under ${o['plugin-path']} (a folder with info.php, or a folder of them)`,
        `read each info.php with a PHP parser (never executed); scan its PHP and Perl files`,
        `judge them as i-MSCP ${releases.map((r) => `${r.version} (plugin API ${r.pluginApi}${r.managerChecksApi ? ', checks require_api' : ', checks nothing'})`).join(', ')} would`,
        ...(o['previous-plugin-version'] ? [`judge the update from ${o['previous-plugin-version']} as 1.2.3 does (string comparison)`] : []),
        'annotate each finding on its file and line; summary table plugin × release; plugin-gate.sarif; fail when any release refuses a plugin'
      ],
      run: checkPlugin
    }
  },
  noPanel: 'check-plugin runs on the runner; no panel is involved',
  outputs: ['compatible', 'sarif']
}
