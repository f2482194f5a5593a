import { hadolintUrl, type Rule } from '../../lint/rule';

export const rule: Rule = {
  id: 'DL3061',
  source: 'hadolint',
  severity: 'error',
  summary: 'An instruction comes before the first FROM; only ARG may',
  url: hadolintUrl('DL3061'),
  docs: {
    why: 'Everything a Dockerfile builds happens in a stage, and a stage starts at FROM. Above the first FROM only parser directives, comments and ARG (for values FROM can use) are allowed; anything else makes the builder stop. Move the instruction below FROM.',
    bad: 'LABEL org.opencontainers.image.title=api\nFROM python:3.12-slim',
    good: 'ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}-slim\nLABEL org.opencontainers.image.title=api',
  },
  check(file) {
    return file.preludeInstructions
      .filter((instruction) => instruction.getKeyword() !== 'ARG')
      .map((instruction) => ({ range: instruction.getInstructionRange(), message: `${instruction.getKeyword()} comes before the first FROM; a Dockerfile must begin with FROM, ARG or a comment` }));
  },
};
