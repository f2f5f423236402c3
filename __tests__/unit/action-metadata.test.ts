/**
 * action.yml as GitHub reads it: GitHub's own parser (@actions/workflow-parser) validates it
 * against the action schema (the strict root, which knows every key) and the workflows that
 * use it against the workflow schema; the Marketplace's limits hold; and the defaults that
 * action.yml declares are the ones the code applies when an input is not given.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { JSONObjectReader } from '@actions/workflow-parser/templates/json-object-reader'
import { TemplateSchema } from '@actions/workflow-parser/templates/schema/index'
import { TemplateContext, TemplateValidationErrors } from '@actions/workflow-parser/templates/template-context'
import { readTemplate } from '@actions/workflow-parser/templates/template-reader'
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader'
import { products } from '../../src/products/registry.js'
import { getSettings } from '../../src/settings/input-helper.js'
import { REPO_ROOT } from '../support/action-harness.js'

const PARSER = join(REPO_ROOT, 'node_modules', '@actions', 'workflow-parser', 'dist')

/** GitHub's parser on one file, with the schema read from the package's own JSON (as its parseAction does). */
function githubErrors(schemaFile: string, root: string, name: string, content: string): string[] {
  const schema = TemplateSchema.load(new JSONObjectReader(undefined, readFileSync(join(PARSER, schemaFile), 'utf8')))
  const context = new TemplateContext(new TemplateValidationErrors(), schema, new NoOperationTraceWriter())
  const fileId = context.getFileId(name)
  const reader = new YamlObjectReader(fileId, content)
  for (const error of reader.errors) context.error(fileId, error.message, error.range)
  if (reader.errors.length === 0) readTemplate(context, root, reader, fileId)
  return context.errors.getErrors().map((e) => e.message)
}

const ACTION = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')
const action = parse(ACTION) as { name: string; author: string; description: string; inputs: Record<string, { default?: string; required?: boolean }> }

it("passes GitHub's action schema (strict: every key known, every default's expression allowed)", () => {
  expect(githubErrors('action-v1.0.min.json', 'action-root-strict', 'action.yml', ACTION)).toEqual([])
  // The check can fail: an unknown key and an expression a default may not use.
  expect(githubErrors('action-v1.0.min.json', 'action-root-strict', 'bad.yml', 'name: x\ndescription: y\nrunz: {}\ninputs:\n  a:\n    description: a\n    default: ${{ secrets.X }}\nruns:\n  using: node24\n  main: a.js\n').length).toBeGreaterThanOrEqual(2)
})

it.each(readdirSync(join(REPO_ROOT, '.github', 'workflows')))("the workflow %s passes GitHub's workflow schema", (file) => {
  expect(githubErrors('workflow-v1.0.min.json', 'workflow-root-strict', file, readFileSync(join(REPO_ROOT, '.github', 'workflows', file), 'utf8'))).toEqual([])
  expect(githubErrors('workflow-v1.0.min.json', 'workflow-root-strict', 'bad.yml', 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n')).not.toEqual([])
})

it('has what the Marketplace asks for: a name and author that are not the slug, a description under 125 characters', () => {
  expect(action.name).not.toBe('hostpanel-action')
  expect(action.author).not.toBe('hostpanel-action')
  expect(action.description.length).toBeLessThan(125)
})

it('declares a default for every input that has one, and the code applies the same when the input is not given', () => {
  const temp = mkdtempSync(join(tmpdir(), 'runner-temp-'))
  process.env.RUNNER_TEMP = temp
  const fromActionYml = (name: string): string => (action.inputs[name]?.default ?? '').replace('${{ runner.temp }}', temp)
  for (const product of products()) {
    for (const mode of Object.keys(product.modes)) {
      const given: Record<string, string> = { product: product.id, version: 'latest', mode: 'plan', 'plan-for': mode, host: product.modes[mode].kind === 'host' ? 'runner' : '' }
      const unset = getSettings((name) => given[name] ?? '')
      // On a runner every input arrives, with action.yml's default where the workflow gave none.
      const runner = getSettings((name) => given[name] ?? fromActionYml(name))
      expect([product.id, mode, runner]).toEqual([product.id, mode, unset])
    }
  }
  expect(Object.entries(action.inputs).filter(([, input]) => !input.required && input.default === undefined)).toEqual([])
})

it("the README's whole-workflow examples (the fleet, the plugin gate) pass GitHub's workflow schema", () => {
  const blocks = [...readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => m[1]).filter((text) => /^jobs:/m.test(text))
  expect(blocks.length).toBeGreaterThanOrEqual(2)
  for (const block of blocks) expect(githubErrors('workflow-v1.0.min.json', 'workflow-root-strict', 'README.md', block)).toEqual([])
})
