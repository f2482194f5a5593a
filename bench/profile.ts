/**
 * `node --import tsx bench/profile.ts [rounds]`: where a lint's CPU time goes, per phase and per rule,
 * on the 10,000-line file and on ordinary files. CPU time (process.cpuUsage), not wall time, so the
 * figures hold on a busy machine; each figure is the median over `rounds` fresh parses.
 *
 * The views several rules share (RUN commands, the builder's reading of each instruction, variables,
 * labels, COPY paths, ARG/ENV/LABEL declarations) are read first, each as a phase of its own; the rules
 * then run in the runner's order on that parse, so each rule's figure is its own work. (In a real lint a
 * view is read by the first rule that asks for it.)
 */
import { Add, Arg, Copy, Env, Label } from 'dockerfile-ast';
import { instructionSyntax } from '../server/src/dockerfile/builder/instructionSyntax';
import { DockerfileContext } from '../server/src/dockerfile/context';
import { declarations } from '../server/src/dockerfile/instructionParts';
import { fileLabelPairs } from '../server/src/dockerfile/labels';
import { commandsNamed, copyArguments } from '../server/src/dockerfile/runCommands';
import { forEachInstructionScope } from '../server/src/dockerfile/variables';
import { parseDockerfile } from '../server/src/dockerfile/parse';
import { dockerfileRules } from '../server/src/dockerfile/rules';
import { lintDockerfile } from '../server/src/lint/runner';
import { longDockerfile, ordinaryDockerfile } from './corpus';

const rounds = Number(process.argv[2] ?? 7);

/** CPU microseconds (user + system) spent in `run`. */
function cpuMicros(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (micros: number) => `${(micros / 1000).toFixed(2)} ms`;

/** The shared views, in the order the rules first ask for them. */
const VIEWS: [string, (file: DockerfileContext) => void][] = [
  ['view: RUN commands', (file) => commandsNamed(file, [])],
  ['view: builder syntax', (file) => instructionSyntax(file)],
  ['view: declarations', (file) => file.instructions.forEach((i) => (i instanceof Arg || i instanceof Env || i instanceof Label) && declarations(file, i))],
  ['view: labels', (file) => fileLabelPairs(file)],
  ['view: COPY paths', (file) => file.instructions.forEach((i) => (i instanceof Copy || i instanceof Add) && copyArguments(file, i))],
  ['view: variables', (file) => forEachInstructionScope(file, () => undefined)],
];

/** Median CPU time of each phase over the texts, summed over the texts of a round. */
function profile(label: string, texts: string[]): void {
  const phases = new Map<string, number[]>();
  const record = (name: string, micros: number) => {
    const list = phases.get(name) ?? [];
    list.push(micros);
    phases.set(name, list);
  };
  for (let warm = 0; warm < 3; warm++) for (const text of texts) lintDockerfile({ text }); // warm-up: JIT and lazy modules
  for (let round = 0; round < rounds; round++) {
    const totals = new Map<string, number>();
    const add = (name: string, micros: number) => totals.set(name, (totals.get(name) ?? 0) + micros);
    for (const text of texts) {
      add('lintDockerfile (whole)', cpuMicros(() => lintDockerfile({ text })));
      add('parse (dockerfile-ast)', cpuMicros(() => parseDockerfile(text)));
      let file: DockerfileContext | undefined;
      add('new DockerfileContext', cpuMicros(() => (file = new DockerfileContext(text))));
      for (const [name, read] of VIEWS) add(name, cpuMicros(() => read(file as DockerfileContext)));
      for (const rule of dockerfileRules) add(`rule ${rule.id}`, cpuMicros(() => rule.check(file as DockerfileContext)));
    }
    for (const [name, micros] of totals) record(name, micros);
  }
  console.log(`\n${label} (median CPU time over ${rounds} rounds)`);
  const rows = [...phases].map(([name, samples]) => ({ name, micros: median(samples) }));
  const ruleTotal = rows.filter((r) => r.name.startsWith('rule ')).reduce((n, r) => n + r.micros, 0);
  const viewTotal = rows.filter((r) => r.name.startsWith('view: ')).reduce((n, r) => n + r.micros, 0);
  for (const row of rows.filter((r) => !r.name.startsWith('rule '))) console.log(`  ${row.name.padEnd(28)} ${ms(row.micros)}`);
  console.log(`  ${'all views (sum)'.padEnd(28)} ${ms(viewTotal)}`);
  console.log(`  ${'all rules (sum)'.padEnd(28)} ${ms(ruleTotal)}`);
  const top = rows.filter((r) => r.name.startsWith('rule ')).sort((a, b) => b.micros - a.micros).slice(0, 15);
  for (const row of top) console.log(`    ${row.name.padEnd(34)} ${ms(row.micros)}`);
}

profile('one 10,000-line Dockerfile', [longDockerfile(10_000)]);
profile('500 ordinary Dockerfiles', Array.from({ length: 500 }, (_, i) => ordinaryDockerfile(i)));
