import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { hasKnownProtocol, readPortSpec } from '../portSpecs';

export const rule: Rule = {
  id: 'ExposeProtoCasing',
  source: 'buildkit',
  severity: 'warning',
  summary: 'The protocol of an EXPOSE port is not written in lower case',
  url: buildkitUrl('ExposeProtoCasing'),
  docs: {
    why: 'The image records exposed ports as `80/tcp`. The builder accepts `TCP` and lower-cases it, but tools that read the Dockerfile compare the text and may not. Write the protocol in lower case; the quick fix does.',
    bad: 'FROM nginx:1.27\nEXPOSE 80/TCP 53/UDP',
    good: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const instruction of file.instructions) {
      if (instruction.getKeyword() !== 'EXPOSE') continue;
      for (const argument of instruction.getArguments()) {
        const word = argument.getValue();
        const spec = readPortSpec(word);
        const lower = spec.protocol.toLowerCase();
        if (spec.protocol === lower || !hasKnownProtocol(spec)) continue;
        const { start } = argument.getRange();
        const range = { start: { line: start.line, character: start.character + spec.protocolOffset }, end: { line: start.line, character: start.character + spec.protocolOffset + spec.protocol.length } };
        findings.push({
          range,
          message: `Defined protocol '${word}' in EXPOSE instruction should be lowercase`,
          fix: { title: `Write '${lower}'`, edits: [{ range, newText: lower }] },
        });
      }
    }
    return findings;
  },
};
