import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { keyReference, objectKeys, type KeyDoc, type ResourceKind, type ScalarShape, type ValueShape } from '../../docs/compose';
import type { LocalImage } from '../../protocol';
import { localImageItems } from '../../dockerfile/features/localImages';
import type { ComposeContext } from '../context';
import { dockerfileOf } from '../paths';
import { describeShape } from '../validate';
import { declaredArgs } from '../dockerfileFacts';
import { listItems, shapeAt } from './positions';
import { linesOf, siblingKeys, textContextAt, type TextContext, type TextLines } from './textContext';

/**
 * Completion in Compose files: keys with their documentation (snippets for blocks), allowed values,
 * the names services refer to (services, networks, volumes, secrets, configs, models), the build
 * target's stages and build arguments from the Dockerfile, variable names after `$`, and the local
 * engine's images (`localImages`) for a service's `image:`.
 *
 * `file` may be the parse of an earlier version (names change rarely while typing); the cursor's
 * context is read from `text`, the current text.
 */
export function completion(file: ComposeContext, text: string, position: Position, localImages: readonly LocalImage[] = []): CompletionItem[] {
  const cursor = cursorAt(text, position);
  if (cursor.inVariable) return variableItems(file);
  const { context } = cursor;
  if (!context) return [];
  const range = { start: { line: position.line, character: context.start }, end: position };
  const items = isImageValue(context) ? localImageItems(localImages, range) : contextItems(file, cursor.lines, position.line, context);
  // Completion right after a typed `:` (a trigger character) must not glue the value to it.
  const space = cursor.before.slice(0, context.start).endsWith(':') ? ' ' : '';
  return items.map((item) => ({ ...item, textEdit: { range, newText: space + (item.insertText ?? item.label) } }));
}

/** Whether completion here offers the local engine's images (a service's `image:` value), so the server fetches them only then. */
export function wantsLocalImages(text: string, position: Position): boolean {
  const { inVariable, context } = cursorAt(text, position);
  return !inVariable && context !== undefined && isImageValue(context);
}

/** What completion reads of the current text at the cursor: a variable name being typed, or the YAML context. */
function cursorAt(text: string, position: Position) {
  const lines = linesOf(text);
  const before = lines.at(position.line).slice(0, position.character);
  const inVariable = /(?<!\$)\$\{?([A-Za-z_][A-Za-z0-9_]*)?$/.test(before);
  return { lines, before, inVariable, context: inVariable ? undefined : textContextAt(lines, position.line, position.character) };
}

function isImageValue(context: TextContext): boolean {
  return context.mode === 'value' && context.path.length === 3 && context.path[0] === 'services' && context.path[2] === 'image';
}

function contextItems(file: ComposeContext, lines: TextLines, line: number, context: TextContext): CompletionItem[] {
  const { path, mode } = context;
  const shape = shapeAt(path);
  const names = nameItems(file, path, mode);
  if (names) return names;
  if (mode === 'key') return keyItems(shape, siblingKeys(lines, line, context.column), path);
  if (mode === 'value') return valueItems(shape);
  // After `- `: a value of the list, or the first key of a mapping item.
  const items = listItems(shape);
  return [...valueItems(items), ...keyItems(items, new Set(), [...path, '[]'])];
}

/** Names from the file where a name is expected, by key path; undefined where no name is. */
function nameItems(file: ComposeContext, path: readonly string[], mode: TextContext['mode']): CompletionItem[] | undefined {
  const at = (...tail: string[]) => path.length === tail.length + 2 && path[0] === 'services' && tail.every((step, i) => path[i + 2] === step);
  const service = path[1];
  const names = (kind: ResourceKind, exclude?: string) => resourceItems(file, kind, exclude);
  if (mode === 'item' || (mode === 'key' && !path.includes('[]'))) {
    if (at('depends_on') || at('links') || at('volumes_from')) return names('services', service);
    if (at('networks')) return names('networks');
    if (at('secrets') || at('build', 'secrets')) return names('secrets');
    if (at('configs')) return names('configs');
    if (at('models')) return names('models');
    if (at('volumes') && mode === 'item') return names('volumes').map((item) => ({ ...item, insertText: `${item.label}:`, command: { title: 'target', command: 'editor.action.triggerSuggest' } }));
    if (at('build', 'args')) return argItems(file, service);
  }
  if (mode === 'value') {
    if (at('extends') || at('extends', 'service')) return names('services', service);
    if (at('network_mode') || at('ipc') || at('pid')) {
      const fixed = (at('network_mode') ? ['bridge', 'host', 'none'] : ['host', 'shareable', 'private']).map((label) => ({ label, kind: CompletionItemKind.EnumMember }));
      return [...fixed, ...names('services', service).map((item) => ({ ...item, label: `service:${item.label}` }))];
    }
    if (at('build', 'target')) return stageItems(file, service);
    if (path[0] === 'services' && path[path.length - 1] === 'source' && (path.includes('secrets') || path.includes('configs'))) return names(path.includes('secrets') ? 'secrets' : 'configs');
  }
  return undefined;
}

function resourceItems(file: ComposeContext, kind: ResourceKind, exclude?: string): CompletionItem[] {
  const defined = new Set([...file.model.definitions.get(kind)!.keys(), ...(file.environment.otherFiles?.names[kind] ?? [])]);
  if (kind === 'networks') defined.add('default');
  if (exclude) defined.delete(exclude);
  return [...defined].map((label) => ({ label, kind: kind === 'services' ? CompletionItemKind.Class : CompletionItemKind.Reference, detail: kind.slice(0, -1) }));
}

function stageItems(file: ComposeContext, service: string): CompletionItem[] {
  const dockerfile = dockerfileOf(file, service);
  return (dockerfile?.stages ?? [])
    .filter((stage) => stage.name)
    .map((stage) => ({ label: stage.name!, kind: CompletionItemKind.Reference, detail: stage.from.getTextContent().trim() }));
}

function argItems(file: ComposeContext, service: string): CompletionItem[] {
  const dockerfile = dockerfileOf(file, service);
  if (!dockerfile) return [];
  return [...declaredArgs(dockerfile)].map(([label, line]) => ({ label, kind: CompletionItemKind.Variable, detail: line, insertText: `${label}: ` }));
}

function variableItems(file: ComposeContext): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const [name, variable] of file.environment.variables ?? []) {
    // The editor's environment holds dozens of unrelated variables; `.env` and names the file uses are what matter.
    if (variable.source.kind === 'dotenv') items.set(name, { label: name, kind: CompletionItemKind.Variable, detail: variable.value, documentation: `from .env line ${variable.source.line + 1}` });
  }
  for (const use of file.interpolation.uses) {
    if (items.has(use.name)) continue;
    const value = file.environment.variables?.get(use.name)?.value;
    items.set(use.name, { label: use.name, kind: CompletionItemKind.Variable, detail: value });
  }
  return [...items.values()];
}

