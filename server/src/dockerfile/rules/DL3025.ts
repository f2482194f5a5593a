import type { Instruction } from 'dockerfile-ast';
import { TextEdit } from 'vscode-languageserver-types';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { Stage } from '../context';
import { foldStages } from '../stages';

/** True when the arguments are what the builder takes for exec form: a JSON array of strings. */
function isJsonStringArray(text: string): boolean {
  if (!text.startsWith('[')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

/** Words that mean the same with or without a shell: no quotes, variables, globs, escapes or operators. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Shell built-ins and keywords: without a shell there is no program of that name to run. */
const SHELL_ONLY = new Set(['.', 'source', 'cd', 'export', 'set', 'unset', 'alias', 'eval', 'exit', 'return', 'shift', 'trap', 'ulimit', 'umask', 'wait', 'read', 'readonly', 'local', 'declare', 'typeset', 'command', 'builtin', 'hash', 'type', 'times', 'break', 'continue', 'getopts', 'jobs', 'if', 'while', 'until', 'for', 'case', 'function']);

/**
 * The exec form of a shell-form command, when its words split the same way without a shell. A leading
 * `exec` is dropped: exec form already runs the program in place of the shell.
 */
function execForm(instruction: Instruction): string | undefined {
  let words = instruction.getArguments().map((a) => a.getValue());
  if (words[0] === 'exec') words = words.slice(1);
  if (words.length === 0 || !words.every((w) => PLAIN_WORD.test(w))) return undefined;
  if (SHELL_ONLY.has(words[0]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) return undefined;
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}

function jsonFix(stage: Stage, instruction: Instruction): RuleFinding['fix'] {
  // An exec-form ENTRYPOINT takes the stage's CMD as arguments, which the shell form ignored.
  if (instruction.getKeyword() === 'ENTRYPOINT' && stage.instructions.some((i) => i.getKeyword() === 'CMD')) return undefined;
  const args = instruction.getArgumentsRange();
  const json = execForm(instruction);
  if (!args || !json) return undefined;
  return { title: `Rewrite ${instruction.getKeyword()} in JSON (exec) form`, edits: [TextEdit.replace(args, json)] };
}

export const rule: Rule = {
  id: 'DL3025',
  aliases: ['JSONArgsRecommended'],
  source: 'hadolint',
  severity: 'warning',
  summary: 'CMD or ENTRYPOINT in shell form runs under /bin/sh, so the program does not receive stop signals',
  url: hadolintUrl('DL3025'),
  docs: {
    why: 'In shell form the container starts `/bin/sh -c "…"` and your program runs as its child. The shell does not pass on SIGTERM, so `docker stop` waits out its timeout and kills the program without letting it shut down cleanly. The JSON (exec) form runs the program itself as PID 1. If you do want a shell, declare it with SHELL and this rule stays quiet, as BuildKit does.',
    bad: 'FROM node:22-slim\nCMD node server.js',
    good: 'FROM node:22-slim\nCMD ["node", "server.js"]',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    // BuildKit does not warn while a SHELL is in effect (set earlier in the stage or in a stage it
    // builds on): choosing a shell explicitly says the command is meant to run through it.
    foldStages(file, false, (stage, shellInherited) => {
      let shellSet = shellInherited;
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword();
        if (keyword === 'SHELL') shellSet = true;
        if ((keyword !== 'CMD' && keyword !== 'ENTRYPOINT') || shellSet) continue;
        const args = instruction.getArgumentsRange();
        if (!args || isJsonStringArray(instruction.getArgumentsContent()?.trim() ?? '')) continue;
        findings.push({ range: args, message: `Use the JSON (exec) form for ${keyword} so the program receives signals such as SIGTERM`, fix: jsonFix(stage, instruction) });
      }
      return shellSet;
    });
    return findings;
  },
};
