import { CompletionItemKind, MarkupKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import { MOUNT_TYPE_DOCS, mountTypeDoc } from '../../docs/mounts';

/**
 * Completion inside `RUN --mount=`: `type=` first, then the mount types, then the options of the
 * type chosen (bind when none is), skipping options already given, and the values of options that
 * take one of a few words. `stages` supplies the names `from=` may take.
 */
export function mountCompletion(value: string, position: Position, lineAfter: string, stages: () => CompletionItem[]): CompletionItem[] {
  const fields = value.split(',');
  const current = fields[fields.length - 1];
  const restOfField = /^[^,\s]*/.exec(lineAfter)?.[0] ?? '';
  const given = fields.slice(0, -1).map((field) => field.split('=')[0].toLowerCase());
  const type = fields.slice(0, -1).find((field) => field.toLowerCase().startsWith('type='))?.slice(5) ?? 'bind';
  const equals = current.indexOf('=');
  const at = (character: number): Range => ({ start: { line: position.line, character }, end: { line: position.line, character: position.character + restOfField.length } });

  if (equals >= 0) {
    const key = current.slice(0, equals).toLowerCase();
    const range = at(position.character - (current.length - equals - 1));
    if (key === 'type') {
      return MOUNT_TYPE_DOCS.map((doc) => ({ label: doc.type, kind: CompletionItemKind.EnumMember, documentation: doc.description, textEdit: { range, newText: doc.type } }));
    }
    if (key === 'from') return stages().map((item) => ({ ...item, textEdit: { range, newText: item.label } }));
    const option = mountTypeDoc(type)?.options.find((o) => o.name === key || o.aliases?.includes(key));
    return (option?.values ?? []).map((word) => ({ label: word, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: word } }));
  }

  const range = at(position.character - current.length);
  const items: CompletionItem[] = [];
  if (!given.includes('type')) {
    items.push({
      label: 'type',
      kind: CompletionItemKind.Property,
      detail: MOUNT_TYPE_DOCS.map((doc) => doc.type).join(' | '),
      documentation: 'What to mount; `bind` when left out.',
      sortText: '0',
      textEdit: { range, newText: 'type=' },
      command: { title: 'values', command: 'editor.action.triggerSuggest' },
    });
  }
  for (const option of mountTypeDoc(type)?.options ?? []) {
    if ([option.name, ...(option.aliases ?? [])].some((name) => given.includes(name))) continue;
    items.push({
      label: option.name,
      kind: CompletionItemKind.Property,
      detail: `${type} mount`,
      documentation: { kind: MarkupKind.Markdown, value: option.description },
      sortText: `1-${option.name}`,
      textEdit: { range, newText: option.flag ? option.name : `${option.name}=` },
      command: option.flag ? undefined : { title: 'values', command: 'editor.action.triggerSuggest' },
    });
  }
  return items;
}
