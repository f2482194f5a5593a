import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFixResolves, assertFlags, lintWith, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3009';

const install = 'apt-get install -y --no-install-recommends python3=3.11.2';

test('DL3009 flags apt-get update without removing the lists, on the update command', () => {
  const text = `FROM debian:12\nRUN apt-get -q update && ${install}`;
  const [finding] = assertFlags(rule, text, [2]);
  assert.equal(rangeText(text, finding), 'apt-get -q update');
});

test('DL3009 fix appends the clean-up to the RUN', () => {
  const text = `FROM debian:12\nRUN apt-get update && ${install}`;
  assert.equal(assertFixResolves(rule, text, 2), `FROM debian:12\nRUN apt-get update && ${install} && rm -rf /var/lib/apt/lists/*`);
});

test('DL3009 fix lands after the last word across continuation lines and a trailing comment', () => {
  const text = `FROM debian:12\nRUN apt-get update \\\n  && ${install} \\\n  # done\n`;
  assert.equal(assertFixResolves(rule, text, 2), `FROM debian:12\nRUN apt-get update \\\n  && ${install} && rm -rf /var/lib/apt/lists/* \\\n  # done\n`);
});

test('DL3009 offers no fix where && cannot follow the script', () => {
  for (const text of [`FROM debian:12\nRUN if true; then apt-get update; fi`, 'FROM debian:12\nRUN ["apt-get", "update"]']) {
    const [finding] = lintWith(rule, text);
    assert.ok(finding, text);
    assert.equal(finding.fix, undefined, text);
  }
});

test('DL3009 flags the last stage, stages built on later and ONBUILD triggers', () => {
  assertFlags(rule, `FROM ubuntu:24.04 AS foo\nRUN echo hi\nFROM debian:12\nRUN apt-get update && ${install}`, [4]);
  assertFlags(rule, `FROM ubuntu:24.04 AS foo\nRUN apt-get update && ${install}\nFROM foo\nRUN echo hi`, [2]);
  assertFlags(rule, `FROM ubuntu:24.04 AS foo\nONBUILD RUN apt-get update && ${install}\nFROM scratch\nRUN echo hi`, [2]);
});

test('DL3009 wants the clean-up after apt-get update, not before it', () => {
  assertFlags(rule, `FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && ${install}`, [2]);
});

test('DL3009 is silent in a stage nothing builds on, or when the lists are removed', () => {
  assertClean(rule, `FROM ubuntu:24.04 AS build\nRUN apt-get update && ${install}\nFROM scratch\nCOPY --from=build /usr/bin/python3 /python3`);
  assertClean(rule, `FROM debian:12\nRUN apt-get update && ${install} && rm -rf /var/lib/apt/lists/*`);
  assertClean(rule, `FROM debian:12\nRUN ${install}`);
});

test('DL3009 accepts cache mounts on the lists, or on both apt directories', () => {
  assertClean(rule, `FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && ${install}`);
  assertClean(rule, `FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt \\\n    apt-get update && ${install}`);
  assertFlags(rule, `FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && ${install}`, [2]);
  assertFlags(rule, `FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && ${install}`, [2]);
});
