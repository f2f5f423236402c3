/**
 * `mode: check-plugin` of the i-MSCP product and the check-plugin sub-action: the gate's
 * own inputs and the task that runs it. Light on purpose: the gate and its PHP parser are
 * loaded only when the task runs.
 */
import { realpathSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { annotations } from '../../../report/annotations.js'
import { writeJson } from '../../../report/report.js'
import type { OptionSpec, RunnerMode, TaskOutcome } from '../../product.js'
import type { ImscpRelease } from '../catalogue.js'
import { isInside } from './files.js'

export function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

/** A folder inside the workspace once every link is resolved: the gate never leaves the checkout. */
function isPluginPath(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- a control character in a path is always a mistake
  if (/[\u0000-\u001f]/.test(value)) return false
  try {
    const real = realpathSync(resolve(workspace(), value))
    return isInside(real, realpathSync(workspace())) && statSync(real).isDirectory()
  } catch {
    return false
  }
}

export const PLUGIN_OPTIONS: OptionSpec[] = [
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

export interface GateContext {
  options: Record<string, string>
  releases: ImscpRelease[]
  logDir: string
}

export async function checkPlugin(context: GateContext): Promise<TaskOutcome> {
  // The gate and its PHP parser are a bundle chunk of their own, loaded only here: every other run starts without them.
  const { checkPlugins, publishAnnotations, renderSummary, toSarif } = await import('./index.js')
  const report = await checkPlugins({
    pluginPath: resolve(workspace(), context.options['plugin-path']),
    releases: context.releases.map(({ version, pluginApi, managerChecksApi }) => ({ version, pluginApi, managerChecksApi })),
    previousPluginVersion: context.options['previous-plugin-version'] || undefined,
    workspace: workspace()
  })
  const sarif = writeJson(`${context.logDir}/plugin-gate.sarif`, toSarif(report))
  annotations.place(sarif)
  publishAnnotations(report, annotations)
  const refused = report.verdicts.filter((v) => v.verdict === 'refused')
  return {
    status: report.compatible ? 'success' : 'failed',
    failure: refused.length ? `${refused.length} plugin × release combination(s) refused: ${refused.map((v) => `${v.plugin} on ${v.release}`).join(', ')}` : undefined,
    outputs: { compatible: String(report.compatible), sarif },
    details: report,
    summary: (summary) => summary.addTable(renderSummary(report).map((row, i) => row.map((data) => ({ data, header: i === 0 }))))
  }
}

export const checkPluginMode: RunnerMode<ImscpRelease> = {
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
