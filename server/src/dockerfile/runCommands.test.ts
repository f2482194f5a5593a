import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from './context';
import { commandsNamed } from './runCommands';

test('commandsNamed finds the programs by base name in every RUN, ONBUILD triggers included, in file order', () => {
  const file = new DockerfileContext('RUN early-tool\nFROM alpine:3.20\nRUN /usr/bin/wget a && curl b\nONBUILD RUN curl c; wget d\nRUN echo $(curl e)');
  const found = (...programs: string[]) => commandsNamed(file, new Set(programs)).map(({ command }) => command.args[0]);
  assert.deepEqual(found('wget', 'curl'), ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(found('curl'), ['b', 'c', 'e']);
  assert.deepEqual(found('early-tool'), [undefined]);
  assert.deepEqual(found('ssh'), []);
});
