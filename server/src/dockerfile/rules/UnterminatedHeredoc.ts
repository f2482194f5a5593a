import { berthUrl, type Rule } from '../../lint/rule';
import { instructionSyntax } from '../builder/instructionSyntax';

export const rule: Rule = {
  id: 'UnterminatedHeredoc',
  source: 'berth',
  severity: 'error',
  summary: 'A heredoc (`<<EOF`) whose closing line never comes',
  url: berthUrl('UnterminatedHeredoc'),
  docs: {
    why: 'A heredoc runs until a line that holds exactly its name (after leading tabs, for `<<-`). Without that line the builder reads the rest of the file as the heredoc\u2019s content and then refuses it, so later instructions are silently swallowed in an editor and the build fails. A name with trailing spaces or a different case does not close it.',
    bad: 'FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\nEOF \nCMD ["curl", "--version"]',
    good: 'FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\nEOF\nCMD ["curl", "--version"]',
  },
  check(file) {
    return instructionSyntax(file).flatMap(({ heredocs }) =>
      heredocs
        .filter((heredoc) => heredoc.getDelimiterRange() === null)
        .map((heredoc) => ({ range: heredoc.getStartRange(), message: `The heredoc \`${heredoc.getName()}\` is never closed: add a line holding only \`${heredoc.getName()}\`` })),
    );
  },
};
