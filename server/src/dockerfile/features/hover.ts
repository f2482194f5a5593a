import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { DIRECTIVE_DOCS, instructionDoc, instructionUrl, type InstructionDoc } from '../../docs/instructions';
import type { DockerfileContext } from '../context';
import { contains, flagsOf, instructionAt, stageNamed } from './positions';

function markdown(value: string): Hover['contents'] {
  return { kind: MarkupKind.Markdown, value };
}

function instructionHover(doc: InstructionDoc): string {
  const forms = ['```dockerfile', ...doc.forms, '```'].join('\n');
  return `**${doc.keyword}**: ${doc.summary}\n\n${forms}\n\nExample: \`${doc.example}\`\n\n[Dockerfile reference](${instructionUrl(doc)})`;
}

/** Hover for the instruction keyword, a flag, a parser directive or a stage reference under the cursor. */
export function hover(file: DockerfileContext, position: Position): Hover | null {
  const directive = file.directives.find((d) => d.line === position.line);
  if (directive) {
    const doc = DIRECTIVE_DOCS.find((d) => d.name === directive.name);
    if (doc) return { contents: markdown(`**# ${doc.name}** parser directive: ${doc.summary}\n\nExample: \`${doc.example}\``) };
  }
  const instruction = instructionAt(file, position);
  if (!instruction) return null;
  const doc = instructionDoc(instruction.getKeyword());
  const keywordRange = instruction.getInstructionRange();
  if (contains(keywordRange, position)) return doc ? { contents: markdown(instructionHover(doc)), range: keywordRange } : null;

  for (const flag of flagsOf(instruction)) {
    if (contains(flag.getNameRange(), position)) {
      const flagDoc = doc?.flags.find((f) => f.name === flag.getName());
      return flagDoc ? { contents: markdown(`\`${flagDoc.syntax}\`\n\n${flagDoc.description}`), range: flag.getRange() } : null;
    }
    // `COPY --from=build`: show the stage the value names.
    const value = flag.getValueRange();
    if (flag.getName() === 'from' && contains(value, position)) {
      const stage = stageNamed(file, flag.getValue() ?? '');
      if (stage) return { contents: markdown(`Stage \`${stage.name ?? stage.index}\`\n\n\`\`\`dockerfile\n${stage.from.getTextContent()}\n\`\`\``), range: value ?? undefined };
    }
  }
  return null;
}
