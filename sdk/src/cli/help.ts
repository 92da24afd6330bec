import { VERSION } from '../index.ts';
import { GLOBAL_OPTIONS, type Command, type OptionSpec } from './command.ts';
import { EXIT_CODES_HELP } from './failure.ts';

/** `marquee <command> --help`: usage, what it does, its options, the global ones, exit codes. */
export function helpFor(command: Command): string {
  const sections = [`Usage: marquee ${command.name} ${command.arguments}`.trimEnd(), command.description ?? command.summary];
  if (Object.keys(command.options).length > 0) sections.push(`Options:\n${optionLines(command.options)}`);
  sections.push(`Global options:\n${optionLines(GLOBAL_OPTIONS)}`);
  if (command.examples?.length) sections.push(`Examples:\n${command.examples.map((example) => `  ${example}`).join('\n')}`);
  sections.push(EXIT_CODES_HELP);
  return `${sections.join('\n\n')}\n`;
}

export function optionLines(options: Record<string, OptionSpec>): string {
  const flags = Object.entries(options).map(([name, spec]) =>
    [`${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`, spec.multiple ? `${spec.description} (repeatable)` : spec.description] as const,
  );
  const width = Math.max(...flags.map(([flag]) => flag.length)) + 2;
  return flags.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`).join('\n');
}

/** `marquee bookings`: the commands of one group. */
export function groupHelp(group: string, commands: Command[]): string {
  return `Usage: marquee ${group} <command> [options]\n\nCommands:\n${commandLines(commands)}\n\nRun \`marquee ${group} <command> --help\` for its options.\n`;
}

/** `marquee --help`: every command, the configuration, the global options, the exit codes. */
export function overview(commands: Command[]): string {
  return [
    `marquee ${VERSION}: the Marquee API from your shell`,
    'Usage: marquee <command> [options]',
    `Commands:\n${commandLines(commands)}`,
    'Configuration: MARQUEE_API_KEY (or --api-key) and MARQUEE_BASE_URL (or --base-url).\n' +
      'Run `marquee <command> --help` (or `marquee help <command>`) for its options,\n' +
      '`marquee --version` for the version.',
    `Global options:\n${optionLines(GLOBAL_OPTIONS)}`,
    EXIT_CODES_HELP,
  ].join('\n\n') + '\n';
}

function commandLines(commands: Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join('\n');
}
