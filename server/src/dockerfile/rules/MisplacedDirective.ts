import { berthUrl, type Rule } from '../../lint/rule';
import { builderDirectives, directiveNameIn } from '../builder/directiveBlock';

export const rule: Rule = {
  id: 'MisplacedDirective',
  source: 'berth',
  severity: 'warning',
  summary: 'A parser directive below the top of the file, which the builder reads as an ordinary comment',
  url: berthUrl('MisplacedDirective'),
  docs: {
    why: 'Parser directives (`syntax`, `escape`, `check`) only count in the block at the very top of the file, before any blank line, other comment or instruction. Anywhere else the builder silently treats them as comments, so a `# check=skip=…` under a license header skips nothing and an `# escape=`` below the first comment leaves backslash as the escape character.',
    bad: '# Build image for the API\n# syntax=docker/dockerfile:1\nFROM node:22-alpine',
    good: '# syntax=docker/dockerfile:1\n# Build image for the API\nFROM node:22-alpine',
  },
  check(file) {
    const honoured = new Set(builderDirectives(file).map((d) => d.line));
    const commentLines = [...file.ast.getComments(), ...file.ast.getDirectives()].map((line) => line.getRange().start.line);
    return [...new Set(commentLines)]
      .sort((a, b) => a - b)
      .flatMap((line) => {
        const name = directiveNameIn(file.lines[line] ?? '');
        if (!name || honoured.has(line)) return [];
        const text = file.lines[line];
        const start = text.indexOf('#');
        return [{ range: { start: { line, character: start }, end: { line, character: text.trimEnd().length } }, message: `This \`${name}\` directive is not in the block at the top of the file, so the builder reads it as a comment; move it above every other line` }];
      });
  },
};
