import type { DemoScreen } from './demo-fixtures.ts';

// Builds a realistic seat layout for a demo screen: lettered rows front to back (no I, which
// reads like 1), a centre aisle, an empty row between categories, wider recliners, and
// wheelchair places with companion seats at both ends of the front row.

const ROW_LETTERS = 'ABCDEFGHJKLMNOPQRSTUVWXYZ';

export interface DemoSeat {
  label: string;
  rowLabel: string;
  seatNumber: number;
  category: 'standard' | 'premium' | 'recliner';
  x: number;
  y: number;
  wheelchair: boolean;
  companion: boolean;
}

export interface DemoLayout {
  seats: DemoSeat[];
  categories: string[];
  /** The layout document as a partner would submit it. */
  document: {
    rows: {
      label: string;
      y: number;
      category: string;
      seats: { number: number; label: string; x: number; wheelchair?: true; companion?: true }[];
    }[];
    aisles: { afterSeat: number; rows: string[] }[];
  };
}

export function buildDemoLayout(screen: DemoScreen): DemoLayout {
  const bands = [
    { category: 'standard' as const, rows: screen.standardRows, perRow: screen.seatsPerRow, width: 1 },
    { category: 'premium' as const, rows: screen.premiumRows, perRow: screen.seatsPerRow, width: 1 },
    { category: 'recliner' as const, rows: screen.reclinerRows, perRow: screen.reclinersPerRow, width: 2 },
  ];
  const seats: DemoSeat[] = [];
  const document: DemoLayout['document'] = { rows: [], aisles: [] };
  let rowIndex = 0;
  let y = 0;
  for (const band of bands) {
    const aisleAfter = Math.ceil(band.perRow / 2);
    const rowLabels: string[] = [];
    for (let r = 0; r < band.rows; r++, rowIndex++, y++) {
      const rowLabel = ROW_LETTERS.charAt(rowIndex);
      rowLabels.push(rowLabel);
      const row: DemoLayout['document']['rows'][number] = {
        label: rowLabel,
        y,
        category: band.category,
        seats: [],
      };
      for (let n = 1; n <= band.perRow; n++) {
        const x = (n - 1) * band.width + (n > aisleAfter ? 1 : 0);
        const frontRow = rowIndex === 0;
        const wheelchair = frontRow && (n === 1 || n === band.perRow);
        const companion = frontRow && (n === 2 || n === band.perRow - 1);
        const label = `${rowLabel}${n}`;
        seats.push({ label, rowLabel, seatNumber: n, category: band.category, x, y, wheelchair, companion });
        row.seats.push({
          number: n,
          label,
          x,
          ...(wheelchair ? { wheelchair: true as const } : {}),
          ...(companion ? { companion: true as const } : {}),
        });
      }
      document.rows.push(row);
    }
    document.aisles.push({ afterSeat: aisleAfter, rows: rowLabels });
    y++; // an empty row between categories
  }
  return { seats, categories: bands.map((band) => band.category), document };
}
