import { benchBestAvailable } from './best-available.bench.ts';
import { benchBooking } from './booking.bench.ts';
import { benchCatalogue } from './catalogue.bench.ts';
import { benchScheduleSync } from './schedule-sync.bench.ts';
import { benchSeatMap } from './seat-map.bench.ts';

/**
 * `npm run bench`: each benchmark measures its baselines in the same run, prints figures and
 * ratios, and reports whether its target was met. Later issues add their benchmarks here.
 */
const benchmarks = [
  { name: 'catalogue', run: benchCatalogue },
  { name: 'booking', run: benchBooking },
  { name: 'schedule sync', run: benchScheduleSync },
  { name: 'best-available', run: benchBestAvailable },
  { name: 'seat-map', run: benchSeatMap },
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

let failed = 0;
for (const benchmark of selected) {
  const { passed } = await benchmark.run();
  console.log(`${benchmark.name}: ${passed ? 'target met' : 'TARGET MISSED'}`);
  if (!passed) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
