import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './DependsOnCycle';

test('DependsOnCycle flags every dependency of a loop, on the name', () => {
  const text = 'services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on:\n      c:\n        condition: service_started\n  c:\n    image: x\n    network_mode: service:a\n  d:\n    image: x\n    depends_on: [a]\n';
  const found = assertComposeFlags(rule, text, [4, 8, 12]);
  assert.equal(rangeText(text, found[0]), 'b');
  assert.equal(found[0].message, "Dependency cycle: `a` → `b` → `c` → `a` (through `a`'s `depends_on`)");
  assert.equal(rangeText(text, found[2]), 'a');
});

test('DependsOnCycle flags a service that depends on itself', () => {
  assertComposeFlags(rule, 'services:\n  a:\n    image: x\n    depends_on: [a]\n', [4]);
});

test('DependsOnCycle is silent on a chain, a diamond, and on extends', () => {
  assertComposeClean(rule, 'services:\n  a: {image: x, depends_on: [b, c]}\n  b: {image: x, depends_on: [d]}\n  c: {image: x, depends_on: [d]}\n  d: {image: x, extends: a}\n');
});

test('DependsOnCycle handles a long chain without recursion', () => {
  const services = Array.from({ length: 5000 }, (_, i) => `  s${i}: {image: x, depends_on: [s${(i + 1) % 5000}]}`).join('\n');
  const found = assertComposeFlags(rule, `services:\n${services}\n`, Array.from({ length: 5000 }, (_, i) => i + 2));
  assert.equal(found[0].message, "Dependency cycle: `s0` → `s1` → `s2` → `s3` → `s4` → … (5000 services) → `s4999` → `s0` (through `s0`'s `depends_on`)");
});
