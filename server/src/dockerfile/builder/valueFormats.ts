/**
 * The value grammars the builder enforces while it reads a Dockerfile: Go durations, counts, file
 * permissions, platforms, stop signals and exposed ports. Each check returns what is wrong in a few
 * words, or undefined when the builder accepts the value.
 */
import type { FlagFormat } from '../../docs/instructions';

const DURATION_UNITS_NS: Record<string, number> = { ns: 1, us: 1e3, '\u00b5s': 1e3, '\u03bcs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const DURATION_PART = /(\d*)(?:\.(\d*))?(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/y;

/** Go's time.ParseDuration, in nanoseconds; undefined when Go would refuse the text. */
export function goDurationNs(text: string): number | undefined {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  let total = 0;
  DURATION_PART.lastIndex = 0;
  while (DURATION_PART.lastIndex < rest.length) {
    const match = DURATION_PART.exec(rest);
    // Each part needs a digit before or after the point, and a unit.
    if (!match || (match[1] === '' && (match[2] ?? '') === '')) return undefined;
    total += Number(`${match[1] || '0'}.${match[2] || '0'}`) * DURATION_UNITS_NS[match[3]];
  }
  return sign * total;
}

const MIN_INTERVAL_NS = 1e6;

function durationProblem(value: string): string | undefined {
  const ns = goDurationNs(value);
  if (ns === undefined) return 'is not a duration (write it like `30s`, `1m30s` or `500ms`)';
  if (ns !== 0 && ns < MIN_INTERVAL_NS) return 'must be 0 or at least 1ms';
  return undefined;
}

const INT32_MAX = 2 ** 31 - 1;

function countProblem(value: string): string | undefined {
  if (!/^[+-]?\d+$/.test(value)) return 'is not a whole number';
  const count = Number(value);
  if (count < 0) return 'cannot be negative';
  return count > INT32_MAX ? 'is too large' : undefined;
}

// Symbolic modes as chmod(1) writes them: `u+x`, `go-w`, `a=rX,u+w`.
const SYMBOLIC_MODE = /^[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+(?:,[ugoa]*(?:[-+=](?:[rwxXst]*|[ugo]))+)*$/;

function chmodProblem(value: string): string | undefined {
  if (/^[0-7]+$/.test(value)) return parseInt(value, 8) > 0o7777 ? 'is more than 7777' : undefined;
  return SYMBOLIC_MODE.test(value) ? undefined : 'is neither octal permissions (`755`) nor a symbolic mode (`u+x`)';
}

const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos', 'macos']);
const KNOWN_ARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le',
  'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
  // Spellings the builder normalises to the names above.
  'i386', 'x86_64', 'x86-64', 'aarch64', 'armhf', 'armel',
]);

/** containerd's platform syntax: `os[(version)][/arch[/variant]]`; a single word must be a known OS or architecture. */
function platformProblem(value: string): string | undefined {
  const parts = value.split('/');
  const invalid = 'is not a platform (write it like `linux/amd64` or `linux/arm64/v8`)';
  if (value.includes('*') || parts.length > 3) return invalid;
  if (!/^[A-Za-z0-9_-]+(?:\([A-Za-z0-9_.-]*\))?$/.test(parts[0]) || parts.slice(1).some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) return invalid;
  if (parts.length === 1) {
    const word = parts[0].replace(/\(.*\)$/, '').toLowerCase();
    if (!KNOWN_OS.has(word) && !KNOWN_ARCH.has(word)) return 'is neither a known operating system nor a known architecture';
  }
  return undefined;
}

/** What is wrong with a flag value of the given format (mount options have their own reader). */
export function flagFormatProblem(format: Exclude<FlagFormat, 'mount'>, value: string): string | undefined {
  if (typeof format === 'object') return format.oneOf.includes(value) ? undefined : `must be one of ${format.oneOf.map((w) => `\`${w}\``).join(', ')}`;
  switch (format) {
    case 'duration':
      return durationProblem(value);
    case 'count':
      return countProblem(value);
    case 'chmod':
      return chmodProblem(value);
    case 'platform':
      return platformProblem(value);
  }
}

const SIGNAL_NAMES = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT',
  'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
  'RTMIN', 'RTMAX',
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`),
]);

/** The builder accepts a non-zero number, or a Linux signal name with or without `SIG`, in any case. */
export function signalProblem(value: string): string | undefined {
  if (/^[+-]?\d+$/.test(value)) return Number(value) === 0 ? 'is not a signal: 0 sends nothing' : undefined;
  return SIGNAL_NAMES.has(value.toUpperCase().replace(/^SIG/, '')) ? undefined : 'is not a signal name or number';
}

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/**
 * EXPOSE's `[ip:][hostport:]port[-end][/protocol]`, as far as the builder refuses it: the container
 * port must be a number or an ascending range, and the protocol tcp, udp or sctp in any case. Port
 * numbers above 65535 (DL3011), the protocol's case and IP or host parts (BuildKit's ExposeProtoCasing
 * and ExposeInvalidFormat) are other rules' business.
 */
export function portProblem(spec: string): string | undefined {
  const containerPart = spec.slice(spec.lastIndexOf(':') + 1);
  const slash = containerPart.indexOf('/');
  const port = slash < 0 ? containerPart : containerPart.slice(0, slash);
  const protocol = slash < 0 ? '' : containerPart.slice(slash + 1).toLowerCase();
  if (port === '') return 'names no port';
  if (protocol !== '' && !PROTOCOLS.has(protocol)) return `has protocol \`${protocol}\`; the builder knows tcp, udp and sctp`;
  const range = /^(\d+)(?:-(\d+))?$/.exec(port);
  if (!range) return 'is not a port number or range';
  if (range[2] !== undefined && Number(range[2]) < Number(range[1])) return 'is a range that ends before it starts';
  return undefined;
}

const GO_BOOLEANS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Go's strconv.ParseBool, which the builder uses for mount options and `# check=error=`. */
export function isGoBoolean(text: string): boolean {
  return GO_BOOLEANS.has(text);
}

/** True when the builder expands variables in this text before reading it, so only the build can judge it. */
export function holdsVariable(text: string): boolean {
  return text.includes('$');
}
