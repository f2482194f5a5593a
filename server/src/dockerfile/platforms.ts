/**
 * Platforms (`linux/arm64`, `linux/arm/v7`) read and normalised as containerd does for BuildKit: the
 * `--platform` of FROM, the platform an engine reports for itself and for an image.
 */

export interface Platform {
  os: string;
  architecture: string;
  /** `v7` for ARM 32-bit and the like; absent when the architecture has none worth naming. */
  variant?: string;
}

/** What a builder on a linux/amd64 machine fills in for a platform that names only an OS or only an architecture. */
export const LINUX_AMD64: Platform = { os: 'linux', architecture: 'amd64' };

// containerd's platform names: the operating systems and architectures it knows by name.
const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
const KNOWN_ARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);

function normalizeOs(os: string): string {
  const lower = os.toLowerCase();
  return lower === 'macos' ? 'darwin' : lower;
}

/** containerd's spellings of one architecture and its variants brought to one (`aarch64` is `arm64`; plain `arm` is `arm/v7`). */
function normalizeArchitecture(architecture: string, variant: string): { architecture: string; variant: string } {
  const arch = architecture.toLowerCase();
  const v = variant.toLowerCase();
  switch (arch) {
    case 'i386':
      return { architecture: '386', variant: '' };
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return { architecture: 'amd64', variant: v === 'v1' ? '' : v };
    case 'aarch64':
    case 'arm64':
      return { architecture: 'arm64', variant: ['8', 'v8', 'v8.0'].includes(v) ? '' : ['9', '9.0', 'v9.0'].includes(v) ? 'v9' : v };
    case 'armhf':
      return { architecture: 'arm', variant: 'v7' };
    case 'armel':
      return { architecture: 'arm', variant: 'v6' };
    case 'arm':
      return { architecture: 'arm', variant: v === '' || v === '7' ? 'v7' : ['5', '6', '8'].includes(v) ? `v${v}` : v };
    default:
      return { architecture: arch, variant: v };
  }
}

function platform(os: string, arch: { architecture: string; variant: string }): Platform {
  return arch.variant ? { os, architecture: arch.architecture, variant: arch.variant } : { os, architecture: arch.architecture };
}

/** A platform as an engine reports it (`Os`, `Architecture`, `Variant` of an image or of the engine), normalised. */
export function normalizePlatform(reported: Platform): Platform {
  return platform(normalizeOs(reported.os), normalizeArchitecture(reported.architecture, reported.variant ?? ''));
}

/**
 * The platform a `--platform` value names, normalised; a value naming only an OS or only an
 * architecture is completed from `builder`, the platform of the machine that builds. Undefined when
 * the value is not a platform.
 */
export function parsePlatform(value: string, builder: Platform): Platform | undefined {
  const parts = value.split('/');
  if (parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) return undefined;
  if (parts.length > 1) return platform(normalizeOs(parts[0]), normalizeArchitecture(parts[1], parts[2] ?? ''));
  const os = normalizeOs(parts[0]);
  if (KNOWN_OS.has(os)) return { ...builder, os };
  const arch = normalizeArchitecture(parts[0], '');
  return KNOWN_ARCH.has(arch.architecture) ? platform(builder.os, arch) : undefined;
}

/** `os/architecture[/variant]`, as BuildKit prints a platform. */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** BuildKit's test of whether a base image fits: the same OS and architecture (variants are not compared). */
export function sameOsAndArchitecture(a: Platform, b: Platform): boolean {
  return a.os === b.os && a.architecture === b.architecture;
}

/** The platform ARGs a build on `builder` for its own platform gives (see PLATFORM_ARGS in variables.ts). */
export function platformArgValues(builder: Platform): Record<string, string> {
  const values = { PLATFORM: formatPlatform(builder), OS: builder.os, ARCH: builder.architecture, VARIANT: builder.variant ?? '' };
  return Object.fromEntries(['BUILD', 'TARGET'].flatMap((prefix) => Object.entries(values).map(([name, value]) => [`${prefix}${name}`, value])));
}
