import { posix } from 'node:path';
import type { Instruction } from 'dockerfile-ast';
import { TextEdit } from 'vscode-languageserver-types';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { foldStages, hasVariable } from '../stages';

/** The WORKDIR path without the quotes around it, as hadolint and the builder read it. */
function unquoted(path: string): string {
  return /^(["']).*\1$/.test(path) ? path.slice(1, -1) : path;
}

/** `/srv`, `C:\app`, `C:/app`: absolute on Linux or Windows. A variable counts too: it usually holds an absolute path. */
function isAbsoluteOrVariable(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('$');
}

interface Workdir {
  /** The path as the builder reads it, quotes removed. */
  path: string;
  /** The absolute directory it leaves the stage in, when that can be worked out. */
  resolved?: string;
}

/**
 * Every WORKDIR in the stages, resolved through the stages it builds on. A directory the base image
 * sets is not known here, so it is taken as `/`; once a WORKDIR cannot be resolved (a variable, a
 * Windows path), nothing after it can be.
 */
function workdirs(file: DockerfileContext): Map<Instruction, Workdir> {
  const found = new Map<Instruction, Workdir>();
  foldStages<string | undefined>(file, '/', (stage, inherited) => {
    let current = inherited;
    for (const instruction of stage.instructions) {
      if (instruction.getKeyword() !== 'WORKDIR') continue;
      const path = unquoted(instruction.getArgumentsContent()?.trim() ?? '');
      const resolvable = !hasVariable(path) && !/^[A-Za-z]:|\\/.test(path);
      if (!resolvable) current = undefined;
      else if (path.startsWith('/')) current = posix.normalize(path);
      else if (current !== undefined) current = posix.join(current, path);
      found.set(instruction, { path, resolved: current });
    }
    return current;
  });
  return found;
}

/** Rewrites a relative WORKDIR to the absolute directory it resolves to, keeping its quotes. */
function absoluteFix(workdir: Instruction, absolute: string | undefined): RuleFinding['fix'] {
  const args = workdir.getArgumentsRange();
  const raw = workdir.getRawArgumentsContent()?.trim() ?? '';
  // Only a single word on one line is rewritten; anything longer is left to the author.
  if (!absolute || !args || args.start.line !== args.end.line || /\s/.test(raw)) return undefined;
  const quote = raw !== unquoted(raw) ? raw[0] : '';
  return { title: `Use the absolute path ${absolute}`, edits: [TextEdit.replace(args, `${quote}${absolute}${quote}`)] };
}

export const rule: Rule = {
  id: 'DL3000',
  aliases: ['WorkdirRelativePath'],
  source: 'hadolint',
  severity: 'error',
  summary: 'WORKDIR is a relative path, so where it lands depends on the base image',
  url: hadolintUrl('DL3000'),
  docs: {
    why: 'A relative WORKDIR is resolved against whatever working directory the base image left behind. If the base image changes its WORKDIR, every path after it moves with it and COPY and RUN quietly work somewhere else. An absolute path says exactly where the stage works.',
    bad: 'FROM nginx:1.27\nWORKDIR usr/share/nginx/html\nCOPY public .',
    good: 'FROM nginx:1.27\nWORKDIR /usr/share/nginx/html\nCOPY public .',
  },
  check(file) {
    return [...workdirs(file)].flatMap(([workdir, { path, resolved }]) => {
      const args = workdir.getArgumentsRange();
      if (!args || path === '' || isAbsoluteOrVariable(path)) return [];
      return [{ range: args, message: `WORKDIR \`${path}\` is relative; use an absolute path`, fix: absoluteFix(workdir, resolved) }];
    });
  },
};
