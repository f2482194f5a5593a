import { pathToFileURL } from 'node:url';
import { ComposeContext } from './context';
import type { ComposeProject } from './project';
import { ComposeProjectLoader } from './projectLoader';

/** Test helpers for navigation across Compose files: a project loaded from files that live in memory. */

export interface TestProject {
  project: ComposeProject;
  /** The parse of an open file, by absolute path. */
  open: (path: string) => ComposeContext;
  /** A file's URI. */
  uri: (path: string) => string;
  /** The position of `needle` (plus `offset` characters) in a file's text. */
  at: (path: string, needle: string, offset?: number) => { line: number; character: number };
  /** The paths the loader read. */
  read: string[];
}

/** Loads the project the open files see; the other files are read from `files` as if from disk. */
export async function testProject(files: Readonly<Record<string, string>>, openPaths: readonly string[]): Promise<TestProject> {
  const uri = (path: string) => pathToFileURL(path).toString();
  const contexts = new Map(openPaths.map((path) => [path, new ComposeContext(files[path], uri(path))]));
  const read: string[] = [];
  const loader = new ComposeProjectLoader(async (path) => {
    read.push(path);
    return files[path];
  });
  const project = await loader.load([...contexts.values()]);
  const at = (path: string, needle: string, offset = 0) => {
    const text = files[path];
    const index = text.indexOf(needle);
    if (index < 0) throw new Error(`${needle} is not in ${path}`);
    return new ComposeContext(text).positionAt(index + offset);
  };
  return { project, open: (path) => contexts.get(path)!, uri, at, read };
}
