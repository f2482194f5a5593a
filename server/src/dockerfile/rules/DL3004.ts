import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { commandsNamed, editableAsShell, wordRange, type RunCommand } from '../runCommands';
import type { DockerfileContext } from '../context';

export const rule: Rule = {
  id: 'DL3004',
  source: 'hadolint',
  severity: 'error',
  summary: 'Do not use `sudo` in RUN: it behaves unpredictably without a terminal; switch users with USER, or use gosu at run time',
  url: hadolintUrl('DL3004'),
  docs: {
    why: 'Build steps run as the user set by USER, root by default, so `sudo` adds nothing but a dependency on its configuration: it may be missing, ask for a password, need a terminal or rewrite the environment. Run privileged steps before switching with USER, or switch back with `USER root` around them; to drop privileges when the container starts, use a tool like gosu or su-exec in the entrypoint.',
    bad: 'FROM debian:12\nUSER app\nRUN sudo mkdir -p /srv/data',
    good: 'FROM debian:12\nRUN mkdir -p /srv/data && chown app /srv/data\nUSER app',
  },
  check(file) {
    return commandsNamed(file, new Set(['sudo'])).map((found) => finding(file, found));
  },
};

function finding(file: DockerfileContext, found: RunCommand): RuleFinding {
  const range = wordRange(file, found);
  // Only a plain `sudo command` can lose its first word; `sudo -u user …` needs a USER instruction instead.
  const next = file.wordRange(found.command, 1);
  if (!next || found.command.args[0].startsWith('-') || !editableAsShell(file, found)) return { range };
  return { range, fix: { title: 'Remove sudo', edits: [{ range: { start: range.start, end: next.start }, newText: '' }] } };
}
