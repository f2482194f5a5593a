import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { MAX_ANALYSED_LENGTH } from '../lint/diagnostics';
import { ComposeContext } from './context';
import { ComposeProject } from './project';
import { ProjectFile } from './projectFile';

/**
 * Gathers the Compose files navigation sees (see project.ts): the open documents, then the files
 * their `include` and `extends.file` name, read from disk, and the files those name in turn. Reads
 * are asynchronous, so the server goes on reading messages meanwhile, and bounded: at most
 * MAX_LINK_DEPTH links from an open document and MAX_READ_FILES files a load. A file that is
 * missing, unreadable or past MAX_ANALYSED_LENGTH is left out; the project reports it as unseen.
 * An open document wins over the file on disk at its path (its text may not be saved).
 */

export const MAX_LINK_DEPTH = 5;
export const MAX_READ_FILES = 50;

/** A file's text, or undefined when it cannot be read or is too large to analyse. */
export type ReadText = (path: string) => Promise<string | undefined>;

export class ComposeProjectLoader {
  /** The parses of the files the last load read, reused while their text is the same. */
  private parses = new Map<string, ComposeContext>();

  constructor(private readonly readText: ReadText = readComposeText) {}

  async load(open: readonly ComposeContext[]): Promise<ComposeProject> {
    const files = new Map<string, ProjectFile>();
    const known = new Set<string>();
    const parses = new Map<string, ComposeContext>();
    let reads = 0;
    let level = open.map((file) => ProjectFile.fromContext(file));
    for (const file of level) {
      files.set(file.uri, file);
      if (file.path !== undefined) known.add(file.path);
    }
    for (let depth = 0; depth < MAX_LINK_DEPTH && level.length > 0; depth++) {
      // The next level: the paths this one links to that no file read or open has, with the linking file's variables.
      const wanted = new Map<string, ProjectFile>();
      for (const file of level) {
        for (const link of [...file.includes, ...file.extendsLinks]) {
          if (link.path === undefined || known.has(link.path) || wanted.has(link.path) || reads + wanted.size >= MAX_READ_FILES) continue;
          wanted.set(link.path, file);
        }
      }
      for (const path of wanted.keys()) known.add(path);
      reads += wanted.size;
      const read = await Promise.all([...wanted].map(async ([path, linking]) => ({ path, linking, text: await this.readText(path) })));
      level = [];
      for (const { path, linking, text } of read) {
        if (text === undefined) continue;
        const cached = this.parses.get(path);
        const parsed = cached?.text === text ? cached : new ComposeContext(text, pathToFileURL(path).toString());
        parses.set(path, parsed);
        const file = new ProjectFile(parsed, path, linking.variables);
        files.set(file.uri, file);
        level.push(file);
      }
    }
    this.parses = parses;
    return new ComposeProject([...files.values()]);
  }
}

/** Reads a Compose file from disk without blocking; a missing, unreadable or too large file is undefined. */
export async function readComposeText(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_ANALYSED_LENGTH) return undefined;
    return await readFile(path, 'utf8');
  } catch {
    // Missing or unreadable: the project reports the file as unseen.
    return undefined;
  }
}
