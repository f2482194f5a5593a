import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './FlagValue';

test('FlagValue flags string flags without a value and booleans with a wrong one', () => {
  const text = 'FROM alpine\nCOPY --from a b\nCOPY --link=yes a b\nCOPY --link= a b';
  const findings = assertFlags(rule, text, [2, 3, 4]);
  assert.equal(rangeText(text, findings[0]), '--from');
  assert.equal(rangeText(text, findings[1]), '--link=yes');
});

test('FlagValue checks HEALTHCHECK durations and retries as the builder parses them', () => {
  const text = 'FROM alpine\nHEALTHCHECK --interval=30 CMD true\nHEALTHCHECK --timeout=500us CMD true\nHEALTHCHECK --retries=-1 CMD true\nHEALTHCHECK --start-period=$T CMD true';
  const findings = assertFlags(rule, text, [2, 3, 4, 5]);
  assert.equal(rangeText(text, findings[0]), '30');
  assert.match(findings[1].message, /at least 1ms/);
  assert.match(findings[2].message, /negative/);
});

test('FlagValue checks permissions, platforms and fixed choices, leaving variables to the build', () => {
  const text = 'FROM --platform=linux/amd64/v3/x alpine\nCOPY --chmod=rwx a b\nCOPY --chmod=17777 a b\nRUN --network=bridge true\nRUN --security=privileged true\nFROM --platform=amd65 alpine';
  const findings = assertFlags(rule, text, [1, 2, 3, 4, 5, 6]);
  assert.equal(rangeText(text, findings[3]), 'bridge');
  assert.match(findings[3].message, /`default`, `none`, `host`/);
});

test('FlagValue is silent on well-formed values, empty string values and expanded variables', () => {
  assertClean(
    rule,
    [
      'FROM --platform=$BUILDPLATFORM golang AS build',
      'FROM --platform=linux/arm64/v8 alpine',
      'FROM --platform=arm64 alpine',
      'FROM --platform=windows(10.0.17763)/amd64 alpine',
      'COPY --chmod=0755 --link --parents=true a b',
      'COPY --chmod=u+rwx,go=rX a b',
      'COPY --chmod=${MODE} a b',
      'COPY --from= a b',
      'HEALTHCHECK --interval=1m30s --timeout=1.5s --start-period=0 --start-interval=5ms --retries=0 CMD true',
      'HEALTHCHECK --interval= CMD true',
      'RUN --network=none --security=insecure true',
    ].join('\n'),
  );
});
