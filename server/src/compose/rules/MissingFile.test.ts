import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './MissingFile';

test('MissingFile flags missing includes, extends files, label files and secret and config files', () => {
  const text = 'include:\n  - ./db.yaml\n  - path: [./a.yaml, ./b.yaml]\nservices:\n  web:\n    extends:\n      file: base.yaml\n      service: web\n    label_file: ./labels\nsecrets:\n  s:\n    file: ./secret.txt\nconfigs:\n  c:\n    file: ./present.conf\n';
  const found = assertComposeFlags(rule, text, [2, 3, 7, 9, 12], { files: { 'a.yaml': 'services: {}\n', 'present.conf': '' } });
  assert.equal(rangeText(text, found[0]), './db.yaml');
  assert.equal(found[0].message, 'Included file `./db.yaml` does not exist');
  assert.equal(rangeText(text, found[1]), './b.yaml');
  assert.equal(found[2].message, '`extends.file` `base.yaml` does not exist');
});

test('MissingFile is silent when the files exist or the Compose file is not on disk', () => {
  const text = 'include:\n  - ./db.yaml\nservices:\n  web:\n    image: nginx\n';
  assertComposeClean(rule, text, { files: { 'db.yaml': 'services: {}\n' } });
  assertComposeClean(rule, text);
});
