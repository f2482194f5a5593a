/**
 * Which parser directives the builder honours. Directives.ts reads every `# name=value` line at the
 * top; the builder is stricter: the block also ends at a name outside [A-Za-z0-9], an empty value or a
 * name it does not know. `syntax` and `check` are also found after a `#!` first line; `escape` is not.
 */
import { KNOWN_DIRECTIVES, parseDirectives, type ParserDirective } from '../directives';
import type { DockerfileContext } from '../context';

const BUILDER_NAME = /^[a-z][a-z0-9]*$/;

function honoured(directives: readonly ParserDirective[]): ParserDirective[] {
  const block: ParserDirective[] = [];
  for (const directive of directives) {
    if (!BUILDER_NAME.test(directive.name) || directive.value === '' || !(KNOWN_DIRECTIVES as readonly string[]).includes(directive.name)) break;
    block.push(directive);
  }
  return block;
}

/** The directive block as the builder reads it, in file order, repeats included (the builder refuses those). */
export function builderDirectives(file: DockerfileContext): ParserDirective[] {
  const top = honoured(file.directives);
  if (top.length > 0 || !file.lines[0]?.replace(/^\uFEFF/, '').startsWith('#!')) return top;
  const afterShebang = parseDirectives(file.lines.slice(1)).map((d) => ({ ...d, line: d.line + 1 }));
  return honoured(afterShebang).filter((d) => d.name !== 'escape');
}

// A comment the builder would take for a directive if it stood in the block at the top.
const DIRECTIVE_LIKE = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/** The known directive name a comment line spells, if it looks like a directive. */
export function directiveNameIn(line: string): string | undefined {
  const name = DIRECTIVE_LIKE.exec(line)?.[1].toLowerCase();
  return name && (KNOWN_DIRECTIVES as readonly string[]).includes(name) ? name : undefined;
}
