import { berthUrl, type Rule } from '../../lint/rule';
import { argumentsRange, instructionSyntax } from '../builder/instructionSyntax';

const PATH_LISTS = new Set(['COPY', 'ADD', 'VOLUME']);

export const rule: Rule = {
  id: 'MalformedExecForm',
  source: 'berth',
  severity: 'warning',
  summary: 'Arguments that start like a JSON array but are not valid JSON, so the builder quietly reads them as shell form',
  url: berthUrl('MalformedExecForm'),
  docs: {
    why: 'The builder only treats arguments as exec form when they parse as a JSON array of strings. Single quotes, a missing comma or a trailing comment make the JSON invalid, and the builder then falls back to shell form without a word: `CMD [\'node\', \'app.js\']` runs `/bin/sh -c "[\'node\', \'app.js\']"`, and `COPY ["a", "b"` copies a file named `["a",`.',
    bad: "FROM node:22-alpine\nCMD ['node', 'server.js']",
    good: 'FROM node:22-alpine\nCMD ["node", "server.js"]',
  },
  check(file) {
    return instructionSyntax(file).flatMap((view) => {
      const { keyword, form } = view;
      // SHELL has no shell form to fall back to: InvalidJSONArgs reports it as an error.
      if (form.kind !== 'shell' || !form.bracket || keyword === 'SHELL') return [];
      const range = argumentsRange(view);
      const hint = file.document.getText(range).includes("'") ? ' (JSON strings need double quotes)' : '';
      const fallback = PATH_LISTS.has(keyword) ? 'splits it on spaces into paths, brackets and quotes included' : 'runs it as a shell command';
      return [{ range, message: `${keyword}\u2019s arguments start with \`[\` but are not a valid JSON array${hint}, so the builder ${fallback}` }];
    });
  },
};
