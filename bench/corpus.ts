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

/** A Dockerfile of about `lineCount` lines: many stages of the ordinary shape, one after another. */
export function longDockerfile(lineCount: number): string {
  const out: string[] = [];
  for (let seed = 0; out.length < lineCount; seed++) {
    out.push(...ordinaryDockerfile(seed).replace('AS build', `AS build${seed}`).replace('--from=build', `--from=build${seed}`).split('\n'));
  }
  return `${out.slice(0, lineCount).join('\n')}\n`;
}
