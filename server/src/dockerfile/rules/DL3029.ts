import { hadolintUrl, type Rule } from '../../lint/rule';

/**
 * BuildKit's automatic platform arguments. hadolint accepts a --platform that mentions BUILDPLATFORM or
 * TARGETPLATFORM; the OS, architecture and variant halves of the same arguments are accepted too, since
 * `$TARGETOS/$TARGETARCH` follows the requested platform just as `$TARGETPLATFORM` does.
 */
const AUTOMATIC_PLATFORM_ARG = /\$\{?(BUILD|TARGET)(PLATFORM|OS|ARCH|VARIANT)\b/;

export const rule: Rule = {
  id: 'DL3029',
  source: 'hadolint',
  severity: 'warning',
  summary: 'FROM --platform fixes the platform instead of following the one the build asks for',
  url: hadolintUrl('DL3029'),
  docs: {
    why: 'A constant `--platform` pins the stage to one platform whatever `docker build --platform` requests, so multi-platform builds silently ship the wrong architecture (or run it emulated). Leave the flag out, or use BuildKit\'s `$BUILDPLATFORM` / `$TARGETPLATFORM` to cross-compile on purpose.',
    bad: 'FROM --platform=linux/amd64 golang:1.23\nRUN go build ./...',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.23\nRUN go build ./...',
  },
  check(file) {
    return file.stages.flatMap((stage) => {
      const flag = stage.from.getPlatformFlag();
      if (!flag || AUTOMATIC_PLATFORM_ARG.test(flag.getValue() ?? '')) return [];
      return [{ range: flag.getRange() }];
    });
  },
};
