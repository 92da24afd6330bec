/**
 * Which stored locale a reader prefers: from `?locale=` or the `Accept-Language` header, an ordered
 * list of candidate tags that the catalogue query matches against `movie_titles` in one statement.
 */

/** A BCP 47 tag as we store it, canonical case: language, optional script, optional region. */
export const LOCALE_PATTERN = '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$';

const storedLocale = new RegExp(LOCALE_PATTERN);
// A header is client-controlled text: only this many ranges are considered.
const MAX_RANGES = 10;

/** `TA-in` → `ta-IN`, `zh-hant-tw` → `zh-Hant-TW`: the case BCP 47 recommends, which we store. */
export function canonicalLocale(tag: string): string {
  return tag
    .split('-')
    .map((subtag, index) => {
      if (index === 0) return subtag.toLowerCase();
      if (/^[A-Za-z]{4}$/.test(subtag)) return subtag[0]!.toUpperCase() + subtag.slice(1).toLowerCase();
      if (/^[A-Za-z]{2}$/.test(subtag)) return subtag.toUpperCase();
      return subtag.toLowerCase();
    })
    .join('-');
}

/** Each tag followed by its primary language subtag, duplicates dropped: `ta-IN` falls back to `ta`. */
function withFallbacks(tags: string[]): string[] {
  const candidates = new Set<string>();
  for (const tag of tags) {
    candidates.add(tag);
    candidates.add(tag.split('-')[0]!);
  }
  return [...candidates];
}

/**
 * The language ranges of an `Accept-Language` header by preference (q, then order), canonical
 * case. Malformed ranges, `*` and `q=0` are ignored, never rejected: a browser's header must not
 * turn a read into an error.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  const ranges: { tag: string; quality: number; position: number }[] = [];
  for (const [position, part] of header.split(',').slice(0, MAX_RANGES).entries()) {
    const [range = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const qualityParameter = parameters.find((parameter) => /^q=/i.test(parameter));
    const quality = qualityParameter === undefined ? 1 : Number(qualityParameter.slice(2));
    if (!Number.isFinite(quality) || quality <= 0 || quality > 1) continue;
    const tag = canonicalLocale(range);
    // A tag with subtags we never store (`de-DE-1996`) still says which language is wanted.
    const primary = tag.split('-')[0]!;
    if (storedLocale.test(tag)) ranges.push({ tag, quality, position });
    else if (storedLocale.test(primary)) ranges.push({ tag: primary, quality, position });
  }
  ranges.sort((a, b) => b.quality - a.quality || a.position - b.position);
  return ranges.map((range) => range.tag);
}

/**
 * The candidate locales, best first. An explicit `?locale=` wins over the header; each preferred
 * tag is tried exactly, then by its primary subtag, before the next one.
 */
export function preferredLocales(request: { locale?: string; acceptLanguage?: string }): string[] {
  if (request.locale !== undefined) return withFallbacks([canonicalLocale(request.locale)]);
  return withFallbacks(acceptedLanguages(request.acceptLanguage));
}
