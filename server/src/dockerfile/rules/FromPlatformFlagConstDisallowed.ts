import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { expandRangeIn, globalScope } from '../variables';

// containerd's platform names: the operating systems and architectures it knows by name.
const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
const KNOWN_ARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);
const ARCH_ALIASES: Record<string, string> = { i386: '386', x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm' };
/** When the platform names only an OS or only an architecture, the builder fills in its own; assume a linux/amd64 one. */
const BUILDER = { os: 'linux', architecture: 'amd64' };

/** The OS and architecture a `--platform` value names, normalised as containerd does; undefined if it is not one. */
export function parsePlatform(value: string): { os: string; architecture: string } | undefined {
  const parts = value.split('/');
  if (parts.length > 3 || parts.some((part) => !/^[A-Za-z0-9_.-]+$/.test(part))) return undefined;
  const os = parts[0].toLowerCase() === 'macos' ? 'darwin' : parts[0].toLowerCase();
  const arch = (word: string) => ARCH_ALIASES[word.toLowerCase()] ?? word.toLowerCase();
  if (parts.length > 1) return { os, architecture: arch(parts[1]) };
  if (KNOWN_OS.has(os)) return { os, architecture: BUILDER.architecture };
  return KNOWN_ARCH.has(arch(parts[0])) ? { os: BUILDER.os, architecture: arch(parts[0]) } : undefined;
}

export const rule: Rule = {
  id: 'FromPlatformFlagConstDisallowed',
  source: 'buildkit',
  severity: 'warning',
  summary: 'FROM --platform is a fixed value, so the stage ignores the platform the build asks for',
  url: buildkitUrl('FromPlatformFlagConstDisallowed'),
  docs: {
    why: 'A constant `--platform=linux/amd64` pins the stage to one platform whatever `docker build --platform` asks for, so a multi-platform build gets the same binaries everywhere, or emulation. Use `$BUILDPLATFORM` for a stage that runs build tools and `$TARGETPLATFORM` (the default) for the stage that ends up in the image. A stage whose name mentions the platform (`AS build-amd64`) is taken to be pinned on purpose.',
    bad: 'FROM --platform=linux/amd64 golang:1.23 AS build\nRUN go build -o /out/app .',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nRUN go build -o /out/app .',
  },
  check(file) {
    const scope = globalScope(file);
    const findings: RuleFinding[] = [];
    for (const stage of file.stages) {
      const range = stage.from.getPlatformFlag()?.getValueRange();
      if (!range) continue;
      const { value, references } = expandRangeIn(file, range, scope);
      if (references.length > 0 || value === null) continue;
      const platform = parsePlatform(value);
      const name = stage.name?.toLowerCase() ?? '';
      if (!platform || name.includes(platform.os) || name.includes(platform.architecture)) continue;
      findings.push({ range, message: `FROM --platform flag should not use constant value "${value}"` });
    }
    return findings;
  },
};