function keyItems(shape: ValueShape | undefined, present: ReadonlySet<string>, path: readonly string[]): CompletionItem[] {
  const keys = shape && objectKeys(shape);
  if (!keys) return [];
  return Object.entries(keys)
    .filter(([key]) => !present.has(key))
    .map(([key, doc]) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: describeShape(doc.shape),
      tags: doc.deprecated ? [1] : undefined,
      documentation: { kind: MarkupKind.Markdown, value: `${doc.description}\n\n[Compose file reference](${keyReference([...path.filter((s) => s !== '[]'), key])})` },
      insertText: keySnippet(key, doc),
      insertTextFormat: InsertTextFormat.Snippet,
    }));
}

/** `key: `, or `key:` and an indented block shaped like the value; the key's own snippet when it has one. */
function keySnippet(key: string, doc: KeyDoc): string {
  if (doc.snippet) return `${key}:${doc.snippet.replace(/\n/g, '\n  ')}`;
  const kinds = new Set(shapeKinds(doc.shape));
  if (kinds.has('scalar')) return `${key}: $0`;
  if (kinds.has('list') && !kinds.has('map')) return `${key}:\n  - $0`;
  return `${key}:\n  $0`;
}

function shapeKinds(shape: ValueShape): ('scalar' | 'list' | 'map')[] {
  switch (shape.kind) {
    case 'scalar':
    case 'any':
      return ['scalar'];
    case 'list':
      return ['list'];
    case 'object':
    case 'dict':
      return ['map'];
    case 'oneOf':
      return shape.options.flatMap(shapeKinds);
  }
}

function valueItems(shape: ValueShape | undefined): CompletionItem[] {
  const scalars = scalarShapes(shape);
  const words = new Set<string>();
  for (const scalar of scalars) {
    for (const value of [...(scalar.values ?? []), ...(scalar.suggestions ?? [])]) words.add(value);
    if (scalar.types.includes('boolean')) ['true', 'false'].forEach((w) => words.add(w));
  }
  return [...words].map((label) => ({ label, kind: CompletionItemKind.EnumMember }));
}

function scalarShapes(shape: ValueShape | undefined): ScalarShape[] {
  if (!shape) return [];
  if (shape.kind === 'scalar') return [shape];
  if (shape.kind === 'oneOf') return shape.options.flatMap(scalarShapes);
  return [];
}
