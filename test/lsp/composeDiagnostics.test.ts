import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { ServerSession } from '../support/lspClient';
import { useServer } from '../support/lspSuite';

let server: ServerSession;
let project: string;

useServer((started) => {
  server = started;
});
before(() => {
  project = mkdtempSync(join(tmpdir(), 'berth-compose-lsp-'));
  mkdirSync(join(project, 'web'));
  writeFileSync(join(project, 'web/Dockerfile'), 'FROM node:22 AS build\nFROM nginx:1.27 AS runtime\n');
  writeFileSync(join(project, '.env'), 'TAG=1.27\n');
});
after(() => {
  rmSync(project, { recursive: true, force: true });
});

const opened = (uri: string, text: string, timeoutMs?: number) => server.openLinted(uri, text, 'dockercompose', timeoutMs);

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`);

test('a Compose file gets diagnostics from the spec, the project and the disk around it', async () => {
  const uri = pathToFileURL(join(project, 'compose.yaml')).toString();
  const text = [
    'version: "3.8"',
    'services:',
    '  web:',
    '    build:',
    '      context: ./web',
    '      target: prod',
    '    image: nginx:${TAG}',
    '    depends_on: [db]',
    '    enviroment: {}',
    '    env_file: missing.env',
    '    command: echo ${UNSET_ONE}',
    '',
  ].join('\n');
  const diagnostics = await opened(uri, text);
  assert.deepEqual(codes(diagnostics), ['1:ObsoleteVersion', '6:BuildTargetNotAStage', '8:UndefinedService', '9:UnknownKey', '10:MissingEnvFile', '11:UnsetVariable']);
  const target = diagnostics.find((d) => d.code === 'BuildTargetNotAStage')!;
  assert.deepEqual(target.range, { start: { line: 5, character: 14 }, end: { line: 5, character: 18 } });
  assert.equal(target.source, 'berth');
  assert.match(String(target.codeDescription?.href), /docs\/rules\/BuildTargetNotAStage\.md$/);
  server.close(uri);
});

test('a Compose file that is not on disk is checked on its own, and edits relint it', async () => {
  const uri = 'untitled:compose-1';
  assert.deepEqual(codes(await opened(uri, 'services:\n  web:\n    image: nginx\n    ports: "80:80"\n')), ['4:InvalidType']);
  const next = server.nextDiagnostics(uri, (p) => p.version === 2);
  server.change(uri, 2, 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n');
  assert.deepEqual(await next, []);
  server.close(uri);
});

test('bad input yields diagnostics, never a server error: broken YAML, tabs, duplicates, deep nesting, an alias bomb, 5 MB', async () => {
  const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)].join('\n');
  const service = (i: number) => `  s${i}:\n    image: example/s${i}:1\n    environment:\n      KEY_${i}: "${'v'.repeat(40)}"\n`;
  let big = 'services:\n';
  for (let i = 0; big.length < 5 * 1024 * 1024; i++) big += service(i);
  const inputs: Record<string, [string, string]> = {
    broken: ['services: [web\n  - {\n', 'YamlSyntax'],
    tabs: ['services:\n\tweb:\n\t\timage: x\n', 'YamlSyntax'],
    duplicates: ['services:\n  web: {image: a}\n  web: {image: b}\n', 'YamlSyntax'],
    deepFlow: [`x-deep: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`, 'YamlSyntax'],
    aliasBomb: [bomb, 'ExcessiveAliases'],
    fiveMegabytes: [big, 'FileTooLarge'],
  };
  for (const [name, [text, code]] of Object.entries(inputs)) {
    const uri = `untitled:bad-${name}`;
    const start = performance.now();
    // Measured, not asserted; the 5 MB file gets a generous limit on a busy machine.
    const diagnostics = await opened(uri, text, 120_000);
    console.log(`${name} (${(text.length / 1024).toFixed(0)} KB): ${diagnostics.length} diagnostics in ${(performance.now() - start).toFixed(0)} ms`);
    assert.ok(diagnostics.some((d) => d.code === code), `${name} reports ${code}`);
    // Every feature still answers on it, anywhere: a result or null, never an error reply.
    for (const position of [{ line: 0, character: 0 }, { line: 1, character: 3 }, { line: 2, character: 100 }, { line: 1000, character: 0 }]) {
      for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/documentHighlight', 'textDocument/prepareRename']) {
        await server.connection.sendRequest(method, { textDocument: { uri }, position });
      }
      await server.connection.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    }
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } });
    server.close(uri);
  }
});

test('the outline lists sections and what they define', async () => {
  const uri = 'untitled:outline';
  await opened(uri, 'name: app\nservices:\n  web:\n    image: nginx\n  db:\n    image: postgres\nvolumes:\n  data:\n');
  const symbols = await server.connection.sendRequest<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]), [['name', []], ['services', ['web', 'db']], ['volumes', ['data']]]);
  server.close(uri);
});
