import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './DuplicateHostPort';

test('DuplicateHostPort flags a host port published again, across services and within one', () => {
  const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n      - "0.0.0.0:8080:8080"\n  admin:\n    image: admin\n    ports:\n      - target: 3000\n        published: "8080"\n      - 127.0.0.1:9000-9001:9000-9001\n  other:\n    image: other\n    ports: ["9001:9001"]\n';
  const found = assertComposeFlags(rule, text, [6, 11, 15]);
  assert.equal(rangeText(text, found[0]), '0.0.0.0:8080:8080');
  assert.equal(found[0].message, 'Host port 8080/tcp is already published by this service (line 5)');
  assert.equal(found[1].message, 'Host port 8080/tcp is already published by service `web` (line 5)');
  assert.equal(found[2].message, 'Host port 9001/tcp is already published by service `admin` (line 12)');
});

test('DuplicateHostPort is silent on other protocols, other addresses, engine-picked ports and variables', () => {
  assertComposeClean(rule, 'services:\n  dns:\n    image: dns\n    ports: ["53:53/udp", "53:53/tcp", "127.0.0.1:80:80", "127.0.0.2:80:80", "8000-8010:80", "8000-8010:81", "80", "${P}:80", "${P}:80"]\n');
});
