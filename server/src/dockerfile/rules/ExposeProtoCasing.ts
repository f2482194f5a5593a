import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { exposedPorts } from '../portSpecs';

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
    for (const { argument, word, spec } of exposedPorts(file)) {
      const lower = spec.protocol.toLowerCase();
      if (spec.protocol === lower) continue;
      const { start } = argument.getRange();
      const character = start.character + spec.protocolOffset;
      const range = { start: { line: start.line, character }, end: { line: start.line, character: character + spec.protocol.length } };
      findings.push({
        range,
        message: `Defined protocol '${word}' in EXPOSE instruction should be lowercase`,
        fix: { title: `Write '${lower}'`, edits: [{ range, newText: lower }] },
      });
    }
    return findings;
  },
};
