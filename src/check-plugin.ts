/** Entry point of the check-plugin sub-action (check-plugin/action.yml). */
import { runCheckPluginAction } from './products/imscp/plugin-gate/action.js'

await runCheckPluginAction()
