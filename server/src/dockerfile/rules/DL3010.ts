import { Copy, From, Run } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { baseName, commandsNamed, copyArguments, isArchive } from '../runCommands';
import { positionalArgs, programName, type ShellCommand } from '../shell';

/** Commands that unpack a compressed file given as an argument. */
const DECOMPRESSORS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);
const EXTRACTORS = ['tar', ...DECOMPRESSORS];

export const rule: Rule = {
  id: 'DL3010',
  source: 'hadolint',
  severity: 'info',
  summary: 'A local archive is copied in and then extracted by RUN; ADD extracts it in one step',
  url: hadolintUrl('DL3010'),
  docs: {
    why: 'COPY followed by `tar -x` keeps the archive in one layer and its contents in another, so the image carries both. ADD unpacks a local tar archive (plain or compressed) straight into the destination, in a single layer and without a tar in the image.',
    bad: 'FROM debian:12\nCOPY app.tar.gz /opt/\nRUN tar -xzf /opt/app.tar.gz -C /opt',
    good: 'FROM debian:12\nADD app.tar.gz /opt/',
  },
  check(file) {
    // Without a command that extracts anything there is nothing to report, and reading every COPY's paths is the costly part.
    if (commandsNamed(file, EXTRACTORS).length === 0) return [];
    const findings: RuleFinding[] = [];
    // Archive base name → where it was copied in; forgotten at each FROM, as each stage starts afresh.
    let copied = new Map<string, Range[]>();
    for (const instruction of file.instructions) {
      if (instruction instanceof From) copied = new Map();
      // getFromFlag() answers only when --from is the sole flag, so the flags are read here.
      else if (instruction instanceof Copy && !instruction.getFlags().some((f) => f.getName().toLowerCase() === 'from')) rememberArchives(file, instruction, copied);
      else if (instruction instanceof Run) {
        for (const command of file.shellCommands(instruction)) {
          for (const name of extractedNames(command)) {
            findings.push(...(copied.get(name) ?? []).map((range) => ({ range, message: `\`${name}\` is copied in and then extracted; ADD extracts a local archive in one step` })));
            copied.delete(name);
          }
        }
      }
    }
    return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  },
};

/** A COPY to an archive name brings in that name; otherwise each archive source keeps its own name. */
function rememberArchives(file: DockerfileContext, copy: Copy, copied: Map<string, Range[]>): void {
  const { sources, destination } = copyArguments(file, copy);
  const archives = destination && isArchive(destination.value) ? [destination] : sources.filter((s) => !s.heredoc && isArchive(s.value));
  for (const archive of archives) {
    const name = baseName(archive.value);
    copied.set(name, [...(copied.get(name) ?? []), archive.range]);
  }
}

/** The base names of the files a command extracts: tar in extract mode, or a decompressor. */
function extractedNames(command: ShellCommand): string[] {
  const program = programName(command);
  if (program !== 'tar' && !DECOMPRESSORS.has(program)) return [];
  if (program === 'tar' && !isTarExtract(command)) return [];
  return positionalArgs(command).map(baseName);
}

/** `--extract`, `--get`, a short option group with `x` (`-xzf`), or an old-style first word (`tar xzf`). */
function isTarExtract(command: ShellCommand): boolean {
  const [first] = command.args;
  return command.args.some((arg) => arg === '--extract' || arg === '--get' || /^-[A-Za-z]*x/.test(arg)) || (first !== undefined && /^[A-Za-z]*x[A-Za-z]*$/.test(first));
}
