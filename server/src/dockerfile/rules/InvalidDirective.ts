import { berthUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { ParserDirective } from '../directives';
import { builderDirectives } from '../builder/directiveBlock';
import { isGoBoolean } from '../builder/valueFormats';

export const rule: Rule = {
  id: 'InvalidDirective',
  source: 'berth',
  severity: 'error',
  summary: 'A parser directive the builder refuses: a repeated directive, an escape other than \\ or `, or a malformed check',
  url: berthUrl('InvalidDirective'),
  docs: {
    why: 'Each parser directive may appear once at the top of the file. `escape` accepts only a backslash or a backtick, and `check` takes `;`-separated `skip=`, `error=` and `experimental=` settings, with `error` a boolean. The builder refuses anything else before reading a single instruction.',
    bad: '# escape=^\n# check=skip=StageNameCasing;error=yes\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\',
    good: '# escape=`\n# check=skip=StageNameCasing;error=true\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir C:\\',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const directive of builderDirectives(file)) {
      const valueRange = { start: { line: directive.line, character: directive.valueStart }, end: { line: directive.line, character: directive.valueEnd } };
      if (seen.has(directive.name)) {
        findings.push({ range: { start: { line: directive.line, character: directive.nameStart }, end: valueRange.end }, message: `Only one \`${directive.name}\` directive may be used` });
        continue;
      }
      seen.add(directive.name);
      const problem = directive.name === 'escape' ? escapeProblem(directive) : directive.name === 'check' ? checkProblem(directive.value) : undefined;
      if (problem) findings.push({ range: valueRange, message: problem });
    }
    return findings;
  },
};

function escapeProblem({ value }: ParserDirective): string | undefined {
  return value === '\\' || value === '`' ? undefined : `\`${value}\` cannot be the escape character: use \\ or \``;
}

/** BuildKit's reading of `# check=`: up to three `key=value` settings separated by `;`. */
function checkProblem(value: string): string | undefined {
  const parts = value.trim().split(';');
  // The builder splits into at most three settings; the third keeps any further `;`.
  const settings = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(';')] : parts;
  for (const setting of settings) {
    const equals = setting.indexOf('=');
    if (equals < 0) return `\`${setting.trim()}\` is not a check setting: write \`skip=<checks>\`, \`error=<true|false>\` or \`experimental=<checks>\``;
    const key = setting.slice(0, equals).trim();
    if (key === 'error' && !isGoBoolean(setting.slice(equals + 1).trim())) return `\`error\` takes true or false, not \`${setting.slice(equals + 1).trim()}\``;
    if (!['skip', 'error', 'experimental'].includes(key)) return `\`${key}\` is not a check setting: use skip, error or experimental`;
  }
  return undefined;
}
