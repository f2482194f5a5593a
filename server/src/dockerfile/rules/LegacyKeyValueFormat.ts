import { Env, Label, type Property } from 'dockerfile-ast';
import { buildkitUrl, type Rule, type RuleFinding, type RuleFix } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { instructionText } from '../instructionParts';

export const rule: Rule = {
  id: 'LegacyKeyValueFormat',
  source: 'buildkit',
  severity: 'warning',
  summary: 'An ENV or LABEL separates its key from its value with a space instead of `=`',
  url: buildkitUrl('LegacyKeyValueFormat'),
  docs: {
    why: '`ENV key value` is an old form: everything after the first space becomes the value, so one instruction can set only one variable and `ENV PATH /a /b` silently keeps the space. `ENV key=value` says where the value ends and allows several pairs per instruction. The quick fix rewrites the pair with `=`, quoting a value that contains spaces.',
    bad: 'FROM alpine:3.20\nENV APP_HOME /srv/app\nLABEL maintainer team@example.com',
    good: 'FROM alpine:3.20\nENV APP_HOME=/srv/app\nLABEL maintainer=team@example.com',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const instruction of file.instructions) {
      if (!(instruction instanceof Env || instruction instanceof Label)) continue;
      // The legacy form is the one whose first word has no `=`; checking the text first spares
      // building properties for the usual key=value instructions.
      const firstWord = /^\S*/.exec(instructionText(file, instruction).slice(instruction.getInstruction().length).trimStart())?.[0] ?? '';
      if (firstWord.includes('=')) continue;
      const keyword = instruction.getInstruction();
      for (const property of instruction.getProperties()) {
        if (property.getAssignmentOperator() !== null || property.getValue() === null) continue;
        findings.push({
          range: property.getRange(),
          message: `"${keyword} key=value" should be used instead of legacy "${keyword} key value" format`,
          fix: keyValueFix(file, property),
        });
      }
    }
    return findings;
  },
};

/**
 * `key value` → `key=value`. A value with spaces is wrapped in double quotes, which keeps its
 * meaning as long as it has no quotes or escapes of its own; such values, and values continued over
 * several lines, get no fix rather than a wrong one.
 */
function keyValueFix(file: DockerfileContext, property: Property): RuleFix | undefined {
  const nameRange = property.getNameRange();
  const valueRange = property.getValueRange();
  if (!valueRange || valueRange.start.line !== valueRange.end.line) return undefined;
  const raw = file.document.getText(valueRange);
  const quotedWhole = /^"[^"\\]*"$|^'[^']*'$/.test(raw);
  let value = raw;
  if (/\s/.test(raw) && !quotedWhole) {
    if (/["']/.test(raw) || raw.includes(file.escapeCharacter)) return undefined;
    value = `"${raw}"`;
  }
  return {
    title: `Write ${property.getName()}=${value}`,
    edits: [{ range: { start: nameRange.end, end: valueRange.end }, newText: `=${value}` }],
  };
}
