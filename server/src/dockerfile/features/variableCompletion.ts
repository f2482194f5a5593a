import type { Instruction } from 'dockerfile-ast';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../context';
import { PLATFORM_ARGS, scopeAt, type ScopedVariable } from '../variables';

/**
 * Completion after `$` and `${`: the ARGs and ENVs the instruction sees, with their values, then
 * the platform ARGs a stage has not declared yet (choosing one adds the `ARG` line it needs), and
 * after `${NAME:` the default, alternative and required-value modifiers.
 */

const MODIFIERS: { text: string; snippet: string; description: string }[] = [
  { text: ':-', snippet: ':-${1:default}', description: 'The value, or `default` when the variable is unset or empty.' },
  { text: ':+', snippet: ':+${1:alternative}', description: '`alternative` when the variable is set and not empty, else nothing.' },
  { text: ':?', snippet: ':?${1:message}', description: 'The value; the build stops with `message` when the variable is unset or empty.' },
];

/** Items for a `$…` being typed just before the cursor; undefined when the cursor is not in one. */
export function variableCompletion(file: DockerfileContext, instruction: Instruction, position: Position, before: string): CompletionItem[] | undefined {
  const modifier = /\$\{([A-Za-z_][A-Za-z0-9_]*):$/.exec(before);
  const after = (file.lines[position.line] ?? '').slice(position.character);
  if (modifier) return modifierItems(modifier[1], position, after.startsWith('}'));
  const typed = /\$(\{)?([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before);
  if (!typed || before[typed.index - 1] === file.escapeCharacter) return undefined;
  const braced = typed[1] !== undefined;
  const partial = typed[2] ?? '';
  const rest = /^[A-Za-z0-9_]*/.exec(after)?.[0] ?? '';
  const range: Range = { start: { line: position.line, character: position.character - partial.length }, end: { line: position.line, character: position.character + rest.length } };
  const close = braced && after[rest.length] !== '}' ? '}' : '';

  const scope = scopeAt(file, instruction);
  const items = scope.variables().map((variable) => variableItem(file, variable, range, close));
  const inStage = file.stages.some((stage) => stage.from !== instruction && stage.instructions.includes(instruction));
  if (inStage) {
    for (const [name, value] of Object.entries(PLATFORM_ARGS)) {
      if (scope.get(name)) continue;
      items.push({
        label: name,
        kind: CompletionItemKind.Variable,
        detail: `needs ARG ${name} in this stage`,
        documentation: { kind: MarkupKind.Markdown, value: `Set by BuildKit${value ? ` (\`${value}\` on a linux/amd64 builder)` : ''}. A stage sees it only after \`ARG ${name}\`; choosing it adds that line above this instruction.` },
        sortText: `2-${name}`,
        textEdit: { range, newText: name + close },
        additionalTextEdits: [declareAbove(file, instruction, name)],
      });
    }
  }
  return items;
}

function variableItem(file: DockerfileContext, variable: ScopedVariable, range: Range, close: string): CompletionItem {
  const { name, kind, instruction, declaration } = variable.definition;
  const origin = instruction && declaration ? `\`${file.document.getText(declaration.range)}\` (${instruction.getKeyword()} on line ${declaration.range.start.line + 1})` : 'Predefined by BuildKit';
  return {
    label: name,
    kind: CompletionItemKind.Variable,
    detail: valueText(variable),
    documentation: { kind: MarkupKind.Markdown, value: origin },
    sortText: `${kind === 'predefined' ? 1 : 0}-${name}`,
    textEdit: { range, newText: name + close },
  };
}

/** What a variable holds here, for completion and hover. */
export function valueText(variable: ScopedVariable): string {
  if (typeof variable.value === 'string') return `= ${JSON.stringify(variable.value)}`;
  if (variable.value === null) return variable.definition.kind === 'predefined' ? 'set by the build when given' : 'set by the build or the base image';
  return 'no default: empty unless the build sets it';
}

/** `ARG NAME` on its own line above the instruction, at its indentation. */
function declareAbove(file: DockerfileContext, instruction: Instruction, name: string) {
  const line = instruction.getRange().start.line;
  const indent = /^\s*/.exec(file.lines[line] ?? '')?.[0] ?? '';
  const newline = file.text.includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}ARG ${name}${newline}` };
}

function modifierItems(name: string, position: Position, closed: boolean): CompletionItem[] {
  const range: Range = { start: { line: position.line, character: position.character - 1 }, end: position };
  return MODIFIERS.map((modifier) => ({
    label: `\${${name}${modifier.text}…}`,
    filterText: modifier.text,
    kind: CompletionItemKind.Operator,
    documentation: { kind: MarkupKind.Markdown, value: modifier.description },
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: closed ? modifier.snippet : `${modifier.snippet}}` },
  }));
}
