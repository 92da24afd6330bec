import type { Marquee } from '../index.ts';
import { UsageError } from './failure.ts';
import type { Output } from './output.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in the help, e.g. `<id>`. */
  value?: string;
  description: string;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandInput {
  values: OptionValues;
  positionals: string[];
}

/** What a command may use; the client is made on first use, so `--help` needs no API key. */
export interface CommandContext {
  out: Output;
  client(): Marquee;
  /** Aborted by the first SIGINT or SIGTERM; only long-running commands ask for it. */
  untilInterrupted(): AbortSignal;
}

export interface Command {
  /** The words that select it: `bookings list`, `sync`. */
  name: string;
  /** What follows the name in the usage line: `<bookingId> [options]`. */
  arguments: string;
  summary: string;
  /** Paragraphs shown under the usage line. */
  description?: string;
  options: Record<string, OptionSpec>;
  examples?: string[];
  run(context: CommandContext, input: CommandInput): Promise<number | void>;
}

/** Accepted by every command, before or after its name. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  'api-key': { type: 'string', value: '<key>', description: 'your API key (default: $MARQUEE_API_KEY; prefer the variable, flags show in process lists)' },
  'base-url': { type: 'string', value: '<url>', description: 'the API (default: $MARQUEE_BASE_URL, else http://127.0.0.1:3000)' },
  json: { type: 'boolean', description: 'print machine-readable JSON on stdout, and nothing else there' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

/** A string flag's value; `required` makes its absence a usage error. */
export function stringOption(command: Command, values: OptionValues, name: string, required: true): string;
export function stringOption(command: Command, values: OptionValues, name: string, required?: false): string | undefined;
export function stringOption(command: Command, values: OptionValues, name: string, required = false): string | undefined {
  const value = values[name];
  if (typeof value === 'string' && value !== '') return value;
  if (required) throw new UsageError(`${command.name} needs --${name} ${command.options[name]?.value ?? '<value>'}`, command.name);
  return undefined;
}

export function stringsOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item !== '');
}

export function integerOption(command: Command, values: OptionValues, name: string, range: { min: number; max?: number }): number | undefined {
  const text = stringOption(command, values, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < range.min || (range.max !== undefined && value > range.max)) {
    const bounds = range.max === undefined ? `at least ${range.min}` : `from ${range.min} to ${range.max}`;
    throw new UsageError(`--${name} takes a whole number ${bounds}, not '${text}'`, command.name);
  }
  return value;
}

/** The command's positional arguments, exactly as many as it names. */
export function positionalArguments(command: Command, positionals: string[], names: string[]): string[] {
  if (positionals.length < names.length) throw new UsageError(`${command.name} needs ${names.slice(positionals.length).join(' and ')}`, command.name);
  if (positionals.length > names.length) throw new UsageError(`unexpected argument '${positionals[names.length]}'`, command.name);
  return positionals;
}
