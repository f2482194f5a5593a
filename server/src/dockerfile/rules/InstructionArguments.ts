import type { Range } from 'vscode-languageserver-types';
import { berthUrl, type Rule } from '../../lint/rule';
import { argumentsRange, instructionSyntax, type InstructionSyntax } from '../builder/instructionSyntax';

// The builder takes the rest of the line as one argument for these, so only a missing one is possible.
const ONE_ARGUMENT = new Set(['WORKDIR', 'USER', 'STOPSIGNAL', 'MAINTAINER']);
const AT_LEAST_ONE = new Set(['EXPOSE', 'VOLUME', 'ENV', 'LABEL', 'ARG', 'SHELL']);
// A word the builder reads as a heredoc: `<<EOF`, `<<-EOF`, `3<<EOF`.
const HEREDOC_WORD = /^\d*<<-?\s*[^<\s]/;
// ONBUILD triggers the builder refuses outright (DL3043 says so).
const REFUSED_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const rule: Rule = {
  id: 'InstructionArguments',
  source: 'berth',
  severity: 'error',
  summary: 'An instruction has fewer (or more) arguments than the builder requires',
  url: berthUrl('InstructionArguments'),
  docs: {
    why: 'The builder counts each instruction\u2019s arguments before it runs anything. `COPY` and `ADD` need at least a source and a destination, `FROM` takes an image and optionally `AS <name>`, `HEALTHCHECK` takes `NONE` or `CMD <command>`, `ONBUILD` needs the instruction to run later, and most others need at least one argument. A missing space, as in `COPY main.go.`, turns two arguments into one and the build fails.',
    bad: 'FROM golang:1.23\nWORKDIR /app\nCOPY main.go.\nRUN go build -o /bin/app main.go',
    good: 'FROM golang:1.23\nWORKDIR /app\nCOPY main.go .\nRUN go build -o /bin/app main.go',
  },
  check(file) {
    return instructionSyntax(file).flatMap((view) => {
      if (view.onbuild && REFUSED_TRIGGERS.has(view.keyword)) return [];
      const message = problem(view);
      return message ? [{ range: message.range ?? argumentsRange(view), message: message.text }] : [];
    });
  },
};

interface Problem {
  text: string;
  range?: Range;
}

function problem(view: InstructionSyntax): Problem | undefined {
  const { keyword, args, form } = view;
  const count = form.kind === 'exec' ? form.values.length : args.length;
  if (ONE_ARGUMENT.has(keyword) && count === 0) return { text: `${keyword} needs an argument` };
  if (AT_LEAST_ONE.has(keyword) && count === 0) return { text: `${keyword} needs at least one argument` };
  switch (keyword) {
    case 'FROM':
      return fromProblem(view);
    case 'COPY':
    case 'ADD':
      return copyProblem(view, count);
    case 'ONBUILD':
      return count === 0 ? { text: 'ONBUILD needs the instruction to run when a child image builds' } : undefined;
    case 'HEALTHCHECK':
      return healthcheckProblem(view);
    case 'VOLUME':
      return form.kind === 'exec' && form.values.some((path) => path.trim() === '') ? { text: 'VOLUME paths cannot be empty' } : undefined;
  }
  return undefined;
}

function fromProblem({ args }: InstructionSyntax): Problem | undefined {
  if (args.length === 1 || (args.length === 3 && args[1].getValue().toUpperCase() === 'AS')) return undefined;
  if (args.length === 0) return { text: 'FROM needs an image' };
  return { text: `FROM takes an image, optionally followed by \`AS <name>\`; here it has ${args.length} arguments` };
}

function copyProblem({ keyword, args, form }: InstructionSyntax, count: number): Problem | undefined {
  if (count === 0) return { text: `${keyword} needs a source and a destination` };
  if (count === 1) {
    const only = form.kind === 'exec' ? form.values[0] : args[0].getValue();
    return { text: `${keyword} needs a source and a destination, but \`${only}\` is a single argument (a missing space?)` };
  }
  const destination = args[args.length - 1];
  if (form.kind !== 'exec' && HEREDOC_WORD.test(destination.getValue())) return { text: `${keyword} cannot take a heredoc as its destination`, range: destination.getRange() };
  return undefined;
}

function healthcheckProblem({ args, form, instruction }: InstructionSyntax): Problem | undefined {
  if (args.length === 0) return { text: 'HEALTHCHECK needs `NONE` or `CMD <command>`' };
  const type = args[0].getValue().toUpperCase();
  if (type === 'NONE') return args.length > 1 ? { text: 'HEALTHCHECK NONE takes no arguments', range: { start: args[1].getRange().start, end: args[args.length - 1].getRange().end } } : undefined;
  if (type !== 'CMD') return { text: `\`${args[0].getValue()}\` is not a HEALTHCHECK type: use CMD or NONE`, range: args[0].getRange() };
  const commandWords = form.kind === 'exec' ? form.values.length : args.length - 1;
  return commandWords === 0 ? { text: 'HEALTHCHECK CMD needs a command', range: instruction.getRange() } : undefined;
}

