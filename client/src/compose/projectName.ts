/**
 * The com.docker.compose.project label a Compose project's containers carry: the CodeLens finds a
 * file's containers by it. The language server resolves the project's name (COMPOSE_PROJECT_NAME
 * from the environment or the project's `.env`, the file's `name:`, the folder); here it is
 * normalised as each Compose CLI does before writing it on a container.
 */
import type { ComposeProjectName } from '../../../server/src/protocol';

/** Compose v2: lower case, only letters, digits, `_` and `-`, none of those two in front. */
export function normalizeProjectName(name: string): string {
  return keptCharacters(name).replace(/^[_-]+/, '');
}

/** Compose v1 keeps the same characters but leaves a leading `_` or `-`. */
function normalizeProjectNameV1(name: string): string {
  return keptCharacters(name);
}

function keptCharacters(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

/**
 * The labels the project's containers may carry. Which CLI started them (Berth's commands, a
 * terminal) is not known, so both count where they differ: v2 normalises the folder and `name:`,
 * and takes COMPOSE_PROJECT_NAME only when it is already normal (it stops otherwise); v1 normalises
 * COMPOSE_PROJECT_NAME and the folder (the root, which has no name, is `default`), and refuses a
 * file with `name:`.
 */
export function projectLabels({ name, source }: ComposeProjectName): string[] {
  const labels = new Set<string>();
  const v2 = normalizeProjectName(name);
  if (v2 !== '' && (source === 'name' || source === 'directory' || v2 === name)) labels.add(v2);
  if (source !== 'name') {
    const v1 = source === 'directory' && name === '' ? 'default' : normalizeProjectNameV1(name);
    if (v1 !== '') labels.add(v1);
  }
  return [...labels];
}
