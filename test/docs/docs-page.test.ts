import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { launchChromium } from '../helpers/chromium.ts';

/**
 * The API reference as a reader sees it: `/docs` opened in a real headless Chromium, served by the
 * production app on a real socket. Every tag and operation of the live `/openapi.json` must be on
 * the page, one "Try it out" call must reach the server and show its answer, and the page must load
 * without a single console error: a Content-Security-Policy that blocks Swagger UI's scripts,
 * styles or fetches shows up here first.
 */

const SCREENSHOT = fileURLToPath(new URL('../../.tap/screenshots/docs-page.png', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const { app, adminKey } = await buildTestApp(t);
const city = await catalogueFixture(app, adminKey).city({ name: 'Docs Page City' });
const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
const browser = await launchChromium(t);

interface LiveDocument {
  tags?: { name: string }[];
  paths: Record<string, Record<string, { tags?: string[]; operationId?: string }>>;
}

/** `GET /v1/cities`-style keys of every operation, and every tag the page must show. */
function listedIn(document: LiveDocument) {
  const operations: string[] = [];
  const tags = new Set((document.tags ?? []).map((tag) => tag.name));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.includes(method)) continue;
      operations.push(`${method.toUpperCase()} ${path}`);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  return { operations: operations.sort(), tags: [...tags].sort() };
}

t.test('/docs in headless Chromium: every tag and operation, a working "Try it out", no console errors', async (t) => {
  const live = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as LiveDocument;
  const expected = listedIn(live);
  t.ok(expected.operations.length >= 50 && expected.tags.length >= 10, `the live contract has ${expected.operations.length} operations under ${expected.tags.length} tags`);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.teardown(() => context.close());
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  // The violations themselves, also when the browser would only report them and not log them.
  // (A string: this file is compiled without the DOM's types.)
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
    console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI);
  });`);

  const opened = await page.goto(`${baseUrl}/docs`, { waitUntil: 'load' });
  t.equal(opened?.status(), 200, '/docs answers 200 (after its redirect, if any)');
  await page.locator('.swagger-ui .opblock').first().waitFor({ timeout: 30_000 });
  // A policy blocking Swagger UI's scripts or styles breaks everything after this: say so, and stop.
  if (!t.same(consoleErrors, [], 'the page loaded without a console error (a CSP blocking Swagger UI logs one)')) return;

  const shown = {
    tags: await page.locator('.opblock-tag[data-tag]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-tag') ?? '')),
    operations: await page.locator('.opblock').evaluateAll((elements) => elements.map((element) => {
      const method = element.querySelector('.opblock-summary-method')?.textContent ?? '?';
      const path = element.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? '?';
      return `${method.toUpperCase()} ${path}`;
    })),
  };
  t.same([...new Set(shown.tags)].sort(), expected.tags, 'every tag of the live contract is a section of the page, and no other');
  t.same(shown.operations.sort(), expected.operations, 'every operation of the live contract is listed once, and no other');

  // The first public read: list cities, tried from the page against this server.
  const listCities = page.locator('.opblock.opblock-get').filter({ has: page.locator('.opblock-summary-path[data-path="/v1/cities"]') });
  t.equal(await listCities.count(), 1, 'GET /v1/cities is on the page once');
  await listCities.locator('.opblock-summary').first().click();
  await listCities.locator('button.try-out__btn').click();
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/cities', { timeout: 30_000 });
  await listCities.locator('button.execute').click();
  const response = await answered;
  t.equal(new URL(response.url()).origin, baseUrl, 'the call went to the server that served the page');
  t.equal(response.status(), 200, 'and it answered 200');
  const liveResponse = listCities.locator('.live-responses-table .response');
  await liveResponse.first().waitFor({ timeout: 30_000 });
  t.equal((await liveResponse.locator('.response-col_status').first().innerText()).trim(), '200', 'the page shows the 200');
  const shownBody = await liveResponse.locator('.response-col_description pre').first().innerText();
  const body = JSON.parse(shownBody) as { data: { id: string; name: string }[]; nextCursor: string | null };
  t.match(body.data, [{ id: city.id, name: 'Docs Page City' }], 'and the real data: the city this test created');

  mkdirSync(dirname(SCREENSHOT), { recursive: true });
  writeFileSync(SCREENSHOT, await page.screenshot({ fullPage: true }));
  const png = readFileSync(SCREENSHOT);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  t.ok(png.subarray(0, 8).equals(PNG_SIGNATURE) && png.subarray(12, 16).toString('latin1') === 'IHDR', `${SCREENSHOT} is a PNG`);
  t.ok(width >= 1000 && height >= 2000 && png.length >= 50_000, `of a rendered page, not a blank one: ${width}×${height}, ${png.length} bytes`);

  t.same(consoleErrors, [], 'nor while trying it out (a CSP blocking the fetch would log one)');
});
