/** The i-MSCP plugin compatibility gate (mode: check-plugin): one import for the action. */
export { checkPlugins, type CheckPluginsOptions } from './gate.js'
export { publishAnnotations, renderSummary, toSarif, type AnnotationProperties, type AnnotationSink } from './output.js'
export { type FindingLevel, type GateFinding, type GatePlugin, type GateRelease, type GateReport, type PluginReleaseVerdict, type RuleId, type Verdict } from './types.js'

import { catalogue } from '../catalogue.js'
import type { GateRelease } from './types.js'

/** The releases the gate knows: the i-MSCP catalogue's, with their plugin API. */
export const IMSCP_RELEASES: readonly GateRelease[] = catalogue.releases.map(({ version, pluginApi, managerChecksApi }) => ({ version, pluginApi, managerChecksApi }))
