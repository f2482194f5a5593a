import type { Dockerfile, Run } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { RuleFinding, RuleFix } from '../lint/rule';
import type { DockerfileContext, Stage } from './context';
import { NodeCache } from './nodeCache';
import { commandsNamed, programsRun, type CommandInRun, type FileRun } from './runCommands';
import { programName, type ShellCommand } from './shell';
import { parentStage } from './stages';

/**
 * What the package-manager rules share: the RUN commands they read, how a tool's command line
 * splits into subcommand and package specs, where those words are in the file, and the edits that
 * add an option or a clean-up step. Each rule file keeps only its own condition.
 */

/** What several package rules ask of one parse: a tool's invocations (three rules ask for `apt-get install`), pip's installs (two rules). */
interface PackageQueries {
  invocations: Map<string, Invocation[]>;
  pipInstalls?: Invocation[];
}

// Keyed by the parse, which a context shares with its copies under other settings.
const queriesByParse = new WeakMap<Dockerfile, PackageQueries>();

function queries(file: DockerfileContext): PackageQueries {
  let found = queriesByParse.get(file.ast);
  if (!found) {
    found = { invocations: new Map() };
    queriesByParse.set(file.ast, found);
  }
  return found;
}

/** How a tool's command line is read. */
export interface ToolSyntax {
  programs: readonly string[];
  /** Options (without dashes) whose value is the next word: `-t` and `--target-release` for apt-get. */
  valueOptions: ReadonlySet<string>;
  /** gem hands the words after `--` to the extension build: they are not gems. */
  operandsEndAtDoubleDash?: boolean;
}

function tool(programs: string[], valueOptions: string[], operandsEndAtDoubleDash = false): ToolSyntax {
  return { programs, valueOptions: new Set(valueOptions), operandsEndAtDoubleDash };
}

export const APT_GET = tool(['apt-get'], ['t', 'target-release', 'o', 'option', 'c', 'config-file', 'a', 'host-architecture']);
export const APK = tool(['apk'], ['t', 'virtual', 'X', 'repository', 'p', 'root', 'arch', 'keys-dir', 'cache-dir', 'repositories-file', 'cache-max-age', 'timeout']);
export const PIP = tool([], [
  'abi', 'b', 'build', 'c', 'constraint', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url',
  'implementation', 'no-binary', 'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python-version', 'r',
  'requirement', 'root', 'src', 't', 'target', 'trusted-host', 'upgrade-strategy', 'log', 'cert', 'client-cert',
  'timeout', 'retries', 'exists-action', 'global-option', 'config-settings', 'C', 'cache-dir',
]);
export const NPM = tool(['npm'], ['registry', 'loglevel', 'prefix', 'cache', 'userconfig', 'globalconfig', 'tag', 'w', 'workspace', 'omit', 'include', 'install-strategy', 'before', 'otp']);
export const GEM = tool(['gem'], ['v', 'version', 's', 'source', 'i', 'install-dir', 'n', 'bindir', 'platform', 'g', 'file', 'P', 'trust-policy', 'build-root'], true);
const RPM_OPTIONS = ['c', 'config', 'installroot', 'releasever', 'enablerepo', 'disablerepo', 'repo', 'repoid', 'x', 'exclude', 'd', 'debuglevel', 'e', 'errorlevel', 'setopt', 'downloaddir', 'destdir', 'forcearch'];
export const YUM = tool(['yum'], RPM_OPTIONS);
/** The yum and dnf subcommands that install, and so ask for confirmation. */
export const RPM_INSTALLS = ['install', 'groupinstall', 'localinstall', 'module install', 'group install'];
/** The yum and dnf subcommands whose operands are package or module specs (groups are names, not packages). */
export const RPM_PACKAGE_INSTALLS = ['install', 'module install'];
export const DNF = tool(['dnf', 'microdnf'], RPM_OPTIONS);
export const ZYPPER = tool(['zypper'], ['c', 'config', 'R', 'root', 'reposd-dir', 'cache-dir', 'r', 'repo', 't', 'type', 'from']);
export const YARN = tool(['yarn'], ['cwd', 'cache-folder', 'modules-folder', 'network-timeout', 'mutex', 'registry']);
export const GO = tool(['go'], ['C', 'o', 'p', 'mod', 'modfile', 'tags', 'ldflags', 'gcflags', 'asmflags', 'toolexec', 'exec', 'overlay', 'pkgdir', 'pgo']);

