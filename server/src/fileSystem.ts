import { readFileSync, statSync } from 'node:fs';

/**
 * The little of a file system the environment readers (the Compose one and the Dockerfile's
 * `.hadolint.yaml`/`.dockerignore` one) need, so tests can hand them files that live in memory.
 */
export interface FileSystem {
  /** What is at the path, or undefined when nothing is. */
  kind(path: string): 'file' | 'directory' | undefined;
  /** The text of a file, or undefined when it does not exist or cannot be read. */
  read(path: string): string | undefined;
}

/**
 * The disk, with file texts cached by modification time so linting on every keystroke, or many
 * files from the CLI, re-reads nothing.
 */
export class DiskFileSystem implements FileSystem {
  private readonly texts = new Map<string, { mtimeMs: number; text: string | undefined }>();

  kind(path: string): 'file' | 'directory' | undefined {
    try {
      const stat = statSync(path);
      return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
    } catch {
      // Missing is an answer, not a failure: the rules report it where it matters.
      return undefined;
    }
  }

  read(path: string): string | undefined {
    let mtimeMs: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) return undefined;
      mtimeMs = stat.mtimeMs;
    } catch {
      // Missing is the common case (most folders have no config or .env): nothing to report.
      return undefined;
    }
    const cached = this.texts.get(path);
    if (cached?.mtimeMs === mtimeMs) return cached.text;
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      text = undefined;
    }
    this.texts.set(path, { mtimeMs, text });
    return text;
  }
}
