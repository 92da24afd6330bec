import { parseArgs } from 'node:util';
import { VERSION, type Marquee } from '../index.ts';
import { bookingCommands } from './bookings.ts';
import { GLOBAL_OPTIONS, type Command, type CommandContext, type OptionSpec } from './command.ts';
import { clientFor, connectionFrom } from './connect.ts';
import { eventCommands } from './events.ts';
import { describeFailure, EXIT, UsageError } from './failure.ts';
import { groupHelp, helpFor, overview } from './help.ts';
import { Interruption } from './interrupt.ts';
import { Output, type TextStream } from './output.ts';
import { syncCommand } from './sync.ts';
import { webhookCommands } from './webhooks.ts';

/** What the command needs from its process, passed in so nothing below reads globals. */
export interface CliEnvironment {
  env: Record<string, string | undefined>;
  stdout: TextStream;
  stderr: TextStream;
  /** Where SIGINT and SIGTERM arrive (the process). */
  signals: Pick<NodeJS.Process, 'on' | 'off'>;
  /** Ends the process at once: a second interrupt must not wait for a stuck command. */
  exit(code: number): void;
}

const COMMANDS: Command[] = [syncCommand, ...eventCommands, ...webhookCommands, ...bookingCommands];

/**
 * Runs one command line and resolves with its exit code; every failure becomes a short message
 * on stderr (see `describeFailure`) and one of the documented exit codes, never a stack trace.
 */
export async function runCli(argv: string[], environment: CliEnvironment): Promise<number> {
  if (argv.length === 1 && argv[0] === '--version') {
    environment.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const wantsHelp = argv.some((token) => token === '--help' || token === '-h');
  // Known before parsing, so that even a command line that does not parse fails as JSON.
  const json = argv.includes('--json');
  const { words, rest } = commandWords(argv);
  const command = COMMANDS.find((candidate) => candidate.name === words.slice(0, candidate.name.split(' ').length).join(' '));
  if (!command) return unmatched(words, { wantsHelp, json }, environment);

  const extra = words.slice(command.name.split(' ').length);
  if (wantsHelp) {
    environment.stdout.write(helpFor(command));
    return EXIT.ok;
  }
  let input: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    const parsed = parseArgs({ args: rest, options: parserOptions({ ...GLOBAL_OPTIONS, ...command.options }), allowPositionals: true, strict: true });
    input = { values: parsed.values, positionals: [...extra, ...parsed.positionals] };
  } catch (error) {
    return report(new UsageError(firstSentence((error as Error).message), command.name), json, [], environment);
  }
  return execute(command, input, environment);
}

async function execute(command: Command, input: Parameters<Command['run']>[1], environment: CliEnvironment): Promise<number> {
  const json = input.values.json === true;
  const connection = connectionFrom(input.values, environment.env);
  const out = new Output(json, environment.stdout, environment.stderr);
  let client: Marquee | undefined;
  const interruption = new Interruption(environment.signals, environment.exit);
  const context: CommandContext = {
    out,
    client: () => (client ??= clientFor(connection, command.name)),
    untilInterrupted: () => interruption.signal(),
  };
  try {
    return (await command.run(context, input)) ?? EXIT.ok;
  } catch (error) {
    return report(error, json, [connection.apiKey ?? ''], environment);
  } finally {
    interruption.stop();
    await client?.close();
  }
}

function report(error: unknown, json: boolean, secrets: string[], environment: CliEnvironment): number {
  const failure = describeFailure(error, secrets);
  for (const line of failure.lines) environment.stderr.write(`${line}\n`);
  if (json) environment.stdout.write(`${JSON.stringify(failure.json, null, 2)}\n`);
  return failure.exitCode;
}

/** No command matched: help for a group or for everything, or a usage error. */
function unmatched(words: string[], { wantsHelp, json }: { wantsHelp: boolean; json: boolean }, environment: CliEnvironment): number {
  const [first, second] = words[0] === 'help' ? words.slice(1) : words;
  const explicitHelp = wantsHelp || words[0] === 'help';
  const group = COMMANDS.filter((command) => command.name.startsWith(`${first} `));
  if (first === undefined) {
    (explicitHelp ? environment.stdout : environment.stderr).write(overview(COMMANDS));
    return explicitHelp ? EXIT.ok : EXIT.usage;
  }
  if (words[0] === 'help') {
    const command = COMMANDS.find((candidate) => candidate.name === [first, second].filter(Boolean).join(' '));
    if (command) {
      environment.stdout.write(helpFor(command));
      return EXIT.ok;
    }
  }
  if (group.length > 0 && (explicitHelp || second === undefined)) {
    (explicitHelp ? environment.stdout : environment.stderr).write(groupHelp(first, group));
    return explicitHelp ? EXIT.ok : EXIT.usage;
  }
  const unknown = group.length > 0 ? `${first} ${second}` : first;
  return report(new UsageError(`unknown command '${unknown}'`, group.length > 0 ? first : undefined), json, [], environment);
}

/**
 * The words (`bookings get bkg_1`: the command, then its arguments) wherever flags sit around
 * them, and the flags. A flag that takes a value keeps the next token as its value.
 */
function commandWords(argv: string[]): { words: string[]; rest: string[] } {
  const takesValue = new Set(
    [GLOBAL_OPTIONS, ...COMMANDS.map((command) => command.options)].flatMap((options) =>
      Object.entries(options).filter(([, spec]) => spec.type === 'string').map(([name]) => `--${name}`),
    ),
  );
  const words: string[] = [];
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    if (token === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    if (token.startsWith('-')) {
      rest.push(token);
      if (takesValue.has(token) && index + 1 < argv.length) rest.push(argv[++index]!);
    } else {
      words.push(token);
    }
  }
  return { words, rest };
}

function parserOptions(options: Record<string, OptionSpec>) {
  return Object.fromEntries(
    Object.entries(options).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) }]),
  );
}

function firstSentence(message: string): string {
  return message.split(/\.\s/)[0]!.replace(/\.$/, '');
}
