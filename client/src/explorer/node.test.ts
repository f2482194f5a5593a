import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedNodes, type ExplorerNode } from './node';

const leaf = (id: string, description = ''): ExplorerNode => ({ id, label: id, description });
const group = (id: string, children: ExplorerNode[], description = ''): ExplorerNode => ({ id, label: id, description, children });

test('one leaf whose description changed is the only refresh', () => {
  const before = [group('shop', [leaf('web', 'Up'), leaf('db', 'Up')]), leaf('loose', 'Up')];
  const after = [group('shop', [leaf('web', 'Exited'), leaf('db', 'Up')]), leaf('loose', 'Up')];
  assert.deepEqual(changedNodes(before, after), { roots: false, nodes: ['web'] });
});

test('a group whose children changed is refreshed, not its old children one by one', () => {
  const before = [group('shop', [leaf('web'), leaf('db')])];
  assert.deepEqual(changedNodes(before, [group('shop', [leaf('web')])]), { roots: false, nodes: ['shop'] });
  assert.deepEqual(changedNodes(before, [group('shop', [leaf('db'), leaf('web')])]), { roots: false, nodes: ['shop'] });
});

test('a changed top-level list refreshes the whole view; identical trees refresh nothing', () => {
  assert.deepEqual(changedNodes([leaf('a')], [leaf('a'), leaf('b')]), { roots: true, nodes: [] });
  assert.deepEqual(changedNodes([group('g', [leaf('a', 'x')])], [group('g', [leaf('a', 'x')])]), { roots: false, nodes: [] });
});

test('icon, context value and tooltip changes count as presentation changes', () => {
  assert.deepEqual(changedNodes([{ ...leaf('a'), icon: { id: 'debug-start' } }], [{ ...leaf('a'), icon: { id: 'debug-stop' } }]).nodes, ['a']);
  assert.deepEqual(changedNodes([{ ...leaf('a'), contextValue: 'container.running' }], [{ ...leaf('a'), contextValue: 'container.paused' }]).nodes, ['a']);
  assert.deepEqual(changedNodes([{ ...leaf('a'), tooltip: 'x' }], [{ ...leaf('a'), tooltip: 'y' }]).nodes, ['a']);
});
