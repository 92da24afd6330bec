import { benchBooking } from './booking.bench.ts';
import { benchCatalogue } from './catalogue.bench.ts';
import { benchScheduleSync } from './schedule-sync.bench.ts';

/**
 * `npm run bench`: each benchmark measures its baselines in the same run, prints figures and
 * ratios, and reports whether its target was met. Later issues add their benchmarks here.
 */
const benchmarks = [
  { name: 'catalogue', run: benchCatalogue },
  { name: 'booking', run: benchBooking },
  { name: 'schedule sync', run: benchScheduleSync },
];

let failed = 0;
for (const benchmark of benchmarks) {
  const { passed } = await benchmark.run();
  console.log(`${benchmark.name}: ${passed ? 'target met' : 'TARGET MISSED'}`);
  if (!passed) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
