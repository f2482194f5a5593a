import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Onbuild, Run } from 'dockerfile-ast';
import { DockerfileContext } from './context';

/** The document text of every word of every command the file's RUN instructions execute. */
function placedWords(text: string): string[][] {
  const file = new DockerfileContext(text);
  return file.instructions
    .filter((i) => i instanceof Run)
    .flatMap((run) => file.shellCommands(run))
    .map((command) =>
      command.rawWords.map((_, index) => {
        const range = file.wordRange(command, index);
        assert.ok(range, `${command.name} word ${index} has no range`);
        return file.document.getText(range);
      }),
    );
}

test('wordRange places shell-form words across continuations and dropped comment lines', () => {
  const text = [
    'FROM debian',
    'RUN --mount=type=cache,target=/var/cache/apt apt-get update && \\',
    '    # install the tools',
    '',
    '    apt-get install -y \\',
    '      curl   "git"',
  ].join('\n');
  assert.deepEqual(placedWords(text), [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', 'curl', '"git"'],
  ]);
});

test('wordRange places words of CRLF files and of a word split by a continuation', () => {
  const text = 'FROM debian\r\nRUN echo one \\\r\n  && ech\\\r\no two\r\n';
  assert.deepEqual(placedWords(text), [['echo', 'one'], ['ech\\\r\no', 'two']]);
});

test('wordRange places words of heredoc bodies and of exec-form arrays', () => {
  const text = ['FROM debian', 'RUN <<EOF', 'set -e', 'sudo make install', 'EOF', 'RUN ["sudo", "make"]'].join('\n');
  assert.deepEqual(placedWords(text), [['set', '-e'], ['sudo', 'make', 'install'], ['"sudo"', '"make"']]);
});

test('wordRange places words of an ONBUILD trigger and honours the escape directive', () => {
  const text = ['# escape=`', 'FROM windows', 'ONBUILD RUN echo a `', '  b'].join('\n');
  const file = new DockerfileContext(text);
  const onbuild = file.instructions[1];
  assert.ok(onbuild instanceof Onbuild);
  const trigger = onbuild.getTriggerInstruction();
  assert.ok(trigger);
  const [command] = file.shellCommands(trigger);
  assert.deepEqual(
    command.rawWords.map((_, i) => file.document.getText(file.wordRange(command, i)!)),
    ['echo', 'a', 'b'],
  );
});

test('wordRange is undefined for a word the command does not have', () => {
  const file = new DockerfileContext('FROM debian\nRUN ls');
  const [command] = file.shellCommands(file.instructions[1]);
  assert.equal(file.wordRange(command, 5), undefined);
});
