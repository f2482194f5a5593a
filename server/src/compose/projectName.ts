/**
 * The name Compose gives a project, which it writes on every container as the
 * com.docker.compose.project label. Compose's order, `-p` aside (Berth never passes it):
 * COMPOSE_PROJECT_NAME from the environment Compose runs in, where the project's `.env` supplies
 * what the environment leaves unset (set but empty counts as unset, and still hides `.env`'s);
 * else the top-level `name:` after interpolation (Compose v2 only: v1 refuses the key);
 * else the project directory's name. The name is returned as resolved, not normalised: v1 and v2
 * normalise it differently, and the client, which matches it to containers, does that.
 */
import { basename } from 'node:path';
import type { ComposeProjectName } from '../protocol';
import { scalarText, type ComposeContext } from './context';
import type { VariableValue } from './environment';
import { substitute } from './interpolation';

const PROJECT_NAME_VARIABLE = 'COMPOSE_PROJECT_NAME';

/**
 * The project of `file` run from its own folder `directory` (Compose's project directory when the
 * file is the first one given), with the variables Compose sees there (the environment, then `.env`).
 */
export function resolveProjectName(file: ComposeContext, directory: string, variables: ReadonlyMap<string, VariableValue>): ComposeProjectName {
  const fromVariable = variables.get(PROJECT_NAME_VARIABLE);
  if (fromVariable?.value) return { name: fromVariable.value, source: fromVariable.source.kind };
  const fromFile = topLevelName(file, (name) => variables.get(name)?.value);
  if (fromFile !== undefined) return { name: fromFile, source: 'name' };
  return { name: basename(directory), source: 'directory' };
}

/**
 * The top-level `name:` as Compose v2 uses it: the last document's that sets one (as Compose merges
 * them), interpolated. Undefined when nothing of it would survive normalisation (no letter or digit):
 * v2 then falls back to the directory.
 */
function topLevelName(file: ComposeContext, lookup: (name: string) => string | undefined): string | undefined {
  let written: string | undefined;
  for (const root of file.roots) {
    const value = scalarText(file.entry(root, 'name')?.value);
    if (value) written = value;
  }
  if (written === undefined) return undefined;
  const name = substitute(written, lookup).value;
  return /[a-z0-9]/i.test(name) ? name : undefined;
}
