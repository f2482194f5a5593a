/**
 * `node --import tsx bench/scaling.ts [lines]`: lints long Dockerfiles of several shapes at `lines`
 * and twice as many lines, and names the rules whose CPU time more than triples when the file
 * doubles: a scan per instruction over the whole file, which the 10,000-line benchmark file may
 * not trigger. Measures, never asserts; each figure is the minimum of three runs.
 */
import { DockerfileContext } from '../server/src/dockerfile/context';
import { dockerfileRules } from '../server/src/dockerfile/rules';
import { lintDockerfile } from '../server/src/lint/runner';

/** File shapes that stress different shared views, each of about `lines` lines. */
const SHAPES: Record<string, (lines: number) => string[]> = {
  'many stages': (lines) => {
    const out = ['ARG BASE=debian:12'];
    for (let s = 0; out.length < lines; s++) {
      out.push(s % 2 ? `FROM s${s - 1} AS s${s}` : `FROM \${BASE} AS s${s}`, 'ARG V', 'ENV A=$V', `COPY --from=s${Math.max(0, s - 1)} /a /b`, 'RUN apt-get install -y x=1', 'WORKDIR /w', 'CMD ["x"]');
    }
    return out;
  },
  'ARG and ENV chains': (lines) => {
    const out = ['FROM alpine:3.20'];
    for (let i = 0; out.length < lines; i++) out.push(i % 2 ? `ARG A${i}=\${A${i - 1}}` : `ENV E${i}=$A${i - 1} F${i}=\${E${i - 2}:-x}`);
    return out;
  },
  'ONBUILD and heredocs': (lines) => {
    const out = ['FROM alpine:3.20'];
    for (let i = 0; out.length < lines; i++) out.push(`ONBUILD RUN echo ${i} && apt-get install -y z`, `COPY <<EOF /f${i}`, 'hello $X', 'EOF', 'RUN <<EOT bash', 'cd /x && wget y', 'EOT', '# hadolint ignore=DL3003', 'RUN cd /a');
    return out;
  },
  'labels and copies': (lines) => {
    const out = ['FROM alpine:3.20 AS a'];
    for (let i = 0; out.length < lines; i++) out.push(`LABEL k${i}="v $X" org.opencontainers.image.version=${i}`, `COPY --chown=1:1 --chmod=644 a${i}.tar.gz b${i} /dst/`, `EXPOSE ${i % 60000}/tcp`, `RUN tar -xf /dst/a${i}.tar.gz`);
    return out;
  },
};

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The minimum CPU time of a whole lint and of each rule on a fresh parse, over three runs. */
function measure(text: string): { lint: number; rules: Map<string, number> } {
  lintDockerfile({ text }); // warm-up
  let lint = Infinity;
  const rules = new Map<string, number>();
  for (let run = 0; run < 3; run++) {
    const start = cpuMilliseconds();
    lintDockerfile({ text });
    lint = Math.min(lint, cpuMilliseconds() - start);
    const file = new DockerfileContext(text);
    for (const rule of dockerfileRules) {
      const ruleStart = cpuMilliseconds();
      try {
        rule.check(file);
      } catch {
        // the runner reports failures; here only the time counts
      }
      rules.set(rule.id, Math.min(rules.get(rule.id) ?? Infinity, cpuMilliseconds() - ruleStart));
    }
  }
  return { lint, rules };
}

const lines = Number(process.argv[2] ?? 5000);
for (const [shape, make] of Object.entries(SHAPES)) {
  const small = measure(make(lines).join('\n'));
  const large = measure(make(2 * lines).join('\n'));
  // Below a few milliseconds the timer and the collector decide the ratio, not the rule.
  const superlinear = [...large.rules]
    .filter(([id, ms]) => ms > 5 && ms / (small.rules.get(id) ?? Infinity) > 3)
    .map(([id, ms]) => `${id} ${(small.rules.get(id) ?? 0).toFixed(1)} -> ${ms.toFixed(1)} ms`);
  console.log(`${shape}: lint ${small.lint.toFixed(0)} ms at ${lines} lines, ${large.lint.toFixed(0)} ms at ${2 * lines}; growing faster than the file: ${superlinear.join(', ') || 'none'}`);
}
