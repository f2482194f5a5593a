import { Arg, Env } from 'dockerfile-ast';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';

export const rule: Rule = {
  id: 'DL3044',
  source: 'hadolint',
  severity: 'error',
  summary: 'Do not refer to a variable in the same ENV instruction that defines it; the reference sees the old value',
  url: hadolintUrl('DL3044'),
  docs: {
    why: 'All the values of one ENV instruction are expanded before any of its variables is set, so `ENV A=1 B=$A` gives B the value A had before this line (usually empty), not 1. Define the variable in an earlier ENV, then refer to it.',
    bad: 'FROM debian:12\nENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin',
    good: 'FROM debian:12\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    // As hadolint: a name an earlier ARG or ENV defined has a value to refer to, so it is not reported.
    const defined = new Set<string>();
    for (const instruction of file.instructions) {
      if (instruction instanceof Env) {
        findings.push(...sameInstructionReferences(file, instruction, defined));
        for (const property of instruction.getProperties()) defined.add(property.getName());
      } else if (instruction instanceof Arg) {
        for (const property of instruction.getProperties()) defined.add(property.getName());
      }
    }
    return findings;
  },
};

/** References in one pair's value to a name another pair of the same ENV defines. A pair may refer to its own old value (`PATH=/x:$PATH`). */
function sameInstructionReferences(file: DockerfileContext, env: Env, defined: ReadonlySet<string>): RuleFinding[] {
  const properties = env.getProperties();
  // Reading the variables is costly; most ENVs cannot refer to their own names, which the text shows.
  const text = file.document.getText(env.getRange());
  const mayReferToItself = properties.length > 1 && properties.some((p) => !defined.has(p.getName()) && (text.includes(`$${p.getName()}`) || text.includes(`\${${p.getName()}`)));
  if (!mayReferToItself) return [];
  const findings: RuleFinding[] = [];
  for (const variable of env.getVariables()) {
    const name = variable.getName();
    if (defined.has(name)) continue;
    const at = file.document.offsetAt(variable.getRange().start);
    const holder = properties.findIndex((p) => {
      const value = p.getValueRange();
      return value !== null && file.document.offsetAt(value.start) <= at && at < file.document.offsetAt(value.end);
    });
    if (holder < 0 || !properties.some((p, index) => index !== holder && p.getName() === name)) continue;
    findings.push({ range: variable.getRange(), message: `\`${name}\` is set by this same ENV, so this reference gets its value from before the line; set it in an earlier ENV` });
  }
  return findings;
}
