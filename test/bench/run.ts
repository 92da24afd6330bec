import { benchBestAvailable } from './best-available.bench.ts';
import { benchBooking } from './booking.bench.ts';
import { benchCatalogue } from './catalogue.bench.ts';
import { QUICK } from './mode.ts';
import { benchScheduleSync } from './schedule-sync.bench.ts';
import { benchSdk } from './sdk.bench.ts';
import { benchSeatMap } from './seat-map.bench.ts';
import { benchSellOut } from './sell-out.bench.ts';

/**
 * `npm run bench`: each benchmark starts the API as production runs it (`server/main.ts` in
 * processes of its own), drives it from this process, measures its baselines in the same run,
 * prints figures, ratios and CPU per request, and says whether its target was met. Exits non-zero
 * if any target is missed or any run saw a 5xx, an unexpected answer or a double sale.
 */
const benchmarks = [
  { name: 'catalogue', run: benchCatalogue },
  { name: 'booking', run: benchBooking },
  { name: 'sell-out', run: benchSellOut },
  { name: 'schedule sync', run: benchScheduleSync },
  { name: 'best-available', run: benchBestAvailable },
  { name: 'seat-map', run: benchSeatMap },
  { name: 'sdk', run: benchSdk },
];

/** `npm run bench -- seat-map booking` runs only those; a space and a hyphen in a name are alike. */
const nameKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '-');
const requested = process.argv.slice(2).map(nameKey);
const unknownNames = requested.filter((name) => !benchmarks.some((benchmark) => nameKey(benchmark.name) === name));
if (unknownNames.length > 0) {
  console.error(`no benchmark named ${unknownNames.join(', ')}; known: ${benchmarks.map((benchmark) => nameKey(benchmark.name)).join(', ')}`);
  process.exit(2);
}
const selected = requested.length === 0 ? benchmarks : benchmarks.filter((benchmark) => requested.includes(nameKey(benchmark.name)));

if (QUICK) console.log('QUICK MODE: figures are not comparable (BENCH_QUICK=1 shortens every run to a smoke check)');
let failed = 0;
for (const benchmark of selected) {
  let passed = false;
  try {
    ({ passed } = await benchmark.run());
  } catch (error) {
    // One benchmark's crash is reported and the others still run.
    console.log(`FAILED: ${benchmark.name} crashed: ${(error as Error).stack ?? String(error)}`);
  }
  console.log(`${benchmark.name}: ${passed ? 'target met' : 'TARGET MISSED'}`);
  if (!passed) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
