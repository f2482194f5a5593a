import { TextEdit } from 'vscode-languageserver-types';
import { hadolintUrl, type Rule } from '../../lint/rule';

/** The OCI annotation for an image's authors, which replaces MAINTAINER. */
const AUTHORS_LABEL = 'org.opencontainers.image.authors';

/** A double-quoted LABEL value that reads back as `value`: quotes, `$` and the escape character escaped. */
function quotedLabelValue(value: string, escapeCharacter: string): string {
  let quoted = '';
  for (const c of value) quoted += c === '"' || c === '$' || c === escapeCharacter ? `${escapeCharacter}${c}` : c;
  return `"${quoted}"`;
}

export const rule: Rule = {
  id: 'DL4000',
  aliases: ['MaintainerDeprecated'],
  source: 'hadolint',
  severity: 'error',
  summary: 'MAINTAINER is deprecated; record the author in the org.opencontainers.image.authors label',
  url: hadolintUrl('DL4000'),
  docs: {
    why: 'MAINTAINER only fills a legacy author field that most tools no longer read. The OCI `org.opencontainers.image.authors` label carries the same information where registries, scanners and `docker inspect` look for it, next to the image\'s other labels.',
    bad: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
  },
  check(file) {
    return file.instructions.flatMap((instruction) => {
      if (instruction.getKeyword() !== 'MAINTAINER') return [];
      const author = instruction.getArgumentsContent()?.trim();
      // Keep the file's keyword case so the new line reads like its neighbours.
      const label = instruction.getInstruction() === instruction.getInstruction().toLowerCase() ? 'label' : 'LABEL';
      const fix = author
        ? {
            title: `Replace MAINTAINER with the ${AUTHORS_LABEL} label`,
            edits: [TextEdit.replace(instruction.getRange(), `${label} ${AUTHORS_LABEL}=${quotedLabelValue(author, file.escapeCharacter)}`)],
          }
        : undefined;
      return [{ range: instruction.getInstructionRange(), fix }];
    });
  },
};
