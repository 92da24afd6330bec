import type { ResponseInfo } from './errors.ts';
import type { ApiResult } from './transport.ts';

/** One page of a list, as the API answered it, with the way to the next. */
export interface Page<Item> {
  data: Item[];
  nextCursor: string | null;
  hasMore: boolean;
  /** The next page, or `null` after the last. */
  nextPage(): Promise<Page<Item> | null>;
  response: ResponseInfo;
}

type PageBody<Item> = { data: Item[]; nextCursor: string | null };
/** Fetches the page after `cursor` (the first page for `undefined`). */
export type PageFetcher<Item> = (cursor: string | undefined) => Promise<ApiResult<PageBody<Item>>>;

/**
 * What every list method returns. `await` it for the first page; iterate it with `for await`
 * for every item across pages (requested one page at a time, as you consume them); `take(n)`
 * stops after n items.
 */
export class PagePromise<Item> implements PromiseLike<Page<Item>>, AsyncIterable<Item> {
  readonly [Symbol.toStringTag] = 'PagePromise';
  private first: Promise<Page<Item>> | undefined;

  constructor(private readonly fetchPage: PageFetcher<Item>) {}

  then<Fulfilled = Page<Item>, Rejected = never>(
    onfulfilled?: ((value: Page<Item>) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    this.first ??= this.load(undefined);
    return this.first.then(onfulfilled, onrejected);
  }

  catch<Rejected = never>(onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null): Promise<Page<Item> | Rejected> {
    return this.then(undefined, onrejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    let page: Page<Item> | null = await this;
    while (page) {
      yield* page.data;
      page = await page.nextPage();
    }
  }

  /** At most `count` items, fetching no more pages than they need. */
  async *take(count: number): AsyncIterable<Item> {
    if (count <= 0) return;
    let taken = 0;
    for await (const item of this) {
      yield item;
      if (++taken >= count) return;
    }
  }

  /** Every item (or the first `max`) in one array. */
  async toArray(max = Infinity): Promise<Item[]> {
    const items: Item[] = [];
    for await (const item of this.take(max)) items.push(item);
    return items;
  }

  private async load(cursor: string | undefined): Promise<Page<Item>> {
    const { data: body, response } = await this.fetchPage(cursor);
    const next = body.nextCursor;
    return {
      data: body.data,
      nextCursor: next,
      hasMore: next !== null,
      nextPage: () => (next === null ? Promise.resolve(null) : this.load(next)),
      response,
    };
  }
}
