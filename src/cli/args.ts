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

export function parseArgs(argv: readonly string[]): ArgsResult {
  const positionals: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  let command: Command | null = null;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      if (command === null && positionals.length === 0 && !onlyPositionals) {
        if (!isCommand(arg))
          return { ok: false, message: `Unknown command "${arg}". Run xima-dial --help for the list` };
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
      const where = command ? ` for ${command}` : '';
      return { ok: false, message: `Unknown option --${name}${where}. Run xima-dial --help` };
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
