import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from '../context';
import { documentLinks, registryPage } from './documentLinks';
import { parseImageReference } from '../imageReference';
import { textAt } from './featureTesting';

const TEXT = [
  'ARG BASE=alpine',
  'FROM golang:1.23 AS build',
  'FROM build AS test',
  'FROM ${BASE}',
  'FROM ghcr.io/acme/tool:v1 AS tool',
  'FROM scratch',
  'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
  'COPY --from=build /app /app',
  'COPY go.mod /missing.txt *.go ./',
  'COPY ["/cmd/main.go", "$SRC", "/dst/"]',
  'ADD https://example.com/tool.tgz /opt/',
].join('\n');
const existing = new Set(['/work/app/go.mod', '/work/app/cmd/main.go', '/work/app/.']);

test('images link to their registry page; stages, variables and scratch do not', () => {
  const links = documentLinks(new DockerfileContext(TEXT, undefined, undefined, 'file:///work/app/Dockerfile'), (path) => existing.has(path));
  assert.deepEqual(
    links.map((l) => [textAt(TEXT, l.range), l.target]),
    [
      ['golang:1.23', 'https://hub.docker.com/_/golang'],
      ['ghcr.io/acme/tool:v1', 'https://ghcr.io/acme/tool'],
      ['nginx:1.27', 'https://hub.docker.com/_/nginx'],
      ['go.mod', 'file:///work/app/go.mod'],
      ['"/cmd/main.go"', 'file:///work/app/cmd/main.go'],
      ['https://example.com/tool.tgz', 'https://example.com/tool.tgz'],
    ],
  );
});

test('registry pages: Docker Hub users, known registries, the host of others, none for this machine', () => {
  const page = (image: string) => registryPage(parseImageReference(image)!);
  assert.equal(page('bitnami/redis:7'), 'https://hub.docker.com/r/bitnami/redis');
  assert.equal(page('quay.io/prometheus/node-exporter'), 'https://quay.io/repository/prometheus/node-exporter');
  assert.equal(page('mcr.microsoft.com/dotnet/sdk:8.0'), 'https://mcr.microsoft.com/artifact/mar/dotnet/sdk');
  assert.equal(page('registry.example.com:5000/team/app'), 'https://registry.example.com:5000/');
  assert.equal(page('localhost:5000/app'), undefined);
});

test('a Dockerfile that is not on disk gets image links only', () => {
  const links = documentLinks(new DockerfileContext('FROM alpine\nCOPY go.mod ./'), () => true);
  assert.deepEqual(links.map((l) => l.target), ['https://hub.docker.com/_/alpine']);
});
