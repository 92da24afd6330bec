import { EXIT } from './failure.ts';

/** SIGINT and SIGTERM, heard only while a long-running command asks for them. */
export class Interruption {
  private controller: AbortController | undefined;
  // A second Ctrl-C means "now": a command stuck finishing up must not hold the terminal.
  private readonly onSignal = () => {
    if (this.controller?.signal.aborted) this.exit(EXIT.interrupted);
    this.controller?.abort();
  };

  constructor(
    private readonly signals: Pick<NodeJS.Process, 'on' | 'off'>,
    private readonly exit: (code: number) => void,
  ) {}

  /** Aborted by the first SIGINT or SIGTERM; from the first call on, those no longer end the process. */
  signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      this.signals.on('SIGINT', this.onSignal);
      this.signals.on('SIGTERM', this.onSignal);
    }
    return this.controller.signal;
  }

  stop(): void {
    if (!this.controller) return;
    this.signals.off('SIGINT', this.onSignal);
    this.signals.off('SIGTERM', this.onSignal);
  }
}
