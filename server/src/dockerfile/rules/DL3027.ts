import { hadolintUrl, type Rule, type RuleFix } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { APT_GET, operands, wordsRange } from '../packageManagers';
import { commandsNamed, type CommandInRun } from '../runCommands';

/** apt subcommands apt-get runs the same way, so the fix can swap the program and keep the rest. */
const APT_GET_SUBCOMMANDS = new Set(['install', 'remove', 'purge', 'autoremove', 'update', 'upgrade', 'dist-upgrade', 'clean', 'autoclean', 'source', 'build-dep', 'download', 'changelog', 'check', 'satisfy']);

function useAptGet(file: DockerfileContext, entry: CommandInRun): RuleFix | undefined {
  const { command } = entry;
  if (!APT_GET_SUBCOMMANDS.has(operands(command, APT_GET)[0]?.value ?? '')) return undefined;
  const range = file.wordRange(command, 0);
  const exec = file.isExecForm(entry.owner.run);
  // A quoted or escaped program name in a shell script is left for the author to edit.
  if (!range || (!exec && command.rawWords[0] !== command.name)) return undefined;
  return { title: 'Use apt-get', edits: [{ range, newText: exec ? `"${command.name}-get"` : `${command.name}-get` }] };
}

export const rule: Rule = {
  id: 'DL3027',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Use apt-get or apt-cache instead of apt, whose output and behaviour are made for people at a terminal',
  url: hadolintUrl('DL3027'),
  docs: {
    why: '`apt` is the interactive front end: its command-line interface is not promised to stay stable and it warns as much when run from a script. `apt-get` and `apt-cache` do the same work with an interface meant for scripts such as a Dockerfile.',
    bad: 'FROM debian:12\nRUN apt update && apt install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
  },
  check(file) {
    return commandsNamed(file, ['apt'])
      .map((entry) => ({ range: wordsRange(file, entry, 0), fix: useAptGet(file, entry) }));
  },
};
