import { berthUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { FlagDoc } from '../../docs/instructions';
import { acceptedFlags, flagNameRange, instructionSyntax, type BuilderFlag } from '../builder/instructionSyntax';
import { flagFormatProblem, holdsVariable } from '../builder/valueFormats';

export const rule: Rule = {
  id: 'FlagValue',
  source: 'berth',
  severity: 'error',
  summary: 'A flag is missing its value, or its value is one the builder refuses',
  url: berthUrl('FlagValue'),
  docs: {
    why: 'Flags are written `--name=value`; only true/false flags such as `--link` may stand alone. The builder also checks some values while it reads the file: HEALTHCHECK durations (`30s`, at least 1ms) and a non-negative `--retries`, permissions in `--chmod`, the platform in `FROM --platform`, and the fixed choices of `RUN --network` and `--security`. Values holding variables are left to the build, which expands them first.',
    bad: 'FROM alpine:3.20\nCOPY --chmod=rwx app /usr/local/bin/app\nHEALTHCHECK --interval=30 --retries=-1 CMD wget -q --spider http://localhost/',
    good: 'FROM alpine:3.20\nCOPY --chmod=755 app /usr/local/bin/app\nHEALTHCHECK --interval=30s --retries=3 CMD wget -q --spider http://localhost/',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const view of instructionSyntax(file)) {
      const accepted = acceptedFlags(view);
      if (!accepted) continue;
      for (const flag of view.flags) {
        const doc = accepted.find((f) => f.name === flag.name);
        const finding = doc && valueFinding(doc, flag);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

function valueFinding(doc: FlagDoc, flag: BuilderFlag): RuleFinding | undefined {
  const { value } = flag;
  if (doc.kind === 'boolean') {
    if (value === null || ['true', 'false'].includes(value.toLowerCase())) return undefined;
    const message = value === '' ? `\`--${doc.name}=\` needs a value: write \`--${doc.name}\` or \`--${doc.name}=false\`` : `\`--${doc.name}\` takes true or false, not \`${value}\``;
    return { range: flag.range, message };
  }
  if (value === null) return { range: flagNameRange(flag), message: `\`--${doc.name}\` needs a value: write \`${doc.syntax}\`` };
  // An empty value leaves the setting at its default; mount values have their own rule (InvalidMount).
  if (value === '' || !doc.format || doc.format === 'mount' || (doc.expands && holdsVariable(value))) return undefined;
  const problem = flagFormatProblem(doc.format, value);
  return problem ? { range: flag.valueRange ?? flag.range, message: `\`--${doc.name}\` value \`${value}\` ${problem}` } : undefined;
}
