import { quote } from './io';

/** A small argv parser: one command, positionals, and the flags that command accepts. */

export type FlagName =
  | 'host'
  | 'base-url'
  | 'extension'
  | 'token-file'
  | 'country'
  | 'format'
  | 'timeout'
  | 'selected'
  | 'caller-id'
  | 'prefix'
  | 'skill'
  | 'json'
  | 'help';

const BOOLEAN_FLAGS: ReadonlySet<FlagName> = new Set(['selected', 'json', 'help']);
const CONNECTION: FlagName[] = ['host', 'base-url', 'extension', 'token-file', 'timeout'];

export const COMMAND_FLAGS = {
  dial: [...CONNECTION, 'country', 'format', 'selected', 'caller-id', 'prefix'],
  'caller-ids': [...CONNECTION, 'json'],
  'select-caller-id': [...CONNECTION],
  callback: [...CONNECTION, 'country', 'format', 'skill'],
  parse: ['country', 'format', 'json'],
} satisfies Record<string, FlagName[]>;

export type Command = keyof typeof COMMAND_FLAGS;

export interface ParsedArgs {
  command: Command | null;
  positionals: string[];
  flags: Partial<Record<FlagName, string | true>>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; message: string };

const TOKEN_FLAG_MESSAGE =
  'There is no --token flag: command-line arguments are visible to other users. Set XIMA_TOKEN or use --token-file <file>';

function isCommand(word: string): word is Command {
  return Object.hasOwn(COMMAND_FLAGS, word);
}

function commandsWith(flag: FlagName): Command[] {
  return (Object.keys(COMMAND_FLAGS) as Command[]).filter((c) =>
    (COMMAND_FLAGS[c] as readonly FlagName[]).includes(flag),
  );
}

/** Letters that differ, are missing or are swapped: enough to catch "dail" and "caller-id". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

function unknownCommand(word: string): string {
  const typed = word.trim().toLowerCase();
  const commands = Object.keys(COMMAND_FLAGS) as Command[];
  const prefixed = commands.filter((c) => c.startsWith(typed));
  const close = commands
    .filter((c) => distance(typed, c) <= 2)
    .sort((a, b) => distance(typed, a) - distance(typed, b));
  const guesses = typed.length < 2 ? [] : prefixed.length > 0 ? prefixed : close.slice(0, 1);
  const near = guesses.length > 0 ? guesses.map((c) => `xima-dial ${c}`).join(' or ') : null;
  return near
    ? `Unknown command ${quote(word)} — did you mean ${near}?`
    : `Unknown command ${quote(word)}; the commands are ${Object.keys(COMMAND_FLAGS).join(', ')} (xima-dial --help explains them)`;
}

export function parseArgs(argv: readonly string[]): ArgsResult {
  const positionals: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  let command: Command | null = null;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      if (command === null && positionals.length === 0 && !onlyPositionals) {
        if (!isCommand(arg)) return { ok: false, message: unknownCommand(arg) };
        command = arg;
      } else positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h') {
      flags.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg.slice(2) : arg.slice(2, eq)) as FlagName;
    if (!arg.startsWith('--')) return { ok: false, message: `Unknown option "${arg}". Run xima-dial --help` };
    if ((name as string) === 'token') return { ok: false, message: TOKEN_FLAG_MESSAGE };
    const allowed: readonly FlagName[] = command ? COMMAND_FLAGS[command] : [];
    if (name !== 'help' && !allowed.includes(name)) {
      if (command === null && commandsWith(name).length > 0) {
        return {
          ok: false,
          message: `Put --${name} after the command, e.g. xima-dial ${commandsWith(name)[0]} --${name} …`,
        };
      }
      const where = command ? ` for ${command}` : '';
      return { ok: false, message: `Unknown option --${name}${where}; run xima-dial --help for the options` };
    }
    if (BOOLEAN_FLAGS.has(name)) {
      if (eq !== -1) return { ok: false, message: `--${name} takes no value` };
      flags[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined) return { ok: false, message: `--${name} needs a value` };
    flags[name] = value;
  }
  return { ok: true, args: { command, positionals, flags } };
}
