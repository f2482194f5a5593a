import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL4000';

test('DL4000 flags MAINTAINER on its keyword', () => {
  const text = 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>';
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'MAINTAINER');
});

test('DL4000 is silent when the author is a label', () => {
  assertClean(rule, 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nLABEL maintainer=jane');
});

test('DL4000 fix turns MAINTAINER into the OCI authors label', () => {
  const fixed = assertFixResolves(rule, 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nRUN true', 2);
  assert.equal(fixed, 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nRUN true');
});

test('DL4000 fix escapes quotes and $ so the label keeps the text as written, with the file\'s escape character', () => {
  const fixed = assertFixResolves(rule, 'FROM alpine:3.20\nmaintainer "Ops" $TEAM', 2);
  assert.equal(fixed, 'FROM alpine:3.20\nlabel org.opencontainers.image.authors="\\"Ops\\" \\$TEAM"');
  const windows = assertFixResolves(rule, '# escape=`\nFROM alpine:3.20\nMAINTAINER C:\\Users\\ops "x"', 3);
  assert.equal(windows, '# escape=`\nFROM alpine:3.20\nLABEL org.opencontainers.image.authors="C:\\Users\\ops `"x`""');
});
