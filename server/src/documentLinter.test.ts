import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentLinter } from './documentLinter';
import { FileEnvironmentReader } from './lint/fileEnvironment';
import { ParsedDocuments } from './parsedDocuments';
import { ImagePlatformCache } from './imagePlatforms';
import { ParsedComposeDocuments } from './compose/documents';
import { ComposeEnvironmentReader } from './compose/environmentReader';
import { ExtenderFactsCache } from './compose/extenderCache';
import type { LintConfiguration } from './protocol';

const URI = 'untitled:Dockerfile';

/** A linter over one open document with no file on disk; each publish resolves the next `published()`. */
function setUp(text: string, askSettings: (uri: string) => Promise<Partial<LintConfiguration> | null> | undefined = () => undefined) {
  const open = new Map<string, TextDocument>([[URI, TextDocument.create(URI, 'dockerfile', 1, text)]]);
  const documents = { get: (uri: string) => open.get(uri), all: () => [...open.values()] };
  const waiting: ((diagnostics: Diagnostic[]) => void)[] = [];
  const linter = new DocumentLinter({
    documents,
    parsed: new ParsedDocuments(),
    parsedCompose: new ParsedComposeDocuments(),
    environments: new FileEnvironmentReader({ read: () => undefined }),
    composeEnvironments: new ComposeEnvironmentReader(),
    imagePlatforms: new ImagePlatformCache(async () => ({ images: {} }), () => undefined),
    extenderFacts: new ExtenderFactsCache({ openFiles: () => [], learnt: () => undefined, failed: () => undefined }),
    askSettings,
    clientReportsImagePlatforms: () => false,
    logError: () => undefined,
    showWarning: () => undefined,
    publish: (_uri, diagnostics) => waiting.shift()?.(diagnostics),
  });
  const published = () => new Promise<Diagnostic[]>((resolve) => waiting.push(resolve));
  const edit = () => open.set(URI, TextDocument.update(open.get(URI)!, [{ text: `${text}# edited\n` }], open.get(URI)!.version + 1));
  return { linter, published, edit, document: () => open.get(URI)! };
}

test('quick fixes get the findings of the version in the editor only', async () => {
  const { linter, published, edit, document } = setUp('FROM ubuntu:latest\n');
  const diagnostics = published();
  linter.opened(document());
  assert.ok((await diagnostics).some((diagnostic) => diagnostic.code === 'DL3007'));
  assert.ok(linter.currentFindings(URI).some((finding) => finding.code === 'DL3007'));
  edit();
  assert.deepEqual(linter.currentFindings(URI), []);
  linter.dispose();
});

test('settings are asked of the client once per document, again after they change, and can turn linting off', async () => {
  const asked: string[] = [];
  let enable = true;
  const { linter, published } = setUp('FROM ubuntu:latest\n', (uri) => (asked.push(uri), Promise.resolve({ enable })));
  const first = published();
  linter.lintAgain(() => true);
  assert.ok((await first).length > 0);
  const second = published();
  linter.lintAgain(() => true);
  await second;
  assert.deepEqual(asked, [URI]);
  enable = false;
  const third = published();
  linter.settingsChanged();
  assert.deepEqual(await third, []);
  assert.deepEqual(asked, [URI, URI]);
  assert.deepEqual(linter.currentFindings(URI), [], 'no quick fixes for findings no longer shown');
  linter.dispose();
});
