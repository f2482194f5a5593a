import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from '../context';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens';

/** The tokens decoded back to `text type[.modifier…]`, in order. */
function decoded(text: string): string[] {
  const { data } = semanticTokens(new DockerfileContext(text));
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
    const type = SEMANTIC_TOKENS_LEGEND.tokenTypes[data[i + 3]];
    const modifiers = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push([lines[line].slice(start, start + data[i + 2]), [type, ...modifiers].join('.')].join(' '));
  }
  return out;
}

test('stages, variables by origin, keywords, flags and exec-form strings split around variables', () => {
  assert.deepEqual(decoded('ARG V=1\nFROM alpine:$V AS build\nFROM build\nCOPY --from=build ["$SRC", "/dst"]\nRUN echo $V $HOME $TARGETARCH'), [
    'ARG keyword',
    'V variable.declaration',
    'FROM keyword',
    'V variable',
    'build class.declaration',
    'FROM keyword',
    'build class',
    'COPY keyword',
    '--from parameter',
    'build class',
    '"$SRC" string',
    '"/dst" string',
    'RUN keyword',
  ]);
});

test('a stage ARG and the builder\'s variables', () => {
  const tokens = decoded('FROM alpine\nARG TARGETARCH\nENV ARCH=$TARGETARCH\nONBUILD run echo $ARCH');
  assert.deepEqual(tokens, [
    'FROM keyword',
    'ARG keyword',
    'TARGETARCH variable.declaration.readonly.defaultLibrary',
    'ENV keyword',
    'ARCH variable.declaration',
    'TARGETARCH variable.readonly.defaultLibrary',
    'ONBUILD keyword',
    'run keyword',
  ]);
});

test('empty and broken text: no tokens, no exception', () => {
  for (const text of ['', 'RUN <<EOF\n$X', '\u0000', 'FROM a \\\n']) assert.ok(Array.isArray(semanticTokens(new DockerfileContext(text)).data));
});

test('a declared variable inside an exec-form string splits the string around it', () => {
  assert.deepEqual(decoded('FROM alpine\nARG SRC=a\nCOPY ["x/$SRC/y", "/dst"]').slice(3), ['COPY keyword', '"x/$ string', 'SRC variable', '/y" string', '"/dst" string']);
});
