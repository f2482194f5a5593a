import { Onbuild, Run } from 'dockerfile-ast';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { commandsNamed, unwrapOnbuild, wordRange, type RunCommand } from '../runCommands';
import { programName } from '../shell';

const DOWNLOADERS = new Set(['curl', 'wget']);

export const rule: Rule = {
  id: 'DL4001',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Use either wget or curl in a stage, not both',
  url: hadolintUrl('DL4001'),
  docs: {
    why: 'curl and wget do the same job. Installing and running both in one stage adds a package to the image and two sets of options, defaults and error behaviour to keep in mind. Pick one per stage.',
    bad: 'FROM debian:12\nRUN wget -q https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz',
    good: 'FROM debian:12\nRUN curl -fsSLO https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz',
  },
  check(file) {
    // A file that never runs one of the two has nothing to report.
    if (commandsNamed(file, ['wget']).length === 0 || commandsNamed(file, ['curl']).length === 0) return [];
    return file.stages.flatMap((stage) => {
      // ONBUILD triggers run in another build, so they are weighed among themselves.
      const own = stage.instructions.filter((i): i is Run => i instanceof Run);
      const triggers = stage.instructions.filter((i) => i instanceof Onbuild).map(unwrapOnbuild).filter((i): i is Run => i instanceof Run);
      return [...mixedDownloads(file, own), ...mixedDownloads(file, triggers)];
    });
  },
};

/**
 * As hadolint: once a group of RUNs has used both tools, every RUN that uses either is reported,
 * at its use of the tool the group started without, or else at its first download.
 */
function mixedDownloads(file: DockerfileContext, runs: Run[]): RuleFinding[] {
  const used: string[] = [];
  const findings: RuleFinding[] = [];
  for (const run of runs) {
    const downloads: RunCommand[] = file.shellCommands(run).filter((c) => DOWNLOADERS.has(programName(c))).map((command) => ({ run, command }));
    for (const { command } of downloads) if (!used.includes(programName(command))) used.push(programName(command));
    if (downloads.length === 0 || used.length < 2) continue;
    const reported = downloads.find(({ command }) => programName(command) !== used[0]) ?? downloads[0];
    const other = used.find((tool) => tool !== programName(reported.command));
    findings.push({ range: wordRange(file, reported), message: `This stage uses both wget and curl; keep one (here \`${programName(reported.command)}\`, elsewhere \`${other}\`)` });
  }
  return findings;
}
