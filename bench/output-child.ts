// The engine side of bench/output.ts, in a process of its own (argv: the sandbox host's info as JSON).
import type { SandboxHost } from '../__tests__/support/sandbox.ts'
import { child } from './output.ts'

await child({ info: JSON.parse(process.argv[2]) } as SandboxHost)
