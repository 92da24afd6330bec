import { ConnectionError, MarqueeError, TimeoutError } from '../index.ts';

/** What `marquee` exits with; `--help` lists them, so scripts can branch on them. */
export const EXIT = {
  ok: 0,
  /** The API answered with a problem (refusal or failure), or something else went wrong. */
  failed: 1,
  /** The command line, the configuration or an input file is wrong: nothing was sent. */
  usage: 2,
  /** No answer: the API could not be reached or did not answer in time. */
  unreachable: 3,
  /** Ctrl-C stopped a command that had work left (the shell's convention, 128 + SIGINT). */
  interrupted: 130,
} as const;

export const EXIT_CODES_HELP = `Exit codes:
  0    ok (also when Ctrl-C ends events tail or webhooks listen)
  1    the API refused or failed the request
  2    usage error: the command, its flags, the configuration or an input file
  3    could not connect to the API, or no answer in time
  130  Ctrl-C stopped a sync before it finished`;

/** A mistake on the command line or in its inputs, found before anything was sent. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose `--help` explains the fix, e.g. `bookings list`. */
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

export interface Failure {
  exitCode: number;
  /** Human lines for stderr: the first says what went wrong, the rest list field problems. */
  lines: string[];
  /** The machine-readable form, for `--json`. */
  json: Record<string, unknown>;
}

/**
 * How an error reads on the terminal: one line (plus one per invalid field), never a stack
 * trace, and never any of `secrets`, whatever text the error carries.
 */
export function describeFailure(error: unknown, secrets: readonly string[]): Failure {
  const hide = (text: string) => secrets.reduce((result, secret) => (secret ? result.split(secret).join('[redacted]') : result), text);
  const failure = classify(error);
  return { ...failure, lines: failure.lines.map(hide), json: JSON.parse(hide(JSON.stringify(failure.json))) as Record<string, unknown> };
}

function classify(error: unknown): Failure {
  if (error instanceof UsageError) {
    const help = error.command ? `marquee ${error.command} --help` : 'marquee --help';
    return { exitCode: EXIT.usage, lines: [`marquee: ${error.message} (see \`${help}\`)`], json: { error: { kind: 'usage', message: error.message } } };
  }
  if (error instanceof ConnectionError || error instanceof TimeoutError) {
    return { exitCode: EXIT.unreachable, lines: [`marquee: ${error.message}`], json: { error: { kind: 'unreachable', message: error.message } } };
  }
  if (error instanceof MarqueeError && error.problem) {
    const { title, detail, status, code, requestId } = error;
    const hint = status === 401 ? ' Check MARQUEE_API_KEY or --api-key.' : '';
    const lines = [`marquee: ${title}: ${detail} (${status} ${code}, request ${requestId})${hint}`];
    for (const issue of error.errors) lines.push(`  ${issue.path || '/'}: ${issue.message} (${issue.code})`);
    return { exitCode: EXIT.failed, lines, json: { error: { kind: 'api', ...error.problem } } };
  }
  if (error instanceof MarqueeError) {
    return { exitCode: EXIT.failed, lines: [`marquee: ${error.message}`], json: { error: { kind: 'api', status: error.status, message: error.message } } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: EXIT.failed, lines: [`marquee: ${message}`], json: { error: { kind: 'internal', message } } };
}
