import { ApiPromise } from './api-promise.ts';
import type { Caller } from './caller.ts';
import { MarqueeResources } from './generated/resources.ts';
import { PagePromise } from './pagination.ts';
import { Transport, type ApiRequest, type ClientOptions, type RequestOptions } from './transport.ts';

/**
 * The Marquee API client. One instance holds one keep-alive connection pool; share it, and
 * `close()` it when you are done.
 *
 * ```ts
 * const marquee = new Marquee({ baseUrl: 'https://api.marquee.example', apiKey: process.env.MARQUEE_API_KEY });
 * for await (const booking of marquee.bookings.list({ status: 'confirmed' })) console.log(booking.id);
 * ```
 */
export class Marquee extends MarqueeResources {
  private readonly transport: Transport;

  constructor(options: ClientOptions) {
    const transport = new Transport(options);
    super(callerOn(transport));
    this.transport = transport;
  }

  /** Closes the connection pool (not a dispatcher you passed in). */
  close(): Promise<void> {
    return this.transport.close();
  }
}

function callerOn(transport: Transport): Caller {
  return {
    call: <T>(request: ApiRequest, options?: RequestOptions) => new ApiPromise(transport.send<T>(request, options)),
    list: <Item>(request: ApiRequest, cursorParameter: string, options?: RequestOptions) =>
      new PagePromise<Item>((cursor) =>
        transport.send(cursor === undefined ? request : { ...request, query: { ...request.query, [cursorParameter]: cursor } }, options),
      ),
  };
}
