import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';

export const rule: ComposeRule = {
  id: 'ObsoleteVersion',
  source: 'berth',
  severity: 'warning',
  summary: 'The top-level `version` is obsolete: Compose ignores it',
  url: berthUrl('ObsoleteVersion'),
  docs: {
    why: 'Compose files once declared a format version (`version: "3.8"`). Compose now always reads files with the latest Compose Specification, ignores the key and warns that it is obsolete. Removing it says what actually happens; the quick fix deletes the line.',
    bad: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n',
  },
  check(file) {
    return file.model.versionKeys.map((key) => {
      const range = file.nodeRange(key);
      const line = range.start.line;
      const pair = file.roots.flatMap((root) => root.items).find((item) => item.key === key);
      const valueEnd = (pair?.value as { range?: number[] } | null)?.range?.[1];
      const lastLine = valueEnd === undefined ? line : file.positionAt(valueEnd).line;
      // The whole line, with its line break, so no blank line is left behind.
      const removal = { start: { line, character: 0 }, end: { line: lastLine + 1, character: 0 } };
      return {
        range,
        message: 'The attribute `version` is obsolete and ignored; remove it',
        fix: { title: 'Remove the obsolete `version`', edits: [{ range: removal, newText: '' }] },
      };
    });
  },
};
