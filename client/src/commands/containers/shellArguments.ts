/** The `docker exec` a container shell runs, and where the docker CLI is. */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Runs inside the container: bash if installed, else sh. */
const BASH_OR_SH = 'if command -v bash >/dev/null 2>&1; then exec bash; else exec sh; fi';

export function shellArguments(containerId: string): string[] {
  return ['exec', '-it', containerId, 'sh', '-c', BASH_OR_SH];
}

/** The docker executable on PATH, or undefined. */
export function findDocker(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const names = platform === 'win32' ? ['docker.exe'] : ['docker'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}
