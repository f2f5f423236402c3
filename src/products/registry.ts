/** The catalogue of products this release can run, chosen by the `product` input. */
import { InputError, type ProductId } from '../settings/settings.js'
import { ispmanager } from './ispmanager/product.js'
import type { Product } from './product.js'

const AVAILABLE: Partial<Record<ProductId, Product>> = {
  ispmanager
}

export function getProduct(id: ProductId): Product {
  const product = AVAILABLE[id]
  if (!product) {
    const available = Object.keys(AVAILABLE).join(', ')
    throw new InputError('product', `${id} is part of the plan but has no procedures in this release yet; available now: ${available}`)
  }
  return product
}

/** Input names whose values are secrets, for masking before anything else reads them. */
export function secretInputNames(): string[] {
  return ['ssh-key', ...Object.values(AVAILABLE).flatMap((p) => p.options.filter((o) => o.secret).map((o) => o.name))]
}
