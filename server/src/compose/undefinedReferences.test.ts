import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RESOURCE_KINDS, type ResourceKind } from '../docs/compose';
import type { Extender, ExtenderFacts } from './extenders';
import { assertComposeClean, assertComposeFlags } from './ruleTesting';
import { rule as undefinedConfig } from './rules/UndefinedConfig';
import { rule as undefinedNetwork } from './rules/UndefinedNetwork';
import { rule as undefinedSecret } from './rules/UndefinedSecret';
import { rule as undefinedService } from './rules/UndefinedService';
import { rule as undefinedVolume } from './rules/UndefinedVolume';

/** A fragment whose service `base` uses names only its extenders declare. */
const FRAGMENT = [
  'services:',
  '  base:',
  '    image: nginx:1.27',
  '    volumes: [cache:/var/cache/nginx]',
  '    networks: [front]',
  '    secrets: [token]',
  '    configs: [site]',
  '',
].join('\n');

function extender(file: string, service: string, declared: Partial<Record<ResourceKind, string[]>>): Extender {
  return { file, service, names: Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, new Set(declared[kind] ?? [])])) as Record<ResourceKind, Set<string>> };
}

const EVERYTHING = { volumes: ['cache'], networks: ['front', 'default'], secrets: ['token'], configs: ['site'] };
const RULES = [[undefinedVolume, 4], [undefinedNetwork, 5], [undefinedSecret, 6], [undefinedConfig, 7]] as const;

test('with no extender known, a fragment’s names are reported, saying the extending file must declare them', () => {
  for (const extenders of [undefined, new Map()] as (ExtenderFacts | undefined)[]) {
    for (const [rule, line] of RULES) assertComposeFlags(rule, FRAGMENT, [line], { extenders });
  }
  const [finding] = assertComposeFlags(undefinedVolume, FRAGMENT, [4], { extenders: new Map() });
  assert.equal(finding.message, 'Service `base` refers to undefined volume `cache`; if this file is meant to be extended, the extending file must declare `cache`');
});

test('a name every extender of the service declares is not reported, for volumes, networks, secrets and configs', () => {
  const extenders: ExtenderFacts = new Map([['base', [extender('compose.yaml', 'web', EVERYTHING), extender('../prod/compose.yaml', 'web', EVERYTHING)]]]);
  for (const [rule] of RULES) assertComposeClean(rule, FRAGMENT, { extenders });
});

test('an extender that does not declare the name keeps it reported, and the message names that extender', () => {
  const extenders: ExtenderFacts = new Map([['base', [extender('compose.yaml', 'web', EVERYTHING), extender('compose.dev.yaml', 'dev', { ...EVERYTHING, volumes: [] })]]]);
  const [finding] = assertComposeFlags(undefinedVolume, FRAGMENT, [4], { extenders });
  assert.equal(finding.message, 'Service `base` refers to undefined volume `cache`; `compose.dev.yaml` (service `dev`) extends `base` without declaring `cache`');
  for (const [rule] of RULES.slice(1)) assertComposeClean(rule, FRAGMENT, { extenders });
});

test('extenders of another service do not cover this one', () => {
  const extenders: ExtenderFacts = new Map([['other', [extender('compose.yaml', 'web', EVERYTHING)]]]);
  assertComposeFlags(undefinedVolume, FRAGMENT, [4], { extenders });
});

test('an extender whose names are unknown (it sees a file that could not be read) may declare anything', () => {
  assertComposeClean(undefinedVolume, FRAGMENT, { extenders: new Map([['base', [{ file: 'compose.yaml', service: 'web' }]]]) });
});

test('a service extended within the fragment is resolved where the extending service is extended', () => {
  const text = 'services:\n  base:\n    image: nginx\n    volumes: [cache:/c]\n  web-base:\n    extends: base\n';
  assertComposeClean(undefinedVolume, text, { extenders: new Map([['web-base', [extender('compose.yaml', 'web', EVERYTHING)]]]) });
  const [finding] = assertComposeFlags(undefinedVolume, text, [4], { extenders: new Map([['web-base', [extender('compose.yaml', 'web', {})]]]) });
  assert.match(finding.message, /`compose\.yaml` \(service `web`\) extends `base` without declaring `cache`$/);
});

test('a service named by extends without a file must be in the fragment itself', () => {
  const text = 'services:\n  web:\n    extends: base\n';
  const [finding] = assertComposeFlags(undefinedService, text, [3], { extenders: new Map([['web', [extender('compose.yaml', 'app', { services: ['base'] })]]]) });
  assert.equal(finding.message, 'Service `web` extends undefined service `base`');
});

test('a service a fragment depends on is resolved among the extender’s services', () => {
  const text = 'services:\n  base:\n    image: nginx\n    depends_on: [db]\n';
  assertComposeClean(undefinedService, text, { extenders: new Map([['base', [extender('compose.yaml', 'web', { services: ['db', 'web'] })]]]) });
  const [finding] = assertComposeFlags(undefinedService, text, [4], { extenders: new Map([['base', [extender('compose.yaml', 'web', { services: ['web'] })]]]) });
  assert.equal(finding.message, 'Service `base` depends on undefined service `db`; `compose.yaml` (service `web`) extends `base` without defining `db`');
});

test('a near miss of a declared name is a typo: the fix is offered, and the extenders still named', () => {
  const text = 'services:\n  base:\n    image: nginx\n    volumes: [cach:/c]\nvolumes:\n  cache:\n';
  assert.equal(assertComposeFlags(undefinedVolume, text, [4])[0].message, 'Service `base` refers to undefined volume `cach`; did you mean `cache`?');
  const [finding] = assertComposeFlags(undefinedVolume, text, [4], { extenders: new Map([['base', [extender('compose.yaml', 'web', {})]]]) });
  assert.equal(finding.message, 'Service `base` refers to undefined volume `cach`; `compose.yaml` (service `web`) extends `base` without declaring `cach`; did you mean `cache`?');
});
