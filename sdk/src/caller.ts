import type { ApiPromise } from './api-promise.ts';
import type { PagePromise } from './pagination.ts';
import type { ApiRequest, RequestOptions } from './transport.ts';

/** What the generated resources call: one request, or a list paged by `cursorParameter`. */
export interface Caller {
  call<T>(request: ApiRequest, options?: RequestOptions): ApiPromise<T>;
  list<Item>(request: ApiRequest, cursorParameter: string, options?: RequestOptions): PagePromise<Item>;
}

/** Fills a path template's parameters, each escaped. */
export function pathOf(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') throw new TypeError(`Marquee: path parameter '${name}' is required`);
    return encodeURIComponent(String(value));
  });
}
