/**
 * The check-plugin sub-action (`uses: <owner>/<repo>/check-plugin@<tag>`): the same task as
 * `mode: check-plugin`, with only the inputs a plugin author needs. Its bundle holds the gate,
 * the i-MSCP catalogue and the report, not the host engine: nothing here imports the product
 * registry, the procedures, the SSH target or the step runner.
 */
import * as core from '@actions/core'
import { join } from 'node:path'
import { annotations } from '../../../report/annotations.js'
import { guardedGroup, info, safeLine } from '../../../report/console.js'
import { OUTPUTS, type OutputDoc } from '../../../report/outputs.js'
import { COMMON_INPUTS, type InputDoc } from '../../../settings/inputs.js'
import type { Settings } from '../../../settings/settings.js'
import { checkValue, optionValue, prepareLogDir } from '../../../settings/values.js'
import { runTask, taskRunbook } from '../../../task.js'
import { catalogue } from '../catalogue.js'
import { checkPluginMode, PLUGIN_OPTIONS } from './mode.js'

/** Every release: what a plugin's CI wants unless it says otherwise. */
const ALL_RELEASES = '1.2.x'

const common = (name: string): InputDoc => COMMON_INPUTS.find((doc) => doc.name === name)!

/** The sub-action's inputs, in its action.yml order; the descriptions are the main action's. */
export const CHECK_PLUGIN_INPUTS: InputDoc[] = [
  { ...common('version'), description: 'i-MSCP release(s) to judge the plugins for: a release (1.2.0 to 1.2.3), a range such as 1.2.x, latest, or a comma-separated list.', required: false, default: ALL_RELEASES, actionDefault: ALL_RELEASES },
  ...PLUGIN_OPTIONS.map((spec): InputDoc => ({
    name: spec.name,
    description: spec.description.replace(/^check-plugin: (.)/, (_, c: string) => c.toUpperCase()),
    accepts: spec.accepts,
    default: spec.default,
    actionDefault: spec.default ?? ''
  })),
  common('log-dir')
]

const output = (name: string, description?: string): OutputDoc => {
  const doc = OUTPUTS.find((o) => o.name === name)!
  return { ...doc, description: description ?? doc.description.replace(/^check-plugin: (.)/, (_, c: string) => c.toUpperCase()) }
}

/** The outputs a plugin author reads (the task also sets changed=false, as every runner task does). */
export const CHECK_PLUGIN_OUTPUTS: OutputDoc[] = [
  output('status', 'success, or failed when a release refuses a plugin or an input is refused.'),
  output('compatible'),
  output('sarif'),
  output('log-dir'),
  output('report', 'Path of the JSON report (report.json in log-dir): every verdict and finding.')
]

export type Reader = (name: string) => string

export async function runCheckPluginAction(read: Reader = (name) => core.getInput(name, { trimWhitespace: false })): Promise<void> {
  try {
    const value = (name: string): string => checkValue(CHECK_PLUGIN_INPUTS.find((doc) => doc.name === name)!, read(name))
    const version = value('version') || ALL_RELEASES
    const releases = catalogue.resolve(version)
    const options = Object.fromEntries(PLUGIN_OPTIONS.map((spec) => [spec.name, optionValue(spec, value(spec.name))]))
    const logDir = prepareLogDir(value('log-dir') || join(process.env.RUNNER_TEMP || process.cwd(), 'hostpanel-logs'))
    const release = releases[releases.length - 1]!
    const settings: Settings = {
      product: 'imscp',
      version,
      release: release.version,
      releases: releases.map((r) => r.version),
      mode: 'check-plugin',
      procedure: 'check-plugin',
      // A task on the runner has no host, lock or time limit of its own: the main action's defaults, unused.
      timeoutMinutes: 90,
      lockTimeoutMinutes: 10,
      logDir,
      force: false,
      options,
      secretOptions: []
    }
    const context = { settings, options, release, releases }
    const end = guardedGroup(`Plan: ${catalogue.title} check-plugin ${version}`, false)
    for (const line of taskRunbook(catalogue, 'check-plugin', checkPluginMode, context)) info(line)
    end()
    await runTask(settings, catalogue, checkPluginMode, context)
  } catch (error) {
    core.setOutput('status', 'failed')
    core.setFailed(safeLine(error instanceof Error ? error.message : String(error)))
  } finally {
    annotations.flush()
  }
}
