/**
 * Everything the action prints that came from an input or a host goes through here, so
 * that no such text can ever form a workflow command (`::name::`, or the older `##[name]`).
 * The runner also splits lines at a lone carriage return, so those are taken out too.
 */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { secrets } from './redact.js'

const COMMAND_START = /^(\s*)(::|##\[)/

/** One line of untrusted text, safe to print: no line breaks, no command prefix, no secrets. */
export function safeLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is taken out
  const flat = secrets.redact(text).replace(/\r\n?|\n/g, ' ⏎ ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?')
  return flat.replace(COMMAND_START, '$1\u200b$2')
}

export function info(text: string): void {
  core.info(safeLine(text))
}

/**
 * A log group whose body echoes untrusted host output: workflow commands are switched
 * off meanwhile with a token the host cannot know. Returns the function that ends it.
 */
export function guardedGroup(title: string, echoing = true): () => void {
  core.startGroup(safeLine(title))
  const token = echoing ? randomUUID() : undefined
  if (token) core.info(`::stop-commands::${token}`)
  return () => {
    if (token) core.info(`::${token}::`)
    core.endGroup()
  }
}

/** HTML-escapes text for the job summary (host and input text is never markup). */
export function html(text: string): string {
  return secrets
    .redact(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\|/g, '&#124;')
}
