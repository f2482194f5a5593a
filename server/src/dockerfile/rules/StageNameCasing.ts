import { Run, type Flag } from 'dockerfile-ast';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext, Stage } from '../context';
import { copyFromReferences, parentStage, sameStageName } from '../stages';

export const rule: Rule = {
  id: 'StageNameCasing',
  source: 'buildkit',
  severity: 'warning',
  summary: 'A stage name has capital letters; stage names are meant to be lower-case',
  url: buildkitUrl('StageNameCasing'),
  docs: {
    why: 'BuildKit lower-cases stage names before it looks them up, so `AS Builder` is really `builder`. Writing the name in capitals suggests a difference that does not exist and reads differently from the `--from` and `--target` values that point at it. The quick fix lower-cases the name and every reference to it in the file.',
    bad: 'FROM golang:1.23 AS Builder\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=Builder /out/app /usr/local/bin/app',
    good: 'FROM golang:1.23 AS builder\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=builder /out/app /usr/local/bin/app',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const stage of file.stages) {
      const range = stage.from.getBuildStageRange();
      const name = stage.name;
      if (!range || name === undefined || name === name.toLowerCase()) continue;
      findings.push({
        range,
        message: `Stage name '${name}' should be lowercase`,
        fix: { title: `Rename the stage to '${name.toLowerCase()}'`, edits: [range, ...referencesTo(file, stage)].map((r) => lowerCased(file, r)) },
      });
    }
    return findings;
  },
};

function lowerCased(file: DockerfileContext, range: Range): TextEdit {
  return { range, newText: file.document.getText(range).toLowerCase() };
}

/** Where later instructions name the stage: FROM, COPY --from and RUN --mount=…,from=. */
function referencesTo(file: DockerfileContext, stage: Stage): Range[] {
  const ranges: Range[] = [];
  for (const later of file.stages.slice(stage.index + 1)) {
    const image = later.from.getImageRange();
    if (image && parentStage(file, later) === stage) ranges.push(image);
    for (const instruction of later.instructions) {
      if (!(instruction instanceof Run)) continue;
      for (const flag of instruction.getFlags()) ranges.push(...mountFromRanges(flag, stage));
    }
  }
  for (const reference of copyFromReferences(file)) {
    const value = reference.flag.getValueRange();
    if (value && reference.source.kind === 'stage' && reference.source.stage === stage && !/^\d+$/.test(reference.value)) ranges.push(value);
  }
  return ranges;
}

function mountFromRanges(flag: Flag, stage: Stage): Range[] {
  if (flag.getName() !== 'mount' || stage.name === undefined) return [];
  const from = flag.getOption('from');
  const range = from?.getValueRange();
  return range && from?.getValue() && sameStageName(from.getValue() as string, stage.name) ? [range] : [];
}
