/**
 * The name Compose gives a project, which it writes on every container as the
 * com.docker.compose.project label: how the CodeLens finds a file's containers.
 */
import { basename } from 'node:path';

/**
 * As Compose v2 normalises a name: lower case, only letters, digits, `_` and `-`, none of those two
 * in front (v1 leaves a leading `_` or `-`, and names a folder with no usable character `default`).
 */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');
}

export interface ProjectNameInputs {
  /** The folder of the (first) Compose file: Compose's project directory. */
  directory: string;
  /** The file's top-level `name:` (Compose v2; v1 refuses the key). */
  fileName?: string;
  /** The environment Compose runs in. */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Compose's order: COMPOSE_PROJECT_NAME, then the file's `name:`, then the project directory's
 * name. (`-p` would come first, but Berth never passes it; a COMPOSE_PROJECT_NAME set only in the
 * project's `.env` is not seen here.)
 */
export function composeProjectName({ directory, fileName, env }: ProjectNameInputs): string {
  const chosen = env.COMPOSE_PROJECT_NAME || fileName || basename(directory);
  return normalizeProjectName(chosen);
}
