/** Shapes of the i-MSCP plugin gate's input and report. */

export interface GateRelease {
  /** i-MSCP release, '1.2.0'..'1.2.3'. */
  version: string
  /** iMSCP_Plugin_Manager::PLUGIN_API_VERSION of that release. */
  pluginApi: string
  /** The plugin manager itself refuses incompatible plugins (pluginCheckCompat, from 1.2.3). */
  managerChecksApi: boolean
}

export type Verdict = 'accepted' | 'accepted-with-warnings' | 'refused'
export type FindingLevel = 'error' | 'warning' | 'notice'

export type RuleId =
  | 'info-php-syntax'
  | 'info-php-not-array'
  | 'info-php-not-static'
  | 'info-php-runs-code'
  | 'info-php-output'
  | 'info-php-missing-key'
  | 'info-php-bad-value'
  | 'main-class-missing'
  | 'file-not-read'
  | 'php-syntax'
  | 'require-api-missing'
  | 'require-api-newer'
  | 'downgrade'
  | 'downgrade-string-compare'
  | 'self-check'
  | 'removed-accessor'
  | 'removed-perl-module'

export interface GateFinding {
  /** Plugin name (its folder name, as i-MSCP names it). */
  plugin: string
  /** The releases (versions) this finding holds for. */
  releases: string[]
  level: FindingLevel
  /** Path relative to the workspace, with '/' separators. */
  file: string
  /** 1-based. */
  line: number
  /** 1-based, when known. */
  column?: number
  rule: RuleId
  message: string
}

export interface PluginReleaseVerdict {
  plugin: string
  release: string
  verdict: Verdict
  /** Messages of the error (for 'refused') or warning findings behind the verdict. */
  reasons: string[]
}

export interface GatePlugin {
  name: string
  /** Folder relative to the workspace. */
  dir: string
  /** Statically read 'version' and 'require_api', when info.php has them as scalars. */
  version?: string
  requireApi?: string
}

export interface GateReport {
  /** False when any plugin is refused by any requested release. */
  compatible: boolean
  plugins: GatePlugin[]
  releases: GateRelease[]
  previousPluginVersion?: string
  /** One entry per plugin × release, plugins in discovery order, releases in request order. */
  verdicts: PluginReleaseVerdict[]
  findings: GateFinding[]
}
