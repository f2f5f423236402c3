// See package.json: nothing in hostpanel-action reaches this; if something ever does, it says so.
export function unused(what) {
  return new Error(`@actions/http-client is not bundled with hostpanel-action (vendor/actions-http-client-unused): ${what} cannot be used here`)
}

export class HttpClient {
  constructor() {
    throw unused('HttpClient (core.getIDToken)')
  }
}
