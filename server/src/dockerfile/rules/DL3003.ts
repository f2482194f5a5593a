import { hadolintUrl, type Rule } from '../../lint/rule';
import { commandsNamed, wordRange } from '../runCommands';

export const rule: Rule = {
  id: 'DL3003',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Use WORKDIR to change directory; a `cd` in RUN lasts only until the end of that step',
  url: hadolintUrl('DL3003'),
  docs: {
    why: 'Each RUN starts a fresh shell in the working directory set by WORKDIR, so a `cd` is forgotten at the end of its step and the next instruction silently runs somewhere else. WORKDIR states the directory once, applies to every later RUN, COPY, CMD and ENTRYPOINT, and creates the directory if needed.',
    bad: 'FROM golang:1.23\nRUN cd /src && go build ./...',
    good: 'FROM golang:1.23\nWORKDIR /src\nRUN go build ./...',
  },
  check(file) {
    return commandsNamed(file, new Set(['cd'])).map((found) => ({ range: wordRange(file, found) }));
  },
};
