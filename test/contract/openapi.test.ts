import { fileURLToPath } from 'node:url';
import t from 'tap';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { buildTestApp } from '../helpers/app.ts';
import { differences, operationShapes, securitySchemes } from './compare-documents.ts';

const authoredPath = fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url));

t.test('the served API matches the authored contract, operation by operation', async (t) => {
  const { app } = await buildTestApp(t);
  const response = await app.inject('/openapi.json');
  t.equal(response.statusCode, 200);
  const live = response.json();

  const authoredShapes = await operationShapes(authoredPath);
  const liveShapes = await operationShapes(live);
  t.ok(Object.keys(authoredShapes).length >= 9, 'the contract describes the operations');
  t.same(differences(authoredShapes, liveShapes), [], 'no drift in either direction');
  t.same(securitySchemes(live), securitySchemes(parse(readFileSync(authoredPath, 'utf8'))), 'same security schemes');
});

t.test('the comparison notices drift', async (t) => {
  const { app } = await buildTestApp(t);
  const live = (await app.inject('/openapi.json')).json();
  const authoredShapes = await operationShapes(authoredPath);

  const fieldDropped = structuredClone(live);
  delete fieldDropped.components.schemas.City.properties.timeZone;
  const found = differences(authoredShapes, await operationShapes(fieldDropped));
  t.match(found.join('\n'), /GET \/v1\/cities responses at \/200\/content\/application~1json\/schema\/properties\/data\/items\/properties\/timeZone/, 'a schema change is reported where it is');

  const routeAdded = structuredClone(live);
  routeAdded.paths['/v1/secret'] = { get: { responses: { 200: { description: 'x' } } } };
  t.match(differences(authoredShapes, await operationShapes(routeAdded)), ['GET /v1/secret: served, not in the contract']);

  const parameterChanged = structuredClone(live);
  parameterChanged.paths['/v1/cities'].get.parameters[0].schema.maximum = 500;
  t.match(differences(authoredShapes, await operationShapes(parameterChanged)).join('\n'), /GET \/v1\/cities parameters at \/query:limit\/schema\/maximum/);
});

t.test('the live document carries the contract\'s prose, and /docs renders it', async (t) => {
  const { app } = await buildTestApp(t);
  const live = (await app.inject('/openapi.json')).json();
  const listCities = live.paths['/v1/cities'].get;
  t.equal(listCities.description, 'Every city Marquee sells in, by id.');
  t.equal(listCities.responses['200'].description, 'A page of cities.');
  t.equal(listCities.parameters.find((p: { name: string }) => p.name === 'limit').description, 'How many items to return (1–100).');
  t.match(live.components.schemas.Problem.description, /RFC 9457/);

  const docs = await app.inject('/docs');
  const page = docs.statusCode === 302 ? await app.inject(String(docs.headers.location).replace(/^\.\//, '/docs/')) : docs;
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /text\/html/);
  t.match(page.body, /swagger-ui/i);
});
