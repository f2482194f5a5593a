import { Copy } from 'dockerfile-ast';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { copyArguments, unwrapOnbuild, type PathArgument } from '../runCommands';

export const rule: Rule = {
  id: 'DL3021',
  source: 'hadolint',
  severity: 'error',
  summary: 'A COPY with several sources needs a destination ending in `/`',
  url: hadolintUrl('DL3021'),
  docs: {
    why: 'When COPY has more than one source, the destination must be a directory, and the builder only treats it as one when it ends with `/`; otherwise the build fails. Ending it with `/` also tells the reader that the files land inside that directory.',
    bad: 'FROM node:22\nCOPY package.json package-lock.json /app',
    good: 'FROM node:22\nCOPY package.json package-lock.json /app/',
  },
  check(file) {
    return file.instructions.map(unwrapOnbuild).flatMap((instruction) => {
      if (!(instruction instanceof Copy)) return [];
      const { sources, destination } = copyArguments(file, instruction);
      if (sources.length < 2 || !destination || namesDirectory(destination.value)) return [];
      return [finding(destination)];
    });
  },
};

/**
 * Ends with `/` (or `\` on Windows), or with a variable: the builder checks the expanded value, which
 * is not known here.
 */
function namesDirectory(destination: string): boolean {
  return /[/\\]$/.test(destination) || /\$(\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(destination);
}

function finding(destination: PathArgument): RuleFinding {
  const { range } = destination;
  // The slash goes inside closing quotes, which JSON-form strings always have.
  const quoted = destination.raw !== destination.value;
  const at = quoted ? { line: range.end.line, character: range.end.character - 1 } : range.end;
  return { range, fix: { title: 'End the destination with /', edits: [{ range: { start: at, end: at }, newText: '/' }] } };
}
