/** The i-MSCP plugin compatibility gate (mode: check-plugin): one import for the action. */
export { checkPlugins, type CheckPluginsOptions } from './gate.js'
export { publishAnnotations, renderSummary, toSarif, type AnnotationProperties, type AnnotationSink } from './output.js'
export { IMSCP_RELEASES, type FindingLevel, type GateFinding, type GatePlugin, type GateRelease, type GateReport, type PluginReleaseVerdict, type RuleId, type Verdict } from './types.js'
