import fc from 'fast-check';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';

/**
 * Every public operation, fed generated hostile path ids and query strings, answers a 2xx or a
 * 4xx problem: never a 5xx, never a body that is not JSON.
 */
const { app, adminKey } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Fuzzton' });
const movie = await fixture.movie({ title: 'Fuzz' });

const document = (await app.inject('/openapi.json')).json();
const operations = Object.entries<Record<string, { parameters?: { name: string; in: string }[] }>>(document.paths)
  .flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })))
  .filter(({ method }) => method === 'get');

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', '-1', '-0', '0', '101', '1e309', '-1e309', '0x10', '1_0', 'Infinity', 'NaN', 'null', '[]', '{}', '2030-02-30', '9999-99-99', "' or 1=1 --", '%00', '../..', 'a'.repeat(5000)),
);
const knownIds = fc.constantFrom(city.id, movie.id, 'cty_00000000000000000000000000');

for (const { path, operation } of operations) {
  t.test(`GET ${path} survives hostile input`, async (t) => {
    const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.oneof(fc.constantFrom(...queryNames, 'unknown'), fc.string({ maxLength: 10 })), hostileText, { maxKeys: 4 }),
        fc.array(fc.oneof(knownIds, hostileText), { minLength: 3, maxLength: 3 }),
        async (query, ids) => {
          let index = 0;
          const url =
            path.replace(/\{[^}]+\}/g, () => encodeURIComponent(ids[index++]!)) +
            '?' + new URLSearchParams(query).toString();
          const response = await app.inject(url);
          if (response.statusCode >= 500) throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
          if (response.statusCode >= 400 && !/^application\/problem\+json/.test(String(response.headers['content-type']))) {
            throw new Error(`${url} answered ${response.statusCode} without a problem body`);
          }
          JSON.parse(response.body);
        },
      ),
      { numRuns: 80 },
    );
    t.pass(`80 generated requests answered without a 5xx`);
  });
}
