/**
 * The post step's sweep of what a killed main step left running on the runner: every
 * process whose command line names this run's SSH folder (the session's ssh, and any
 * ssh-keyscan under way). The folder is a fresh mkdtemp path, so nothing else can
 * name it.
 */
import { readdirSync, readFileSync } from 'node:fs'

function processesNaming(text: string): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry)
    if (!Number.isInteger(pid) || pid === process.pid) continue
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(text)) found.push(pid)
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return found
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch {
    // already gone, or not ours
  }
}

/** TERM, then KILL after `graceMs`, to every process naming `folder`; resolves to the ids it stopped. */
export async function stopProcessesNaming(folder: string, graceMs = 3000): Promise<number[]> {
  const pids = processesNaming(folder)
  for (const pid of pids) signal(pid, 'SIGTERM')
  const until = Date.now() + graceMs
  let left = pids
  while (left.length && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    left = processesNaming(folder).filter((pid) => pids.includes(pid))
  }
  for (const pid of left) signal(pid, 'SIGKILL')
  return pids
}
