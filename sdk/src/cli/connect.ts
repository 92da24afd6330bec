import { Marquee, VERSION } from '../index.ts';
import type { OptionValues } from './command.ts';
import { UsageError } from './failure.ts';

export const DEFAULT_BASE_URL = 'http://127.0.0.1:3000';

export interface Connection {
  apiKey: string | undefined;
  baseUrl: string;
}

/** Flags win over the environment; a local `npm start` is the default API. */
export function connectionFrom(values: OptionValues, env: Record<string, string | undefined>): Connection {
  const flag = (name: string) => (typeof values[name] === 'string' && values[name] !== '' ? (values[name] as string) : undefined);
  return {
    apiKey: flag('api-key') ?? (env.MARQUEE_API_KEY || undefined),
    baseUrl: flag('base-url') ?? (env.MARQUEE_BASE_URL || DEFAULT_BASE_URL),
  };
}

/** A client for `connection`, or a usage error saying which setting is missing or wrong. */
export function clientFor(connection: Connection, command: string): Marquee {
  if (!connection.apiKey) throw new UsageError('no API key: set MARQUEE_API_KEY or pass --api-key', command);
  let url: URL;
  try {
    url = new URL(connection.baseUrl);
  } catch {
    throw new UsageError(`the base URL '${connection.baseUrl}' is not a URL (set MARQUEE_BASE_URL or --base-url)`, command);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`the base URL must be http or https, not ${url.protocol}`, command);
  return new Marquee({ baseUrl: connection.baseUrl, apiKey: connection.apiKey, userAgent: `marquee-cli/${VERSION}` });
}
