import { From, type Flag } from 'dockerfile-ast';
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import { DIRECTIVE_DOCS, instructionDoc, instructionUrl, type InstructionDoc } from '../../docs/instructions';
import { mountTypeDoc } from '../../docs/mounts';
import type { LocalImage } from '../../protocol';
import type { DockerfileContext } from '../context';
import { earlierStageNamed, hasVariable } from '../stages';
import { findLocalImage, imageMarkdown } from './localImages';
import { contains, flagsOf, instructionAt } from './positions';
import { symbolHover } from './symbolHover';

function markdown(value: string): Hover['contents'] {
  return { kind: MarkupKind.Markdown, value };
}

function instructionHover(doc: InstructionDoc): string {
  const forms = ['```dockerfile', ...doc.forms, '```'].join('\n');
  return `**${doc.keyword}**: ${doc.summary}\n\n${forms}\n\nExample: \`${doc.example}\`\n\n[Dockerfile reference](${instructionUrl(doc)})`;
}

/**
 * Hover for what is under the cursor: an instruction keyword, a flag or `--mount` option, a parser
 * directive, a stage reference (its FROM line), a variable (its value and declaration), or the base
 * image of a FROM (what the local engine knows of it, from `localImages`).
 */
export function hover(file: DockerfileContext, position: Position, localImages: readonly LocalImage[] = []): Hover | null {
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

  const symbol = symbolHover(file, position);
  if (symbol) return { contents: markdown(symbol.markdown), range: symbol.occurrence.range };

  for (const flag of flagsOf(instruction)) {
    if (contains(flag.getNameRange(), position)) {
      const flagDoc = doc?.flags.find((f) => f.name === flag.getName());
      return flagDoc ? { contents: markdown(`\`${flagDoc.syntax}\`\n\n${flagDoc.description}\n\nExample: \`${flagDoc.example}\``), range: flag.getRange() } : null;
    }
    if (flag.getName() === 'mount' && contains(flag.getValueRange(), position)) return mountOptionHover(flag, position);
  }
  const image = baseImageAt(file, position);
  const local = image && findLocalImage(localImages, image.name);
  return local && image ? { contents: markdown(imageMarkdown(local)), range: image.range } : null;
}

/** The base image a FROM names under the cursor; not a stage, not `scratch`, not built from variables. */
export function baseImageAt(file: DockerfileContext, position: Position): { name: string; range: Range } | undefined {
  const instruction = instructionAt(file, position);
  if (!(instruction instanceof From)) return undefined;
  const name = instruction.getImage();
  const range = instruction.getImageRange();
  if (!name || !range || !contains(range, position) || hasVariable(name) || name.toLowerCase() === 'scratch') return undefined;
  const stage = file.stages.find((s) => s.from === instruction);
  if (stage && earlierStageNamed(file, name, stage.index)) return undefined;
  return { name, range };
}

/** A `--mount` option under the cursor: the mount type's or the option's description. */
function mountOptionHover(flag: Flag, position: Position): Hover | null {
  const option = flag.getOptions().find((o) => contains(o.getRange(), position));
  if (!option) return null;
  const type = flag.getOption('type')?.getValue() ?? 'bind';
  const typeDoc = mountTypeDoc(type);
  if (option.getName() === 'type') {
    const chosen = mountTypeDoc(option.getValue() ?? '');
    return chosen ? { contents: markdown(`**${chosen.type}** mount: ${chosen.description}`), range: option.getRange() } : null;
  }
  const optionDoc = typeDoc?.options.find((o) => o.name === option.getName() || o.aliases?.includes(option.getName()));
  return optionDoc ? { contents: markdown(`\`${optionDoc.name}\` (${typeDoc!.type} mount): ${optionDoc.description}`), range: option.getRange() } : null;
}
