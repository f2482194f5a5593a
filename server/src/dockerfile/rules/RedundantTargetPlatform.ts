import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { expandRangeIn, globalScope } from '../variables';

export const rule: Rule = {
  id: 'RedundantTargetPlatform',
  source: 'buildkit',
  severity: 'warning',
  summary: '`FROM --platform=$TARGETPLATFORM` asks for what every FROM already uses',
  url: buildkitUrl('RedundantTargetPlatform'),
  docs: {
    why: 'A stage is built for the target platform unless told otherwise, so `--platform=$TARGETPLATFORM` changes nothing and makes a reader wonder what it is for. `--platform` is useful for the other direction, `$BUILDPLATFORM`, to run build tools natively while cross-compiling. The quick fix removes the flag.',
    bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20\nRUN apk add --no-cache ca-certificates',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates',
  },
  check(file) {
    const scope = globalScope(file);
    const target = scope.get('TARGETPLATFORM')?.value;
    const findings: RuleFinding[] = [];
    for (const { from } of file.stages) {
      const flag = from.getPlatformFlag();
      const range = flag?.getValueRange();
      if (!flag || !range) continue;
      const { value, references } = expandRangeIn(file, range, scope);
      // Only TARGETPLATFORM, and nothing that could change what it expands to.
      const names = new Set(references.map((r) => r.name));
      if (names.size !== 1 || !names.has('TARGETPLATFORM') || value !== target) continue;
      const flagRange = flag.getRange();
      const after = file.lines[flagRange.end.line].slice(flagRange.end.character).match(/^[ \t]*/)?.[0].length ?? 0;
      findings.push({
        range,
        message: `Setting platform to predefined ${file.document.getText(range)} in FROM is redundant as this is the default behavior`,
        fix: { title: 'Remove --platform', edits: [{ range: { start: flagRange.start, end: { line: flagRange.end.line, character: flagRange.end.character + after } }, newText: '' }] },
      });
    }
    return findings;
  },
};
