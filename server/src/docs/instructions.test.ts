import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyword } from 'dockerfile-ast';
import { DIRECTIVE_DOCS, INSTRUCTION_DOCS, instructionDoc } from './instructions';
import { KNOWN_DIRECTIVES } from '../dockerfile/directives';
import { lintDockerfile } from '../lint/runner';

test('every Dockerfile instruction has docs, found case-insensitively', () => {
  for (const keyword of Object.values(Keyword)) assert.ok(instructionDoc(keyword.toLowerCase()), `${keyword} has no docs`);
  assert.equal(INSTRUCTION_DOCS.length, Object.values(Keyword).length);
});

test('every known parser directive has docs', () => {
  assert.deepEqual(DIRECTIVE_DOCS.map((d) => d.name).sort(), [...KNOWN_DIRECTIVES].sort());
});

test('examples use their own instruction and flags are unique per instruction', () => {
  for (const doc of INSTRUCTION_DOCS) {
    if (doc.keyword !== 'MAINTAINER') assert.ok(doc.example.startsWith(doc.keyword), `${doc.keyword} example`);
    assert.equal(new Set(doc.flags.map((f) => f.name)).size, doc.flags.length, `${doc.keyword} flags`);
    for (const flag of doc.flags) assert.ok(flag.syntax.startsWith(`--${flag.name}`), `${doc.keyword} --${flag.name} syntax`);
  }
});

test('each flag\'s example uses the flag on an instruction that takes it, as the builder accepts it', () => {
  const flagChecks = new Set(['UnknownFlag', 'FlagValue', 'InvalidMount', 'DuplicateFlag', 'InstructionArguments']);
  for (const doc of INSTRUCTION_DOCS) {
    for (const flag of doc.flags) {
      const keyword = flag.example.split(' ')[0];
      assert.ok(instructionDoc(keyword)?.flags.includes(flag), `--${flag.name}: its example starts with ${keyword}, which does not take it`);
      assert.match(flag.example, new RegExp(`\\s--${flag.name}(=|\\s)`), `--${flag.name}: its example does not use it`);
      const text = keyword === 'FROM' ? flag.example : `FROM alpine:3.20\n${flag.example}`;
      const problems = lintDockerfile({ text }).findings.filter((f) => flagChecks.has(f.code));
      assert.deepEqual(problems.map((f) => `${f.code}: ${f.message}`), [], `--${flag.name}: ${flag.example}`);
    }
  }
});
