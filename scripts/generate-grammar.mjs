// The Dockerfile TextMate grammar is written here as a JavaScript object, where regular expressions
// can be commented, and emitted as syntaxes/dockerfile.tmLanguage.json by `npm run generate`.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const keyword = 'keyword.other.instruction.dockerfile';
// Instructions whose arguments are a command for the shell (or an exec-form array).
const COMMAND_INSTRUCTIONS = 'RUN|CMD|ENTRYPOINT';
const OTHER_INSTRUCTIONS = 'ADD|ARG|COPY|ENV|EXPOSE|FROM|LABEL|MAINTAINER|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR';
// An instruction ends at a line end that no escape character continues.
const INSTRUCTION_END = '(?<![\\\\`])$';

function shellHeredoc(opener, delimiterIndent) {
  return {
    begin: `(${opener})\\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\\2(.*)$`,
    beginCaptures: {
      1: { name: 'keyword.operator.heredoc.dockerfile' },
      3: { name: 'entity.name.tag.heredoc-delimiter.dockerfile' },
      4: { patterns: [{ include: 'source.shell' }] },
    },
    end: `^${delimiterIndent}(\\3)$`,
    endCaptures: { 1: { name: 'entity.name.tag.heredoc-delimiter.dockerfile' } },
    contentName: 'meta.embedded.block.shellscript',
    patterns: [{ include: 'source.shell' }],
  };
}

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Dockerfile',
  scopeName: 'source.dockerfile',
  patterns: [{ include: '#directive' }, { include: '#comment' }, { include: '#command-instruction' }, { include: '#healthcheck' }, { include: '#from' }, { include: '#other-instruction' }],
  repository: {
    directive: {
      match: '^\\s*(#)\\s*((?i:syntax|escape|check))\\s*(=)\\s*(.*)$',
      captures: {
        0: { name: 'meta.directive.dockerfile' },
        1: { name: 'punctuation.definition.directive.dockerfile' },
        2: { name: 'keyword.control.directive.dockerfile' },
        3: { name: 'keyword.operator.assignment.dockerfile' },
        4: { name: 'string.unquoted.directive-value.dockerfile' },
      },
    },
    comment: {
      match: '^\\s*(#).*$',
      name: 'comment.line.number-sign.dockerfile',
      captures: { 1: { name: 'punctuation.definition.comment.dockerfile' } },
    },
    onbuild: { match: '(?i:ONBUILD)\\s+', name: keyword },
    'command-instruction': {
      begin: `^\\s*((?i:ONBUILD)\\s+)?((?i:${COMMAND_INSTRUCTIONS}))(?=\\s|$)`,
      beginCaptures: { 1: { name: keyword }, 2: { name: keyword } },
      end: INSTRUCTION_END,
      name: 'meta.instruction.command.dockerfile',
      patterns: [{ include: '#flag' }, { include: '#exec-form' }, { include: '#shell-heredoc' }, { include: '#shell-form' }],
    },
    healthcheck: {
      begin: '^\\s*((?i:ONBUILD)\\s+)?((?i:HEALTHCHECK))(?=\\s|$)',
      beginCaptures: { 1: { name: keyword }, 2: { name: keyword } },
      end: INSTRUCTION_END,
      name: 'meta.instruction.healthcheck.dockerfile',
      patterns: [
        { include: '#flag' },
        { match: '\\b(?i:NONE)\\b', name: 'keyword.other.healthcheck-none.dockerfile' },
        {
          begin: '\\b((?i:CMD))(?=\\s|$)',
          beginCaptures: { 1: { name: keyword } },
          end: `(?=${INSTRUCTION_END})`,
          patterns: [{ include: '#exec-form' }, { include: '#shell-form' }],
        },
      ],
    },
    from: {
      begin: '^\\s*((?i:ONBUILD)\\s+)?((?i:FROM))(?=\\s|$)',
      beginCaptures: { 1: { name: keyword }, 2: { name: keyword } },
      end: INSTRUCTION_END,
      name: 'meta.instruction.from.dockerfile',
      patterns: [
        { include: '#flag' },
        { match: '\\s((?i:AS))\\s+([^\\s]+)', captures: { 1: { name: 'keyword.other.as.dockerfile' }, 2: { name: 'entity.name.type.stage.dockerfile' } } },
        { include: '#variable' },
        { match: '[^\\s$]+', name: 'entity.name.type.image.dockerfile' },
        { include: '#line-continuation' },
      ],
    },
    'other-instruction': {
      begin: `^\\s*((?i:ONBUILD)\\s+)?((?i:${OTHER_INSTRUCTIONS}))(?=\\s|$)`,
      beginCaptures: { 1: { name: keyword }, 2: { name: keyword } },
      end: INSTRUCTION_END,
      name: 'meta.instruction.dockerfile',
      patterns: [{ include: '#flag' }, { include: '#exec-form' }, { include: '#file-heredoc' }, { include: '#string' }, { include: '#variable' }, { include: '#line-continuation' }, { include: '#comment' }],
    },
    flag: {
      match: '(?<=\\s)(--)([A-Za-z][A-Za-z0-9-]*)(?:(=)([^\\s]*))?',
      captures: {
        1: { name: 'punctuation.definition.flag.dockerfile' },
        2: { name: 'entity.other.attribute-name.flag.dockerfile' },
        3: { name: 'keyword.operator.assignment.dockerfile' },
        4: { name: 'string.unquoted.flag-value.dockerfile', patterns: [{ include: '#variable' }] },
      },
    },
    'exec-form': {
      begin: '(?<=\\s)(\\[)(?=\\s*")',
      beginCaptures: { 1: { name: 'punctuation.definition.array.begin.dockerfile' } },
      end: `(\\])|(?=${INSTRUCTION_END})`,
      endCaptures: { 1: { name: 'punctuation.definition.array.end.dockerfile' } },
      name: 'meta.exec-form.dockerfile',
      patterns: [
        { begin: '"', end: '"', name: 'string.quoted.double.json.dockerfile', patterns: [{ match: '\\\\(?:["\\\\/bfnrt]|u[0-9A-Fa-f]{4})', name: 'constant.character.escape.dockerfile' }] },
        { match: ',', name: 'punctuation.separator.array.dockerfile' },
        { include: '#line-continuation' },
      ],
    },
    // `RUN <<EOF` and `RUN <<-"EOF"`: the rest of the opening line and the body are shell, up to the
    // delimiter line. `<<-` lets tabs indent the delimiter; plain `<<` wants it alone on its line.
    'shell-heredoc': { patterns: [shellHeredoc('<<-', '\\t*'), shellHeredoc('<<', '')] },
    // COPY/ADD heredocs create files: the body is data, not shell.
    'file-heredoc': {
      patterns: ['<<-', '<<'].map((opener) => ({
        begin: `(${opener})\\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\\2`,
        beginCaptures: { 1: { name: 'keyword.operator.heredoc.dockerfile' }, 3: { name: 'entity.name.tag.heredoc-delimiter.dockerfile' } },
        end: `^${opener === '<<-' ? '\\t*' : ''}(\\3)$`,
        endCaptures: { 1: { name: 'entity.name.tag.heredoc-delimiter.dockerfile' } },
        contentName: 'string.unquoted.heredoc.dockerfile',
      })),
    },
    // VS Code's shell grammar only recognises a command name after a line start or an operator, so
    // the first word after the instruction keyword is marked as the command here.
    'shell-form': {
      begin: '(?=\\S)',
      end: `(?=${INSTRUCTION_END})`,
      contentName: 'meta.embedded.line.shellscript',
      patterns: [{ match: '\\G[^\\s;&|()<>$"\'`\\\\]+', name: 'entity.name.command.shell' }, { include: '#comment' }, { include: 'source.shell' }],
    },
    string: {
      patterns: [
        { begin: '"', end: '"|(?=$)', name: 'string.quoted.double.dockerfile', patterns: [{ match: '\\\\.', name: 'constant.character.escape.dockerfile' }, { include: '#variable' }] },
        { begin: "'", end: "'|(?=$)", name: 'string.quoted.single.dockerfile' },
      ],
    },
    variable: {
      patterns: [
        {
          match: '(\\$\\{)([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?(\\})',
          captures: {
            1: { name: 'punctuation.definition.variable.begin.dockerfile' },
            2: { name: 'variable.other.dockerfile' },
            3: { name: 'keyword.operator.substitution.dockerfile' },
            5: { name: 'punctuation.definition.variable.end.dockerfile' },
          },
        },
        { match: '(\\$)([A-Za-z_][A-Za-z0-9_]*)', captures: { 1: { name: 'punctuation.definition.variable.dockerfile' }, 2: { name: 'variable.other.dockerfile' } } },
      ],
    },
    'line-continuation': { match: '[\\\\`]$', name: 'constant.character.escape.line-continuation.dockerfile' },
  },
};

const target = join(dirname(fileURLToPath(import.meta.url)), '../syntaxes/dockerfile.tmLanguage.json');
writeFileSync(target, `${JSON.stringify(grammar, null, 2)}\n`);
