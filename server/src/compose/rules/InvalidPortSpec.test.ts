import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rangeText } from '../../lint/ruleTesting';
import { assertComposeClean, assertComposeFlags } from '../ruleTesting';
import { rule } from './InvalidPortSpec';

test('InvalidPortSpec flags malformed short, exposed and published ports on the value', () => {
  const text = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80/http"\n      - 70000:80\n      - target: 80\n        published: web\n    expose:\n      - "0"\n';
  const found = assertComposeFlags(rule, text, [5, 6, 8, 10]);
  assert.equal(rangeText(text, found[0]), '"8080:80/http"');
  assert.equal(found[0].message, 'Port `8080:80/http` in `services.web.ports[0]` is invalid: the protocol `http` is not tcp, udp or sctp');
  assert.equal(found[1].message, 'Port `70000:80` in `services.web.ports[1]` is invalid: host port: 70000 is outside 0 to 65535');
});

test('InvalidPortSpec is silent on valid forms, numbers and interpolated ports', () => {
  assertComposeClean(rule, 'services:\n  web:\n    image: nginx\n    ports:\n      - 80\n      - "127.0.0.1:8000-8001:80-81/udp"\n      - "[::1]:53:53/udp"\n      - "${PORT:-8080}:80"\n      - target: 80\n        published: "8000-8005"\n    expose: ["9000", 9001]\n');
});
