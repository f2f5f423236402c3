// The README demo: starts a fresh sandbox host dressed as Ubuntu 22.04, runs the bundled
// action end to end against it over SSH (main, then post, exactly as the runner calls
// them), prints the outputs and where the logs are, and tears the host down.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { runAction } from '../__tests__/support/action-harness.ts'
import { panelHost } from '../__tests__/support/ispmanager-host.ts'

const started = Date.now()
const panel = await panelHost('ubuntu-22.04', 'demo')
let code = 1
try {
  const { address } = panel.host.info
  console.log(`\n== sandbox host up: ${address} (systemd, sshd, PostgreSQL, MariaDB), dressed as Ubuntu 22.04`)
  console.log(`== stand-in installer served at ${panel.server.url('/install.eu.sh')}\n`)
  const inputs = panel.inputs({ 'panel-domain': 'panel.sandbox.test' })
  const main = await runAction('main', inputs, { workDir: panel.workDir, echo: true })
  console.log('\n== post step')
  const post = await runAction('post', inputs, { workDir: panel.workDir, state: main.state, echo: true })
  code = main.code ?? 1
  console.log('\n== outputs')
  for (const [name, value] of Object.entries(main.outputs)) console.log(`  ${name}: ${value}`)
  const report = JSON.parse(readFileSync(main.outputs.report, 'utf8'))
  console.log(`  panel seen from the runner: ${report.panelFromRunner ?? '(not checked)'}`)
  // The job summary's headline, as GitHub shows it above the step table (a link shows its URL).
  const headline = /<p>(.*?)<\/p>/.exec(main.summary)?.[1] ?? '(no headline)'
  console.log(`\n== job summary (${join(panel.workDir, 'main.summary.md')}), headline:`)
  console.log(`  ${headline.replace(/<[^>]+>/g, '')}`)
  console.log(`\n== logs in ${main.outputs['log-dir']}:`)
  for (const file of readdirSync(main.outputs['log-dir']).sort()) console.log(`  ${file}`)
  console.log(`\n== main exit ${main.code}, post exit ${post.code}, ${((Date.now() - started) / 1000).toFixed(1)} s in all`)
} finally {
  await panel.down()
  console.log('== sandbox host removed')
}
process.exit(code)
