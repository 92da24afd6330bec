import type { SeatLayoutDocument } from '../seat-layout-document.ts';
import type { DemoScreen, DemoSeatCategory } from './fixtures.ts';

// A realistic seat layout for a demo screen, as a partner would submit it: lettered rows front to
// back (no I, which reads like 1), a centre aisle, an empty grid row between categories, recliners
// two columns wide, and wheelchair places with companion seats beside them at both ends of the
// front row.

const ROW_LETTERS = 'ABCDEFGHJKLMNOPQRSTUVWXYZ';

export function buildDemoLayout(screen: DemoScreen): SeatLayoutDocument {
  const bands: { category: DemoSeatCategory; rows: number; perRow: number; width: number }[] = [
    { category: 'standard', rows: screen.standardRows, perRow: screen.seatsPerRow, width: 1 },
    { category: 'premium', rows: screen.premiumRows, perRow: screen.seatsPerRow, width: 1 },
    { category: 'recliner', rows: screen.reclinerRows, perRow: screen.reclinersPerRow, width: 2 },
  ];
  const rows: SeatLayoutDocument['rows'] = [];
  let y = 0;
  for (const band of bands) {
    const aisleAfter = Math.ceil(band.perRow / 2);
    for (let r = 0; r < band.rows; r++, y++) {
      const frontRow = rows.length === 0;
      const seats = Array.from({ length: band.perRow }, (_, index) => {
        const number = index + 1;
        const wheelchair = frontRow && (number === 1 || number === band.perRow);
        const companion = frontRow && (number === 2 || number === band.perRow - 1);
        return {
          number,
          category: band.category,
          // The aisle is the column no seat occupies.
          x: index * band.width + (number > aisleAfter ? 1 : 0),
          ...(wheelchair ? { wheelchair } : {}),
          ...(companion ? { companion } : {}),
        };
      });
      rows.push({ label: ROW_LETTERS.charAt(rows.length), y, seats });
    }
    y++; // a cross aisle between categories
  }
  return { rows };
}
