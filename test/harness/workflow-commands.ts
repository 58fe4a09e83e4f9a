/**
 * Workflow commands printed on stdout (`::name prop=value,...::data`), parsed as the runner does
 * (actions/runner `ActionCommand.TryParseV2`): the line may have leading spaces; only registered
 * command names count; properties are split on `,` then on the first `=`; data and properties are
 * unescaped (`%0D`, `%0A`, `%25`, and in properties also `%3A`, `%2C`). `::stop-commands::TOKEN`
 * turns processing off until a line `::TOKEN::`.
 */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** 1-based line of stdout the command was on. */
  line: number;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface ParsedWorkflowCommands {
  commands: WorkflowCommand[];
  annotations: Annotation[];
  /** Values registered with `::add-mask::`, in order, without duplicates. */
  masks: string[];
  debug: string[];
}

const REGISTERED = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'stop-commands',
]);

function unescapeData(value: string): string {
  return value.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
}

function unescapeProperty(value: string): string {
  return value
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');
}

/** One stdout line as a workflow command, or undefined when it is not one. */
export function parseWorkflowCommand(text: string, line = 1): WorkflowCommand | undefined {
  const message = text.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!REGISTERED.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const part of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      // The runner drops empty entries of the split on '=', so `key=` and `=value` are ignored.
      if (eq <= 0 || eq === part.length - 1) continue;
      properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)), line };
}

function toNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

function toAnnotation(cmd: WorkflowCommand): Annotation {
  const annotation: Annotation = { level: cmd.command as AnnotationLevel, message: cmd.data };
  const p = cmd.properties;
  if (p.title !== undefined) annotation.title = p.title;
  if (p.file !== undefined) annotation.file = p.file;
  const numbers = {
    line: toNumber(p.line),
    endLine: toNumber(p.endLine),
    col: toNumber(p.col),
    endColumn: toNumber(p.endColumn),
  };
  for (const [key, value] of Object.entries(numbers)) {
    if (value !== undefined) annotation[key as keyof typeof numbers] = value;
  }
  return annotation;
}

/** Every workflow command in a process's stdout, with annotations, masks and debug lines pulled out. */
export function parseWorkflowCommands(stdout: string): ParsedWorkflowCommands {
  const result: ParsedWorkflowCommands = { commands: [], annotations: [], masks: [], debug: [] };
  let stopToken: string | undefined;
  const lines = stdout.split('\n');
  for (const [index, raw] of lines.entries()) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (stopToken !== undefined) {
      if (text.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const cmd = parseWorkflowCommand(text, index + 1);
    if (cmd === undefined) continue;
    result.commands.push(cmd);
    switch (cmd.command) {
      case 'error':
      case 'warning':
      case 'notice':
        result.annotations.push(toAnnotation(cmd));
        break;
      case 'add-mask':
        if (cmd.data.trim() !== '' && !result.masks.includes(cmd.data)) result.masks.push(cmd.data);
        break;
      case 'debug':
        result.debug.push(cmd.data);
        break;
      case 'stop-commands':
        if (cmd.data !== '') stopToken = cmd.data;
        break;
    }
  }
  return result;
}