/** A word of a command that is not an option or an option's value. `arg` indexes `command.args`. */
export interface Operand {
  value: string;
  arg: number;
}

/** The command's operands from argument `fromArg` on, skipping options and the values they take; the first `limit` of them when given. */
export function operands(command: ShellCommand, syntax: ToolSyntax, fromArg = 0, limit = Infinity): Operand[] {
  const found: Operand[] = [];
  let optionsEnded = false;
  for (let i = fromArg; i < command.args.length && found.length < limit; i++) {
    const arg = command.args[i];
    if (!optionsEnded && arg === '--') {
      if (syntax.operandsEndAtDoubleDash) break;
      optionsEnded = true;
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      const name = arg.slice(arg.startsWith('--') ? 2 : 1);
      if (!name.includes('=') && syntax.valueOptions.has(name)) i++;
    } else {
      found.push({ value: arg, arg: i });
    }
  }
  return found;
}

/** A command that runs one of a tool's subcommands (`apt-get install`, `yum module install`). */
export interface Invocation extends CommandInRun {
  /** The subcommand as matched, words separated by one space. */
  subcommand: string;
  /** The argument index of the subcommand's last word. */
  subcommandArg: number;
  /** The operands after the subcommand: for an install, the package specs. */
  packages: Operand[];
}

/**
 * The invocation when the command runs one of `subcommands` (each split into its words, as
 * `['module', 'install']`) as its first operands, from argument `fromArg` on.
 */
function matchWords(entry: CommandInRun, syntax: ToolSyntax, subcommands: readonly string[][], fromArg = 0): Invocation | undefined {
  // Most commands run another subcommand: their first operands decide, before every operand is read.
  let longest = 0;
  for (const parts of subcommands) longest = Math.max(longest, parts.length);
  const leading = operands(entry.command, syntax, fromArg, longest);
  const parts = subcommands.find((candidate) => candidate.every((part, i) => leading[i]?.value === part));
  if (!parts) return undefined;
  const words = operands(entry.command, syntax, fromArg);
  return { ...entry, subcommand: parts.join(' '), subcommandArg: words[parts.length - 1].arg, packages: words.slice(parts.length) };
}

/** True when the command is the tool running `subcommand` (`yum clean all`) as its first operands. */
export function runsSubcommand(command: ShellCommand, syntax: ToolSyntax, subcommand: string): boolean {
  if (!syntax.programs.includes(programName(command))) return false;
  const words = operands(command, syntax);
  return subcommand.split(' ').every((part, i) => words[i]?.value === part);
}

/** Every command of the file in which the tool runs one of `subcommands`. */
export function invocations(file: DockerfileContext, syntax: ToolSyntax, subcommands: readonly string[]): Invocation[] {
  const cache = queries(file).invocations;
  const key = `${syntax.programs.join(',')} ${subcommands.join(',')}`;
  let found = cache.get(key);
  if (!found) {
    const split = subcommands.map((subcommand) => subcommand.split(' '));
    found = [];
    for (const entry of commandsNamed(file, syntax.programs)) {
      const invocation = matchWords(entry, syntax, split);
      if (invocation) found.push(invocation);
    }
    cache.set(key, found);
  }
  return found;
}

/** `pip install`, `pip3 install`, `pip3.12 install` and `python -m pip install`. */
export function pipInstalls(file: DockerfileContext): Invocation[] {
  const cached = queries(file);
  cached.pipInstalls ??= commandsNamed(file, [...programsRun(file)].filter((name) => /^(pip|python)[0-9.]*$/.test(name))).flatMap((entry) => {
    const { args } = entry.command;
    let pipArgs: number | undefined;
    if (programName(entry.command).startsWith('pip')) pipArgs = 0;
    else {
      const module = args.findIndex((arg, i) => arg === '-m' && args[i + 1] === 'pip');
      if (module >= 0) pipArgs = module + 2;
    }
    const invocation = pipArgs === undefined ? undefined : matchWords(entry, PIP, [['install']], pipArgs);
    return invocation ? [invocation] : [];
  });
  return cached.pipInstalls;
}

