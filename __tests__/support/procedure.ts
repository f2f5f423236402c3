// The procedure a product's host mode builds from action inputs, as the action builds it
// before it connects anywhere (for plan and procedure tests).
import type { Procedure } from '../../src/engine/procedure.js'
import type { ModeContext } from '../../src/products/product.js'
import { getProduct } from '../../src/products/registry.js'
import { getSettings } from '../../src/settings/input-helper.js'

export function procedureFor(inputs: Record<string, string>): Procedure {
  const settings = getSettings((name) => inputs[name] ?? '')
  const product = getProduct(settings.product)
  const mode = product.modes[settings.procedure]
  if (mode.kind !== 'host') throw new Error('not a host mode')
  const releases = settings.releases.map((v) => product.catalogue.find(v)!)
  const context: ModeContext = { settings, options: settings.options, release: releases.at(-1)!, releases }
  return mode.procedure(context)
}
