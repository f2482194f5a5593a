import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { LINUX_AMD64, parsePlatform as parsePlatformOn } from '../platforms';
import { expandRangeIn, globalScope } from '../variables';

/** The OS and architecture a `--platform` value names, normalised as containerd does; undefined if it is not one. */
export function parsePlatform(value: string): { os: string; architecture: string } | undefined {
  // When the platform names only an OS or only an architecture, the builder fills in its own; assume a linux/amd64 one.
  const platform = parsePlatformOn(value, LINUX_AMD64);
  return platform && { os: platform.os, architecture: platform.architecture };
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