/** The document range from word `first` to word `last` of a command (0 is the program). */
export function wordsRange(file: DockerfileContext, entry: CommandInRun, first: number, last = first): Range {
  const start = file.wordRange(entry.command, first);
  const end = file.wordRange(entry.command, last);
  // A word that cannot be placed still gets a finding, on the whole RUN.
  return start && end ? { start: start.start, end: end.end } : entry.owner.run.getRange();
}

/** The program through the subcommand: `apt-get install`, `python -m pip install`. */
export function invocationRange(file: DockerfileContext, invocation: Invocation): Range {
  return wordsRange(file, invocation, 0, invocation.subcommandArg + 1);
}

/** A finding on each package spec of the invocations that `isPinned` rejects. */
export function unpinnedPackages(
  file: DockerfileContext,
  found: Invocation[],
  isPinned: (spec: string, invocation: Invocation) => boolean,
  message: (spec: string) => string,
): RuleFinding[] {
  return found.flatMap((invocation) =>
    invocation.packages
      .filter((spec) => !isPinned(spec.value, invocation))
      .map((spec) => ({ range: wordsRange(file, invocation, spec.arg + 1), message: message(spec.value) })),
  );
}

/** A fix that adds `option` right after word `word` of the command (the subcommand, usually). */
export function addOptionFix(file: DockerfileContext, entry: CommandInRun, word: number, option: string): RuleFix | undefined {
  const after = file.wordRange(entry.command, word);
  if (!after) return undefined;
  const newText = file.isExecForm(entry.owner.run) ? `, "${option}"` : ` ${option}`;
  return { title: `Add ${option}`, edits: [{ range: { start: after.end, end: after.end }, newText }] };
}

/**
 * A finding on each invocation whose command `has` rejects, on its program and subcommand, with a
 * fix that adds `option` after the subcommand (`apt-get install -y`).
 */
export function missingOption(file: DockerfileContext, found: Invocation[], has: (command: ShellCommand) => boolean, option: string): RuleFinding[] {
  return found
    .filter((invocation) => !has(invocation.command))
    .map((invocation) => ({ range: invocationRange(file, invocation), fix: addOptionFix(file, invocation, invocation.subcommandArg + 1, option) }));
}

/**
 * A fix that runs `step` after everything else in a shell-form RUN (`… && yum clean all`). None
 * when the script does not end in a plain command (`…; fi`, a trailing `&`), where `&&` would not fit.
 */
export function appendStepFix(file: DockerfileContext, owner: FileRun, step: string): RuleFix | undefined {
  const last = owner.commands[owner.commands.length - 1];
  if (!last || last.followedBy !== 'end' || file.isExecForm(owner.run) || file.heredocs(owner.run).length > 0) return undefined;
  const after = file.wordRange(last, last.rawWords.length - 1);
  if (!after) return undefined;
  return { title: `Append && ${step}`, edits: [{ range: { start: after.end, end: after.end }, newText: ` && ${step}` }] };
}

/** How a RUN undoes what a package command leaves in the image. */
export interface Cleanup {
  /** The directories the leftovers are in: removing one, or a cache mount on it, also counts. */
  directories: readonly string[];
  /** A command that cleans up after `trigger` (`yum clean all`); removing `directories` always counts. */
  cleans?: (command: ShellCommand, trigger: ShellCommand) => boolean;
  /** The step the quick fix appends to the RUN. */
  step: (trigger: Invocation) => string;
}

/**
 * A finding on the first trigger of each RUN (`yum install`, `apt-get update`) that no clean-up
 * follows in the same RUN: a clean-up in a later RUN, or before the trigger, leaves the files in a layer.
 */
