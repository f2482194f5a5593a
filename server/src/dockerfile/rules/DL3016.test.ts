import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3016';

test('DL3016 flags each unpinned package, scoped ones and git URLs without a ref included', () => {
  const text = 'FROM node:22\nRUN npm install --registry=https://eg.com express sax@0.1.1 @myorg/private git+https://isaacs@github.com/npm/npm.git';
  const findings = assertFlags(rule, text, [2, 2, 2]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['express', '@myorg/private', 'git+https://isaacs@github.com/npm/npm.git']);
});

test('DL3016 skips the values of options that take one', () => {
  const text = 'FROM node:22\nRUN npm install --loglevel verbose --registry https://eg.com express';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'express');
});

test('DL3016 accepts versions, git refs, tarballs, folders and package.json installs', () => {
  assertClean(
    rule,
    [
      'FROM node:22',
      'RUN npm install',
      'RUN npm install --progress=false',
      'RUN npm install -g express@"4.1.1" @myorg/privatepackage@">=0.1.0 <0.2.0"',
      'RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27 git://github.com/npm/npm.git#v1.0.27',
      'RUN npm install package-v1.2.3.tar package-v1.2.3.tar.gz package-v1.2.3.tgz /folder ./folder ../folder ~/folder',
      'RUN npm run --crazy install && npm ci',
    ].join('\n'),
  );
});
