import type { Schema } from '../index.ts';

/** `INR 800.00` from integer minor units, with the currency's own number of decimals. */
export function money(value: Schema<'Money'>): string {
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: value.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // An unknown currency code keeps two decimals rather than failing the whole listing.
  }
  const sign = value.amount < 0 ? '-' : '';
  const units = Math.abs(value.amount);
  const whole = Math.floor(units / 10 ** digits);
  const fraction = digits > 0 ? `.${String(units % 10 ** digits).padStart(digits, '0')}` : '';
  return `${value.currency} ${sign}${whole}${fraction}`;
}

/** Left-aligned columns under a header, two spaces apart. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

/** `label:` and value pairs, the labels padded to one width; pairs without a value are left out. */
export function fields(pairs: [string, string | null | undefined][]): string[] {
  const shown = pairs.filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '');
  const width = Math.max(...shown.map(([label]) => label.length)) + 2;
  return shown.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Words packed into lines of at most `width` characters. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines;
}
