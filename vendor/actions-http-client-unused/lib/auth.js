import { unused } from '../index.js'

export class BearerCredentialHandler {
  constructor() {
    throw unused('BearerCredentialHandler (core.getIDToken)')
  }
}
