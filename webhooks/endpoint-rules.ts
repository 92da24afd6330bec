import { encryptSecret, newSigningSecret } from './secrets.ts';
import { resolveSafeTarget, UnsafeTargetError, type TargetPolicy } from './target-guard.ts';

/**
 * What registering or changing an endpoint needs from the delivery side, as plain functions the
 * app factory hands to the API (which never imports `webhooks/`): a signing secret sealed with the
 * key the worker opens it with, and the target guard the worker applies before every attempt.
 */
export function endpointRules(settings: { secretsKey: Buffer; targetPolicy: TargetPolicy }) {
  return {
    /** A new `whsec_` secret (shown once) and its sealed form, which is all that is stored. */
    newSigningSecret(): { secret: string; sealed: string } {
      const secret = newSigningSecret();
      return { secret, sealed: encryptSecret(secret, settings.secretsKey) };
    },
    /** Why the worker would refuse to send to this URL, or undefined when it may receive. */
    async targetRefusal(url: string): Promise<{ reason: string; message: string } | undefined> {
      try {
        await resolveSafeTarget(url, settings.targetPolicy);
        return undefined;
      } catch (error) {
        if (!(error instanceof UnsafeTargetError)) throw error;
        return { reason: error.reason, message: error.message };
      }
    },
  };
}
