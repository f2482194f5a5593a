/**
 * Generated Dockerfiles for the benchmarks: ordinary ones shaped like real projects' (a few stages,
 * package installs, COPY, ENV, CMD), and long ones of a given line count.
 */

const BASES = ['debian:bookworm-slim', 'node:22-alpine', 'python:3.12-slim', 'golang:1.23', 'ubuntu:24.04', 'alpine:3.20'];

/** An ordinary Dockerfile of roughly 20 to 40 lines; `seed` varies it. */
export function ordinaryDockerfile(seed: number): string {
  const base = BASES[seed % BASES.length];
  const lines = [
    '# syntax=docker/dockerfile:1',
    `ARG VERSION=1.${seed % 10}`,
    `FROM ${base} AS build`,
    'WORKDIR /src',
    'RUN apt-get update && apt-get install -y --no-install-recommends \\',
    `    curl=7.88.1-10 ca-certificates=20230311 git=1:2.39.${seed % 5} \\`,
    '    && rm -rf /var/lib/apt/lists/*',
    'COPY package.json package-lock.json ./',
    'RUN npm ci --omit=dev',
    'COPY . .',
    `ENV NODE_ENV=production PORT=${3000 + (seed % 100)}`,
    'RUN npm run build',
    '',
    `FROM ${base}`,
    'LABEL org.opencontainers.image.title="app" org.opencontainers.image.version="${VERSION}"',
    'WORKDIR /app',
    'COPY --from=build /src/dist ./dist',
    'USER 1000',
    `EXPOSE ${3000 + (seed % 100)}`,
    'HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-f", "http://localhost/"]',
    'CMD ["node", "dist/index.js"]',
  ];
  if (seed % 3 === 0) lines.splice(9, 0, 'ADD app.tar.gz /opt/', 'RUN cd /opt && make');
  if (seed % 4 === 0) lines.push('MAINTAINER someone@example.com');
  return `${lines.join('\n')}\n`;
}

/**
 * A Dockerfile of `lineCount` lines shaped like a long real one: ten stages, each a FROM followed by
 * the instructions long files are made of (multi-line RUNs, ENV, COPY, LABEL), with a comment now and then.
 */
export function longDockerfile(lineCount: number): string {
  const perStage = Math.ceil(lineCount / 10);
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:bookworm-slim'];
  for (let stage = 0; out.length < lineCount; stage++) {
    out.push(stage === 0 ? 'FROM ${BASE} AS stage0' : `FROM stage${stage - 1} AS stage${stage}`, 'WORKDIR /work');
    for (let i = 0; out.length < (stage + 1) * perStage && out.length < lineCount; i++) {
      switch (i % 6) {
        case 0:
          out.push(`# step ${i} of stage ${stage}`);
          break;
        case 1:
          out.push(`RUN apt-get update && apt-get install -y --no-install-recommends \\`, `    pkg${i}=1.${i}.0 tool${i}=2.${i} \\`, '    && rm -rf /var/lib/apt/lists/*');
          break;
        case 2:
          out.push(`ENV VAR_${i}=value${i} PATH=/opt/bin${i}:$PATH`);
          break;
        case 3:
          out.push(`COPY src/part${i}/ /work/part${i}/`);
          break;
        case 4:
          out.push(`LABEL com.example.step${i}="stage ${stage}"`);
          break;
        default:
          out.push(`RUN make -C /work/part${i - 2} install`);
      }
    }
  }
  return `${out.slice(0, lineCount).join('\n')}\n`;
}
