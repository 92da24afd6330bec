import { newSigningSecret, sealSecret } from './secrets.ts';
import type { SecretsKeyRing } from './secrets-key-ring.ts';
import { resolveSafeTarget, UnsafeTargetError, type TargetPolicy } from './target-guard.ts';

/**
 * What registering or changing an endpoint needs from the delivery side, as plain functions the
 * app factory hands to the API (which never imports `webhooks/`): a signing secret sealed with the
 * ring's current key (every worker's ring opens it), and the target guard the worker applies before every attempt.
 */
export function endpointRules(settings: { secretsKeys: SecretsKeyRing; targetPolicy: TargetPolicy }) {
  return {
    /** A new `whsec_` secret (shown once) and its sealed form, which is all that is stored. */
    newSigningSecret(): { secret: string; sealed: string } {
      const secret = newSigningSecret();
      return { secret, sealed: sealSecret(secret, settings.secretsKeys) };
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
