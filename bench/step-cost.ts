// Row 1: the marginal cost of a trivial step over SSH: (a run of 21 steps - a run of 1) / 20.
// Anchors: a new ssh per command, a command over a master connection, and all commands
// in one ssh session (bash started per command), each per command.
import type { SandboxHost } from '../__tests__/support/sandbox.ts'
import { bareConfig, command, interleaved, median, ms, runSteps, sshTarget, timed, trivialSteps, type Row } from './lib.ts'

const STEPS = 20

export async function stepCost(host: SandboxHost): Promise<Row> {
  const target = sshTarget(host)
  await target.connect()
  const config = bareConfig(host)
  await command('ssh', ['-F', config, '-M', '-N', '-f', '-o', 'ControlPersist=60', 'bench'])
  const loop = `for i in $(seq ${STEPS}); do bash --noprofile --norc -c true; done`
  const anchors = { fresh: [] as number[], master: [] as number[], session: [] as number[] }
  const [project] = await interleaved(
    7,
    async () => {
      const one = await timed(() => runSteps(target, trivialSteps(1)))
      const many = await timed(() => runSteps(target, trivialSteps(STEPS + 1)))
      return (many - one) / STEPS
    },
    async () => {
      anchors.fresh.push(await timed(() => command('ssh', ['-F', config, '-o', 'ControlPath=none', 'bench', 'true'])))
      anchors.master.push(await timed(() => command('ssh', ['-F', config, 'bench', 'true'])))
      anchors.session.push((await timed(() => command('ssh', ['-F', config, 'bench', loop]))) / STEPS)
    }
  )
  await command('ssh', ['-F', config, '-O', 'exit', 'bench'])
  await target.close()
  const step = median(project)
  const one = median(anchors.session)
  return {
    what: 'marginal cost of a trivial step over SSH',
    project: ms(step),
    anchor: `new ssh per command ${ms(median(anchors.fresh))}; over the master ${ms(median(anchors.master))}; all in one ssh session ${ms(one)}/command`,
    ratio: `${(step / one).toFixed(2)}x one session`,
    goal: '<= 5 ms',
    met: step <= 5
  }
}
