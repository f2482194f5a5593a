import { Run, Shell } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { baseName, walkStages } from '../runCommands';
import type { ShellCommand } from '../shell';

/** Shells that are not POSIX shells: pipes there do not follow sh rules, and pipefail does not apply. */
const NON_POSIX_SHELLS = new Set(['pwsh', 'powershell', 'cmd']);
/** The shells hadolint trusts to honour `-o pipefail`. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash']);

export const rule: Rule = {
  id: 'DL4006',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Set SHELL with `-o pipefail` before a RUN that uses a pipe, or a failing command early in the pipe goes unnoticed',
  url: hadolintUrl('DL4006'),
  docs: {
    why: 'A pipeline succeeds when its last command does: in `RUN wget -O - https://example.com/x | tar -xz`, a failed download still gives a green step and a broken image. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` makes the RUNs after it fail when any part of a pipe fails. On Alpine or BusyBox images, where bash is missing, use `/bin/ash`.',
    bad: 'FROM debian:12\nRUN wget -O - https://example.com/install.sh | sh',
    good: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://example.com/install.sh | sh',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    // The state is whether pipes are safe; a stage built FROM another keeps that stage's SHELL.
    walkStages(file, false, (pipesSafe, instruction) => {
      if (instruction instanceof Shell) return makesPipesSafe(instruction);
      if (instruction instanceof Run && !pipesSafe) {
        const piped = file.shellCommands(instruction).find((c) => c.followedBy === '|');
        if (piped) findings.push({ range: pipeRange(file, instruction, piped) });
      }
      return pipesSafe;
    });
    return findings;
  },
};

/** A non-POSIX shell (pwsh, powershell, cmd), or bash, zsh or ash with `-o pipefail`. */
function makesPipesSafe(shell: Shell): boolean {
  const words = shell.getJSONStrings().map((s) => s.getJSONValue());
  if (words.length === 0) return false;
  const program = baseName(words[0]).toLowerCase().replace(/\.exe$/, '');
  if (NON_POSIX_SHELLS.has(program)) return true;
  const setsOption = words.slice(1).some((w) => /^-[A-Za-z]*o/.test(w));
  return PIPEFAIL_SHELLS.has(program) && setsOption && words.includes('pipefail');
}

/** The command that feeds the pipe, with the `|` after it when it follows on the same line. */
function pipeRange(file: DockerfileContext, run: Run, piped: ShellCommand): Range {
  const first = file.wordRange(piped, 0);
  const last = file.wordRange(piped, piped.rawWords.length - 1);
  if (!first || !last) return run.getInstructionRange();
  const after = file.document.offsetAt(last.end);
  const pipe = /^[ \t]*\|/.exec(file.text.slice(after, after + 200));
  return { start: first.start, end: pipe ? file.document.positionAt(after + pipe[0].length) : last.end };
}
