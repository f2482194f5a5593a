import { Arg, type Property } from 'dockerfile-ast';
import { berthUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { instructionSyntax } from '../builder/instructionSyntax';

export const rule: Rule = {
  id: 'InvalidKeyValue',
  source: 'berth',
  severity: 'error',
  summary: 'An ENV, LABEL or ARG pair the builder cannot read: a missing `=`, a missing value or an empty name',
  url: berthUrl('InvalidKeyValue'),
  docs: {
    why: 'ENV and LABEL take `key=value` pairs. The legacy form `ENV KEY value` sets one variable to the rest of the line, so `ENV KEY` alone has no value, and once the first pair uses `=` every word must. Names cannot be empty in ENV, LABEL or ARG. The builder refuses each of these before the build starts.',
    bad: 'FROM alpine:3.20\nENV APP_HOME=/app APP_USER\nLABEL maintainer',
    good: 'FROM alpine:3.20\nENV APP_HOME=/app APP_USER=app\nLABEL maintainer="team@example.com"',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const { instruction, keyword } of instructionSyntax(file)) {
      if (keyword !== 'ENV' && keyword !== 'LABEL' && keyword !== 'ARG') continue;
      const properties: Property[] = (instruction as Arg).getProperties();
      properties.forEach((property, index) => {
        const name = property.getName();
        const hasEquals = property.getAssignmentOperator() !== null;
        if (hasEquals && name === '') findings.push({ range: property.getRange(), message: `${keyword} names cannot be empty` });
        // ARG may declare a name without a value; ENV and LABEL read a first word without `=` as the legacy `KEY value` form.
        if (keyword === 'ARG' || hasEquals) return;
        if (index === 0 && property.getValue() === null) findings.push({ range: property.getNameRange(), message: `\`${keyword} ${name}\` has no value: write \`${keyword} ${name}=<value>\`` });
        else if (index > 0) findings.push({ range: property.getNameRange(), message: `\`${name}\` has no \`=\`: each word after the first \`key=value\` pair must be \`key=value\` too` });
      });
    }
    return findings;
  },
};
