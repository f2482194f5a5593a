import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError } from 'vscode-languageserver-protocol';
import { lintDockerfile } from '../../lint/runner';
import { DockerfileContext } from '../context';
import { positionOf } from './featureTesting';
import { prepareRename, rename } from './rename';

const URI = 'untitled:Dockerfile';
const TEXT = [
  'ARG BASE=alpine:3.20',
  'FROM golang:1.23 AS build',
  'ARG PORT=8080',
  'RUN go build -ldflags "-X main.port=${PORT}" -o /app',
  'FROM build AS test',
  'RUN --mount=type=cache,from=build,target=/cache go test',
  'FROM ${BASE}',
  'ENV PORT=9090',
  'COPY --from=build /app /app',
  'COPY --from=0 /etc/ssl /etc/ssl',
  'EXPOSE $PORT',
].join('\n');

function renamed(text: string, needle: string, newName: string, nth = 0): string {
  const file = new DockerfileContext(text, undefined, undefined, URI);
  const edit = rename(file, positionOf(text, needle, nth, needle.length), newName);
  assert.ok(edit?.changes?.[URI], 'an edit for the document');
  return TextDocument.applyEdits(TextDocument.create(URI, 'dockerfile', 1, text), edit.changes[URI]);
}

function refusal(text: string, needle: string, newName: string, nth = 0): string {
  const file = new DockerfileContext(text);
  try {
    rename(file, positionOf(text, needle, nth, needle.length), newName);
  } catch (error) {
    assert.ok(error instanceof ResponseError, String(error));
    return error.message;
  }
  assert.fail(`renaming ${needle} to ${newName} was not refused`);
}

const codes = (text: string) => lintDockerfile({ text }).findings.map((f) => `${f.code}@${f.range.start.line}`).sort();

test('a stage is renamed in its AS, in FROM, COPY --from and --mount from; a reference by index stays', () => {
  const after = renamed(TEXT, 'from=build', 'compile');
  assert.equal(after, TEXT.replace(/(AS |FROM |from=)build\b/g, '$1compile'));
  assert.match(after, /--from=0 /);
  assert.deepEqual(codes(after), codes(TEXT), 'the build reads the same');
});

test('a variable is renamed with its uses in its own scope only', () => {
  const after = renamed(TEXT, 'ARG PORT', 'GO_PORT');
  assert.match(after, /ARG GO_PORT=8080\n.*\$\{GO_PORT\}/);
  assert.match(after, /ENV PORT=9090\n(.*\n)*EXPOSE \$PORT$/, 'the other stage\'s PORT is another variable');
});

test('a global ARG is renamed with the stage ARGs that take its value', () => {
  const text = 'ARG V=1\nFROM alpine:$V\nARG V\nRUN echo $V\nFROM alpine\nARG V=2\nRUN echo $V';
  assert.equal(renamed(text, '$V', 'VERSION', 1), 'ARG VERSION=1\nFROM alpine:$VERSION\nARG VERSION\nRUN echo $VERSION\nFROM alpine\nARG V=2\nRUN echo $V');
});

test('prepareRename gives the range under the cursor and the declared name', () => {
  const file = new DockerfileContext(TEXT);
  const prepared = prepareRename(file, positionOf(TEXT, 'from=build', 0, 6));
  assert.deepEqual(prepared, { range: { start: { line: 5, character: 28 }, end: { line: 5, character: 33 } }, placeholder: 'build' });
  assert.equal(prepareRename(file, positionOf(TEXT, 'go test')), null, 'nothing to rename there');
});

test('refusals: reserved and invalid stage names, clashes, builder variables, undeclared and unnamed', () => {
  assert.match(refusal(TEXT, 'AS build', 'scratch'), /reserved.*empty base image/);
  assert.match(refusal(TEXT, 'AS build', 'Context'), /reserved.*build context/);
  assert.match(refusal(TEXT, 'AS build', '1st'), /not a valid stage name/);
  assert.match(refusal(TEXT, 'AS build', 'TEST'), /already named "test" \(line 5\)/);
  assert.match(refusal('FROM alpine AS a\nFROM golang\nCOPY --from=a / /', 'AS a', 'golang'), /already names an image or build context on line 2/);
  assert.match(refusal(TEXT, 'ARG PORT', 'BASE'), /BASE is already declared on line 1/);
  assert.match(refusal(TEXT, 'ARG PORT', 'TARGETARCH'), /builder sets itself/);
  assert.match(refusal(TEXT, 'ARG PORT', 'my-port'), /not a valid variable name/);
  const predefined = 'FROM --platform=$BUILDPLATFORM alpine\nRUN echo $HOME';
  assert.throws(() => prepareRename(new DockerfileContext(predefined), positionOf(predefined, 'BUILDPLATFORM')), /set by the builder/);
  assert.throws(() => prepareRename(new DockerfileContext(predefined), positionOf(predefined, 'HOME')), /not declared in this Dockerfile/);
  const unnamed = 'FROM golang\nFROM alpine\nCOPY --from=0 /app /app';
  assert.throws(() => prepareRename(new DockerfileContext(unnamed), positionOf(unnamed, '--from=0', 0, 7)), /no name\. Add `AS <name>`/);
});
