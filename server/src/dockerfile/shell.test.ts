import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseShell, parseShellPlaced, type ShellCommand } from './shell';

/** The script text each word span covers, to check spans against the words they belong to. */
function spannedText(script: string, command: ShellCommand): string[] {
  const { commands, spans } = parseShellPlaced(script);
  const placed = spans[commands.findIndex((c) => JSON.stringify(c) === JSON.stringify(command))];
  assert.ok(placed, `no spans for ${command.name}`);
  return Array.from({ length: placed.length }, (_, index) => {
    const span = placed.at(index);
    assert.ok(span);
    return script.slice(span.start, span.end);
  });
}

test('word spans cover each raw word of each command, quotes included', () => {
  const script = `apt-get install -y  "curl" && echo 'a b'; ls`;
  const commands = parseShell(script);
  assert.deepEqual(
    commands.map((c) => spannedText(script, c)),
    [['apt-get', 'install', '-y', '"curl"'], ['echo', "'a b'"], ['ls']],
  );
  for (const command of commands) assert.deepEqual(spannedText(script, command), command.rawWords);
});

test('word spans skip the assignments and reserved words parseShell drops', () => {
  const script = 'if true; then DEBIAN_FRONTEND=noninteractive apt-get update; fi';
  const update = parseShell(script).find((c) => c.name === 'apt-get');
  assert.ok(update);
  assert.deepEqual(spannedText(script, update), ['apt-get', 'update']);
});

test('word spans place commands inside $(...) in the outer script', () => {
  const script = 'echo "$(uname -m)" && ls';
  const uname = parseShell(script).find((c) => c.name === 'uname');
  assert.ok(uname);
  assert.deepEqual(spannedText(script, uname), ['uname', '-m']);
});

test('a word that starts with an escape or a substitution starts at that character', () => {
  const script = '\\sudo x; $(which curl) -fsSL url';
  const [sudo, which, curl] = parseShell(script);
  assert.deepEqual(spannedText(script, sudo), ['\\sudo', 'x']);
  assert.equal(which.name, 'which');
  assert.deepEqual(spannedText(script, curl), ['$(which curl)', '-fsSL', 'url']);
});

test('parseShell results stay plain values: the spans are not properties of a command', () => {
  const [command] = parseShell('ls -l');
  assert.deepEqual(command, { name: 'ls', args: ['-l'], rawWords: ['ls', '-l'], followedBy: 'end' });
});

test('a command inside a substitution in a word a line continuation breaks has no spans; the word itself has', () => {
  const script = 'echo a\\\nb$(uname -m)';
  const { commands, spans } = parseShellPlaced(script);
  assert.deepEqual(commands.map((c) => c.name), ['uname', 'echo']);
  assert.equal(spans[0], undefined);
  assert.deepEqual([spans[1]?.at(0), spans[1]?.at(1), spans[1]?.at(2)], [{ start: 0, end: 4 }, { start: 5, end: script.length }, undefined]);
});
