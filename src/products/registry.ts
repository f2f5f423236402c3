/** The products this release can run, chosen by the `product` input, and their inputs for the docs. */
import { COMMON_INPUTS, type InputDoc } from '../settings/inputs.js'
import { InputError, type ProductId } from '../settings/settings.js'
import { imscp } from './imscp/product.js'
import { ispmanager } from './ispmanager/product.js'
import type { Product } from './product.js'
import { vmm } from './vmm/product.js'

const AVAILABLE: Partial<Record<ProductId, Product>> = {
  ispmanager,
  imscp,
  vmm
}

export function products(): Product[] {
  return Object.values(AVAILABLE)
}

export function getProduct(id: ProductId): Product {
  const product = AVAILABLE[id]
  if (!product) {
    const available = Object.keys(AVAILABLE).join(', ')
    throw new InputError('product', `${id} is part of the plan but has no procedures in this release yet; available now: ${available}`)
  }
  return product
}

/**
 * Every input of the action: the common ones, then each product option once, listing
 * every product that reads it (an option several products share must mean the same).
 */
export function allInputs(): InputDoc[] {
  const merged = new Map<string, InputDoc>()
  for (const product of products()) {
    for (const option of product.options) {
      const known = merged.get(option.name)
      if (known) {
        if (known.secret !== option.secret || known.description !== option.description) {
          throw new Error(`input '${option.name}' is declared differently by ${known.products?.join(', ')} and ${product.id}`)
        }
        known.products?.push(product.id)
      } else {
        merged.set(option.name, { name: option.name, description: option.description, accepts: option.accepts, default: option.default, secret: option.secret, multiline: option.multiline, products: [product.id], actionDefault: option.default ?? '' })
      }
    }
  }
  return [...COMMON_INPUTS, ...merged.values()]
}

/** Input names whose values are secrets, of every product: masked and blanked whatever runs. */
export function secretInputNames(): string[] {
  return allInputs()
    .filter((i) => i.secret)
    .map((i) => i.name)
}
