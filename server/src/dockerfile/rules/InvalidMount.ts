import { berthUrl, type Rule } from '../../lint/rule';
import { instructionSyntax } from '../builder/instructionSyntax';
import { mountProblems } from '../builder/mountOptions';

export const rule: Rule = {
  id: 'InvalidMount',
  source: 'berth',
  severity: 'error',
  summary: 'A `RUN --mount` option the builder refuses',
  url: berthUrl('InvalidMount'),
  docs: {
    why: '`RUN --mount` takes comma-separated `key=value` options. The builder refuses unknown keys and mount types, a `sharing` other than shared, private or locked (and on anything but a cache mount), `mode`, `uid` and `gid` on bind and tmpfs mounts, `size` off a tmpfs mount, `required` off secret and ssh mounts, and a secret mount with nothing to name it.',
    bad: 'FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache/go-build,sharing=exclusive go build ./...',
    good: 'FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache/go-build,sharing=locked go build ./...',
  },
  check(file) {
    return instructionSyntax(file).flatMap(({ keyword, flags }) => {
      if (keyword !== 'RUN') return [];
      return flags
        .filter((flag) => flag.name === 'mount' && flag.value !== null)
        .flatMap((flag) =>
          mountProblems(flag.value as string).map((problem) => {
            const { valueOffset } = flag;
            // Point at the option when the value reads as written; otherwise at the whole value.
            const range =
              valueOffset === undefined || problem.start === problem.end
                ? (flag.valueRange ?? flag.range)
                : { start: file.document.positionAt(valueOffset + problem.start), end: file.document.positionAt(valueOffset + problem.end) };
            return { range, message: problem.message };
          }),
        );
    });
  },
};
