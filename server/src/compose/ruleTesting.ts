import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import type { LintFinding } from '../lint/runner';
import { assertFoundLines } from '../lint/ruleTesting';
import { ComposeContext } from './context';
import { EMPTY_COMPOSE_ENVIRONMENT, type ComposeEnvironment } from './environment';
import type { ExtenderFacts } from './extenders';
import type { FileSystem } from '../fileSystem';
import { ComposeEnvironmentReader } from './environmentReader';
import { lintCompose } from './lint';
import type { ComposeRule } from './rule';

/** Test helpers for Compose rules: run one rule through the real runner, with files that live in memory. */

/** Where test Compose files live in the memory file system. */
export const TEST_PROJECT = '/project';

/** Files by absolute path (a path ending in `/` is a folder); every file's folders exist too. */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, string>();
  private readonly folders = new Set<string>();

  constructor(files: Readonly<Record<string, string>>) {
    for (const [path, text] of Object.entries(files)) {
      const clean = path.replace(/\/+$/, '');
      if (path.endsWith('/')) this.folders.add(clean);
      else this.files.set(clean, text);
      for (let dir = dirname(clean); dir !== dirname(dir); dir = dirname(dir)) this.folders.add(dir);
    }
  }

  kind(path: string): 'file' | 'directory' | undefined {
    return this.files.has(path) ? 'file' : this.folders.has(path) ? 'directory' : undefined;
  }

  read(path: string): string | undefined {
    return this.files.get(path);
  }
}

export interface ComposeTestOptions {
  /** Files beside the Compose file (relative paths), as a rule's docs give them. Without it, nothing is on disk. */
  files?: Readonly<Record<string, string>>;
  /** The environment's variables; with files, `.env` adds to them. */
  variables?: Readonly<Record<string, string>>;
  /** The Compose file's name in the project folder. */
  name?: string;
  /** Who extends the file's services from other files. */
  extenders?: ExtenderFacts;
}

/** The environment a test Compose file sees: read by the real reader from memory, or none. */
export function testEnvironment(file: ComposeContext, options: ComposeTestOptions = {}): ComposeEnvironment | undefined {
  if (options.extenders) return { ...(testEnvironment(file, { ...options, extenders: undefined }) ?? EMPTY_COMPOSE_ENVIRONMENT), extenders: options.extenders };
  if (!options.files && !options.variables) return undefined;
  const files = Object.fromEntries(Object.entries(options.files ?? {}).map(([path, text]) => [join(TEST_PROJECT, path) + (path.endsWith('/') ? '/' : ''), text]));
  const reader = new ComposeEnvironmentReader(new MemoryFileSystem({ [`${TEST_PROJECT}/`]: '', ...files }), options.variables ?? {});
  return reader.environment(file, join(TEST_PROJECT, options.name ?? 'compose.yaml'));
}

/** The rule's findings on `text`; fails the test if the rule throws. */
export function lintComposeWith(rule: ComposeRule, text: string, options: ComposeTestOptions = {}): LintFinding[] {
  const parsed = new ComposeContext(text);
  const result = lintCompose({ text, parsed, rules: [rule], environment: testEnvironment(parsed, options) });
  assert.deepEqual(result.failures, [], `${rule.id} threw`);
  return result.findings;
}

/** Asserts the rule flags exactly these 1-based lines (one finding per entry, in order). */
export function assertComposeFlags(rule: ComposeRule, text: string, lines: number[], options?: ComposeTestOptions): LintFinding[] {
  return assertFoundLines(rule.id, text, lintComposeWith(rule, text, options), lines);
}

/** Asserts the rule is silent on `text`. */
export function assertComposeClean(rule: ComposeRule, text: string, options?: ComposeTestOptions): void {
  assertComposeFlags(rule, text, [], options);
}
