import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ContainerInfo } from '../../engine/connect';
import { filterNodes } from '../listOptions';
import type { ExplorerNode } from '../node';
import { containerNodes } from './containerNodes';

function container(name: string, state: string, created: number, project?: string): ContainerInfo {
  return {
    Id: `${name}-id`.padEnd(64, '0'), Names: [`/${name}`], Image: 'berth-test/busybox:1', Command: 'sleep 1d', Created: created,
    State: state, Status: state === 'running' ? 'Up 3 seconds' : 'Exited (0) 1 minute ago', Ports: [],
    Labels: project ? { 'com.docker.compose.project': project, 'com.docker.compose.service': name.split('-')[1] } : {},
  } as unknown as ContainerInfo;
}

const containers = [
  container('web-10', 'exited', 300),
  container('web-2', 'running', 100),
  container('db-1', 'paused', 200),
  container('shop-api-1', 'exited', 500, 'shop'),
  container('shop-db-1', 'running', 50, 'shop'),
  container('blog-web-1', 'exited', 400, 'blog'),
];
const labels = (nodes: readonly ExplorerNode[]): unknown[] => nodes.map((n) => (n.children ? [n.label, labels(n.children)] : n.label));

test('by name: projects first by name, then the rest, numbers compared as numbers', () => {
  assert.deepEqual(labels(containerNodes(containers, new Map())), [
    ['blog', ['blog-web-1']], ['shop', ['shop-api-1', 'shop-db-1']], 'db-1', 'web-2', 'web-10',
  ]);
});

test('newest first: members by creation, projects by their newest member', () => {
  assert.deepEqual(labels(containerNodes(containers, new Map(), 'created')), [
    ['shop', ['shop-api-1', 'shop-db-1']], ['blog', ['blog-web-1']], 'web-10', 'db-1', 'web-2',
  ]);
});

test('by status: running, then paused, then stopped; projects by their liveliest member; ties by name', () => {
  assert.deepEqual(labels(containerNodes(containers, new Map(), 'status')), [
    ['shop', ['shop-db-1', 'shop-api-1']], ['blog', ['blog-web-1']], 'web-2', 'db-1', 'web-10',
  ]);
});

test('a filter finds containers by state, image, Compose project and service, not by live figures', () => {
  const stats = new Map([[containers[1].Id, { cpuPercent: 12.5, memoryBytes: 1_048_576, memoryLimit: undefined }]]);
  const nodes = containerNodes(containers, stats);
  assert.match(nodes.find((n) => n.label === 'web-2')?.description ?? '', /12\.5%/);
  assert.deepEqual(labels(filterNodes(nodes, 'running')), [['shop', ['shop-db-1']], 'web-2']);
  assert.deepEqual(labels(filterNodes(nodes, 'shop api')), [['shop', ['shop-api-1']]]);
  assert.deepEqual(labels(filterNodes(nodes, 'busybox paused')), ['db-1']);
  assert.deepEqual(filterNodes(nodes, '12.5'), []);
});

test('the status shown is the one read, moved on to now', () => {
  const [nodes] = [containerNodes([containers[1]], new Map(), 'name', { nowMs: 200_000, readAtMs: new Map([[containers[1].Id, 80_000]]) })];
  assert.match(nodes[0].description ?? '', /· Up 2 minutes$/);
  assert.match(nodes[0].tooltip ?? '', /Status: Up 2 minutes/);
});