export function missingCleanup(file: DockerfileContext, triggers: Invocation[], cleanup: Cleanup): RuleFinding[] {
  const reported = new Set<FileRun>();
  const findings: RuleFinding[] = [];
  for (const trigger of triggers) {
    const { owner } = trigger;
    if (reported.has(owner) || cleanup.directories.some((directory) => mountsScratchAt(owner.run, directory)) || cleansUpLater(trigger, cleanup)) continue;
    reported.add(owner);
    findings.push({ range: invocationRange(file, trigger), fix: appendStepFix(file, owner, cleanup.step(trigger)) });
  }
  return findings;
}

/** True when a command after the trigger in its RUN cleans up after it. */
function cleansUpLater(trigger: Invocation, cleanup: Cleanup): boolean {
  const { commands } = trigger.owner;
  for (let i = trigger.index + 1; i < commands.length; i++) {
    const command = commands[i];
    if (cleanup.directories.some((directory) => removesDirectory(command, directory)) || cleanup.cleans?.(command, trigger.command)) return true;
  }
  return false;
}

/** True when the command is `rm` of `directory` or something inside it (`rm -rf /var/lib/apt/lists/*`). */
function removesDirectory(command: ShellCommand, directory: string): boolean {
  return programName(command) === 'rm' && command.args.some((arg) => !arg.startsWith('-') && arg.startsWith(directory));
}

/**
 * True when a `--mount=type=cache` or `type=tmpfs` of the RUN is at `directory` or inside it: what
 * the command leaves there is not part of the image.
 */
export function mountsScratchAt(run: Run, directory: string): boolean {
  return scratchMountTargets(run).some((target) => target.startsWith(directory));
}

// The parser reads a RUN's flags anew on each call; several rules ask about the same RUN.
const mountTargetsByRun = new NodeCache<Run, string[]>();

/** Where the RUN's `--mount=type=cache` and `type=tmpfs` mounts are. */
export function scratchMountTargets(run: Run): string[] {
  let targets = mountTargetsByRun.get(run);
  if (!targets) {
    // Reading flags is slow in the parser; most RUNs have no mount to read.
    targets = !run.getTextContent().includes('--mount') ? [] : run.getFlags().flatMap((flag) => {
      const type = flag.getName() === 'mount' ? flag.getOption('type')?.getValue() : undefined;
      const target = (flag.getOption('target') ?? flag.getOption('dst') ?? flag.getOption('destination'))?.getValue();
      return (type === 'cache' || type === 'tmpfs') && target ? [target] : [];
    });
    mountTargetsByRun.set(run, targets);
  }
  return targets;
}

/**
 * True when what the RUN leaves behind reaches an image someone uses: it is in the last stage or in
 * a stage a later FROM builds on, or it is an ONBUILD trigger (it runs in whatever builds on the image).
 */
export function reachesImage(file: DockerfileContext, owner: FileRun): boolean {
  const { stage } = owner;
  if (owner.onbuild || !stage || stage === file.stages[file.stages.length - 1]) return true;
  let parents = parentsByParse.get(file.ast);
  if (!parents) {
    parents = new Set(file.stages.map((later) => parentStage(file, later)).filter((parent) => parent !== undefined));
    parentsByParse.set(file.ast, parents);
  }
  return parents.has(stage);
}

const parentsByParse = new WeakMap<Dockerfile, Set<Stage>>();

/**
 * True when a yum or dnf package spec names a version: `tomcat-9.0.1`, `openssl-1:1.1.1k`,
 * `gcc-c++-1.1.1`, `git-core-${GIT_VER}`, a `.rpm` file, or `module:stream` for `module install`.
 * Some part after the name's first dash must look like a version (a digit first), so `rpm-sign` and
 * `python3-devel` are not taken for pinned.
 */
export function rpmPinned(spec: string, install: Invocation): boolean {
  if (install.subcommand === 'module install') return spec.includes(':');
  if (spec.endsWith('.rpm')) return true;
  const parts = spec.split('-').slice(1);
  if (parts.some((part) => part.includes('$'))) return true;
  return parts.length > 0 && parts.every((part) => /^[A-Za-z0-9.~^_:+]*$/.test(part)) && parts.some((part) => /^[0-9]/.test(part));
}
