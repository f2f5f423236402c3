// See package.json: nothing in hostpanel-action reaches this; if something ever does, it says so.
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with hostpanel-action (vendor/undici-unused): @actions/http-client cannot use a proxy here')
  }
}
