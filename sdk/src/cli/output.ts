export interface TextStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * Where a command's words go. Results go to stdout: text for people, or with `--json` one JSON
 * document (or one per line for streams) and nothing else. Notes and progress go to stderr, so
 * they never mix into what a script reads.
 */
export class Output {
  constructor(
    readonly json: boolean,
    private readonly stdout: TextStream,
    private readonly stderr: TextStream,
  ) {}

  /** The command's result: `value` as JSON, or the text lines `text` renders from it. */
  result<T>(value: T, text: (value: T) => string[]): void {
    if (this.json) this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else for (const line of text(value)) this.stdout.write(`${line}\n`);
  }

  /** One item of a stream: a JSON line, or a text line. */
  item<T>(value: T, text: (value: T) => string): void {
    this.stdout.write(this.json ? `${JSON.stringify(value)}\n` : `${text(value)}\n`);
  }

  /** A note for the person at the terminal, whatever the output mode. */
  note(line: string): void {
    this.stderr.write(`${line}\n`);
  }

  /** Whether stderr is a terminal, where a progress bar can redraw itself. */
  get interactive(): boolean {
    return this.stderr.isTTY === true;
  }

  /** Raw stderr, for the progress bar's carriage returns. */
  status(text: string): void {
    this.stderr.write(text);
  }
}
