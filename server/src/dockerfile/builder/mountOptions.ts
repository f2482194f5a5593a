/**
 * RUN --mount's value as the builder reads it: comma-separated fields (double quotes may hold commas),
 * each `key=value` or one of the few bare words, checked in order against the mount type known so far.
 */
import { holdsVariable, isGoBoolean } from './valueFormats';

export interface MountProblem {
  message: string;
  /** Offsets within the mount value. */
  start: number;
  end: number;
}

interface MountField {
  key: string;
  value: string | null;
  start: number;
  end: number;
}

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING_MODES = ['shared', 'private', 'locked'];
const KNOWN_KEYS = new Set(['type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw', 'required', 'size', 'id', 'sharing', 'mode', 'uid', 'gid', 'env']);
const UINT32_MAX = 2 ** 32 - 1;
// go-units' RAMInBytes: a number with an optional binary unit (`64m`, `1.5GiB`).
const RAM_SIZE = /^\d+(?:\.\d+)* ?[kKmMgGtTpP]?[iI]?[bB]?$/;

function splitFields(value: string): MountField[] {
  const fields: MountField[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i <= value.length; i++) {
    if (value[i] === '"') inQuotes = !inQuotes;
    if (i < value.length && (value[i] !== ',' || inQuotes)) continue;
    const text = value.slice(start, i).replace(/^"(.*)"$/s, '$1');
    const equals = text.indexOf('=');
    fields.push({ key: (equals < 0 ? text : text.slice(0, equals)).toLowerCase(), value: equals < 0 ? null : text.slice(equals + 1), start, end: i });
    start = i + 1;
  }
  return fields;
}

/** What the builder would refuse in one --mount value. */
export function mountProblems(mount: string): MountProblem[] {
  const problems: MountProblem[] = [];
  const report = (field: MountField | undefined, message: string) =>
    problems.push({ message, start: field?.start ?? 0, end: field?.end ?? mount.length });
  if (mount === '') return [{ message: 'the mount names no options', start: 0, end: 0 }];
  let type: string | undefined = 'bind';
  const seen = new Map<string, MountField>();
  for (const field of splitFields(mount)) {
    const { key, value } = field;
    if (value === null) {
      if (key === '') report(field, 'an empty option: a stray comma?');
      else if (key === 'required' && type !== undefined && type !== 'secret' && type !== 'ssh') report(field, `\`required\` only applies to secret and ssh mounts, not ${type}`);
      else if (!['readonly', 'ro', 'readwrite', 'rw', 'required'].includes(key)) report(field, `\`${key}\` needs a value: write \`${key}=<value>\``);
      continue;
    }
    seen.set(key, field);
    if (holdsVariable(value)) {
      // Expanded at build time; only `from` refuses variables outright.
      if (key === 'from' && value.indexOf('$') !== value.length - 1) report(field, '`from` cannot use variables; name a stage that uses them instead');
      if (key === 'type') type = undefined;
      continue;
    }
    const problem = fieldProblem(key, value, type);
    if (problem) report(field, problem);
    if (key === 'type' && MOUNT_TYPES.includes(value.toLowerCase())) type = value.toLowerCase();
  }
  if (type === undefined) return problems;
  for (const key of ['mode', 'uid', 'gid']) {
    if (seen.has(key) && !['secret', 'ssh', 'cache'].includes(type)) report(seen.get(key), `\`${key}\` does not apply to ${type} mounts`);
  }
  if (seen.has('sharing') && type !== 'cache') report(seen.get('sharing'), `\`sharing\` only applies to cache mounts, not ${type}`);
  if (type === 'secret') {
    if (seen.has('from')) report(seen.get('from'), 'a secret mount cannot take `from`');
    const source = seen.get('source') ?? seen.get('src');
    const target = seen.get('target') ?? seen.get('dst') ?? seen.get('destination');
    if (!source && !target && !seen.has('id')) report(undefined, 'a secret mount needs an `id`, a `source` or a `target`');
    if (source && seen.has('id')) report(seen.get('id'), 'a secret mount takes `id` or `source`, not both');
  }
  return problems;
}

function fieldProblem(key: string, value: string, type: string | undefined): string | undefined {
  switch (key) {
    case 'type':
      return MOUNT_TYPES.includes(value.toLowerCase()) ? undefined : `mount type \`${value}\` is not one of ${MOUNT_TYPES.join(', ')}`;
    case 'readonly':
    case 'ro':
    case 'readwrite':
    case 'rw':
      return isGoBoolean(value) ? undefined : `\`${key}\` takes true or false, not \`${value}\``;
    case 'required':
      if (type !== undefined && type !== 'secret' && type !== 'ssh') return `\`required\` only applies to secret and ssh mounts, not ${type}`;
      return isGoBoolean(value) ? undefined : `\`required\` takes true or false, not \`${value}\``;
    case 'size':
      if (type !== undefined && type !== 'tmpfs') return `\`size\` only applies to tmpfs mounts, not ${type}`;
      return RAM_SIZE.test(value) ? undefined : `\`size\` must be a size such as \`64m\`, not \`${value}\``;
    case 'sharing':
      return SHARING_MODES.includes(value.toLowerCase()) ? undefined : `sharing \`${value}\` is not one of ${SHARING_MODES.join(', ')}`;
    case 'mode':
      return /^[0-7]+$/.test(value) && parseInt(value, 8) <= UINT32_MAX ? undefined : `\`mode\` must be octal permissions such as \`0644\`, not \`${value}\``;
    case 'uid':
    case 'gid':
      return /^\d+$/.test(value) && Number(value) <= UINT32_MAX ? undefined : `\`${key}\` must be a numeric id, not \`${value}\``;
    default:
      return KNOWN_KEYS.has(key) ? undefined : `\`${key}\` is not a mount option`;
  }
}
