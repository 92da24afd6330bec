import type { Output } from './output.ts';

const BAR_WIDTH = 30;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, or a plain line per step where
 * stderr is a file or a pipe (a log has no use for carriage returns).
 */
export class Progress {
  private drawn = false;
  private lastLine = '';

  constructor(private readonly out: Output, private readonly label: string) {}

  /** Says on a terminal that work started, before the first step can say how much there is. */
  begin(): void {
    if (!this.out.interactive) return;
    this.out.status(`${this.label}…`);
    this.drawn = true;
  }

  update(done: number, total: number, unit: string): void {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const counts = `${done}/${total} ${unit}`;
    if (this.out.interactive) {
      const filled = Math.round(ratio * BAR_WIDTH);
      this.out.status(`\r\u001b[2K${this.label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.round(ratio * 100)}% ${counts}`);
      this.drawn = true;
      return;
    }
    const line = `${this.label}: ${counts}`;
    if (line !== this.lastLine) this.out.note(line);
    this.lastLine = line;
  }

  /** Ends the bar's line, so what follows starts on a line of its own. */
  finish(): void {
    if (this.drawn) this.out.status('\n');
    this.drawn = false;
  }
}
