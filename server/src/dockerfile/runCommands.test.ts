import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileContext } from './context';
import { commandsNamed, hasOption } from './runCommands';
import { hasFlag, parseShell } from './shell';

test('commandsNamed finds the programs by base name in every RUN, ONBUILD triggers included, in file order', () => {
  const file = new DockerfileContext('RUN early-tool\nFROM alpine:3.20\nRUN /usr/bin/wget a && curl b\nONBUILD RUN curl c; wget d\nRUN echo $(curl e)');
  const found = (...programs: string[]) => commandsNamed(file, new Set(programs)).map(({ command }) => command.args[0]);
  assert.deepEqual(found('wget', 'curl'), ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(found('curl'), ['b', 'c', 'e']);
  assert.deepEqual(found('early-tool'), [undefined]);
  assert.deepEqual(found('ssh'), []);
});

test('hasOption: a long name with or without a value, a letter among the letters after one dash', () => {
  const [command] = parseShell('wget -qO- --progress=dot --no-verbose -- -x url');
  assert.ok(hasOption(command, 'progress') && hasOption(command, 'no-verbose'));
  assert.ok(hasOption(command, 'q') && hasOption(command, 'O') && hasOption(command, 'x'));
  assert.ok(!hasOption(command, 'progres') && !hasOption(command, 'verbose') && !hasOption(command, 'v'));
});

test('hasFlag: a long name with or without a value, a letter in a group of short flags', () => {
  const [command] = parseShell('apt-get install -qy --no-install-recommends=1 --yes curl');
  assert.ok(hasFlag(command, 'y') && hasFlag(command, 'q') && hasFlag(command, 'no-install-recommends', 'x') && hasFlag(command, 'yes'));
  assert.ok(!hasFlag(command, 'no-install') && !hasFlag(command, 'c') && !hasFlag(command, 'ye'));
});
