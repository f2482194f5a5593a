import { basename, dirname, join } from 'node:path';
import type { BuildContextInfo } from '../dockerfile/context';
import { DiskFileSystem, type FileSystem } from '../fileSystem';
import { EMPTY_HADOLINT_CONFIG, parseHadolintConfig, type ConfigProblem, type HadolintConfig } from './config';

/**
 * What lives on disk around a Dockerfile and changes how it is linted: the `.hadolint.yaml` found
 * upward from it and the `.dockerignore` of its build context. The language server and the CLI
 * both read it here; rules never touch the disk.
 */
export interface FileEnvironment {
  config: HadolintConfig;
  /** The config file used, if any. */
  configFile?: string;
  configProblems: ConfigProblem[];
  buildContext: BuildContextInfo;
}

const CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

/** Reads what lies around Dockerfiles; on disk through the mtime cache, so linting many files re-reads nothing. */
export class FileEnvironmentReader {
  constructor(private readonly fs: Pick<FileSystem, 'read'> = new DiskFileSystem()) {}

  /** The nearest `.hadolint.yaml`/`.yml` in the Dockerfile's folder or above. */
  findConfig(dockerfilePath: string): string | undefined {
    let dir = dirname(dockerfilePath);
    for (;;) {
      for (const name of CONFIG_NAMES) {
        const candidate = join(dir, name);
        if (this.fs.read(candidate) !== undefined) return candidate;
      }
      const parent = dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }

  /** The config from an explicit path (CLI `--config`), or the one found upward from the Dockerfile. */
  environment(dockerfilePath: string | undefined, explicitConfig?: string): FileEnvironment {
    const configFile = explicitConfig ?? (dockerfilePath ? this.findConfig(dockerfilePath) : undefined);
    let config = EMPTY_HADOLINT_CONFIG;
    let configProblems: ConfigProblem[] = [];
    if (configFile) {
      const text = this.fs.read(configFile);
      if (text === undefined) configProblems = [{ file: configFile, message: 'cannot be read' }];
      else ({ config, problems: configProblems } = parseHadolintConfig(text, configFile));
    }
    return { config, configFile, configProblems, buildContext: dockerfilePath ? this.buildContext(dockerfilePath) : {} };
  }

  /**
   * The build context is taken to be the Dockerfile's folder, as `docker build .` beside it would.
   * Docker prefers `<Dockerfile name>.dockerignore` next to the Dockerfile over the context's `.dockerignore`.
   */
  private buildContext(dockerfilePath: string): BuildContextInfo {
    const dir = dirname(dockerfilePath);
    const text = this.fs.read(join(dir, `${basename(dockerfilePath)}.dockerignore`)) ?? this.fs.read(join(dir, '.dockerignore'));
    return text === undefined ? {} : { dockerignore: text.split(/\r?\n/) };
  }
}
