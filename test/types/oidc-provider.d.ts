// oidc-provider 8 ships no type declarations; these cover what test/helpers/oidc-provider.ts uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export default class Provider {
    constructor(issuer: string, configuration?: Record<string, unknown>);
    /** The provider as a plain Node request listener. */
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
