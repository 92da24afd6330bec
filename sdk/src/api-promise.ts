import type { ResponseInfo } from './errors.ts';
import type { ApiResult } from './transport.ts';

/**
 * What every method returns: await it for the body, or call `withResponse()` for the body and
 * what the answer said about it (status, `ETag`, request id, `Idempotent-Replayed`), from the
 * same single request.
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly [Symbol.toStringTag] = 'ApiPromise';
  constructor(private readonly result: Promise<ApiResult<T>>) {}

  withResponse(): Promise<{ data: T; response: ResponseInfo }> {
    return this.result;
  }

  then<Fulfilled = T, Rejected = never>(
    onfulfilled?: ((value: T) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    return this.result.then((answer) => answer.data).then(onfulfilled, onrejected);
  }

  catch<Rejected = never>(onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null): Promise<T | Rejected> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}
