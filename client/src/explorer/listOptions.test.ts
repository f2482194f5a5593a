import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterNodes, filterWords, noMatchNode } from './listOptions';
import type { ExplorerNode } from './node';

const leaf = (label: string, description = '', filterText?: string): ExplorerNode => ({ id: label, label, description, filterText });
const group = (label: string, children: ExplorerNode[], collapsed?: boolean): ExplorerNode => ({ id: label, label, description: `${children.length} tags`, children, collapsed });
const labels = (nodes: readonly ExplorerNode[]): unknown[] => nodes.map((n) => (n.children ? [n.label, labels(n.children)] : n.label));

const images = [
  group('nginx', [leaf('1.27', '67 MB'), leaf('latest', '67 MB')], true),
  group('redis', [leaf('7', '41 MB'), leaf('latest', '41 MB')], true),
  leaf('alpine-tools', '8 MB'),
];

test('blank text lets everything through; words are lower-cased and split on any space', () => {
  assert.deepEqual(filterNodes(images, '  '), images);
  assert.deepEqual(filterWords(' Web\tRUNNING  '), ['web', 'running']);
});

test('a group matching by its own text keeps every member, as it was', () => {
  const [nginx] = filterNodes(images, 'NGINX');
  assert.equal(nginx, images[0]);
});

test('members match with their group\'s text; the group keeps only those and opens', () => {
  const shown = filterNodes(images, 'nginx 1.27');
  assert.deepEqual(labels(shown), [['nginx', ['1.27']]]);
  assert.equal(shown[0].collapsed, false);
  assert.deepEqual(labels(filterNodes(images, 'latest')), [['nginx', ['latest']], ['redis', ['latest']]]);
  // Every word must occur: "redis 1.27" names no tag.
  assert.deepEqual(filterNodes(images, 'redis 1.27'), []);
});

test('filterText replaces label and description when a builder sets it', () => {
  const nodes = [leaf('web-1', 'nginx · Up 3 seconds · 12.5%', 'web-1 nginx running'), leaf('db-1', 'postgres · Exited (0)')];
  assert.deepEqual(labels(filterNodes(nodes, 'running')), ['web-1']);
  // The live figures in the description are not searched, so the list does not flicker with them.
  assert.deepEqual(filterNodes(nodes, '12.5'), []);
  assert.deepEqual(labels(filterNodes(nodes, 'exited')), ['db-1']);
});

test('the no-match node names the filter and clears it when clicked', () => {
  const node = noMatchNode('containers', ' web ', 'berth.containers.clearFilter');
  assert.equal(node.label, 'No containers match “web”');
  assert.equal(node.command?.command, 'berth.containers.clearFilter');
  assert.equal(node.target, undefined);
});
