import type { DockerfileContext } from '../dockerfile/context';
import type { ResourceKind } from '../docs/compose';
import type { DotenvEntry } from './dotenv';
import type { ExtenderFacts } from './extenders';

/**
 * What was read from disk around a Compose file, handed to the rules so they stay free of I/O (see
 * environmentReader.ts, which fills it). Anything not read is absent, and the checks that need it
 * stay silent rather than guess.
 */
export interface ComposeEnvironment {
  /** The Compose file's folder; undefined for a file that is not on disk. */
  directory?: string;
  /** What each path the file names turned out to be. */
  paths: ReadonlyMap<string, PathKind>;
  /** The Dockerfiles services build, parsed, by absolute path (or `inline:<service>` for dockerfile_inline). */
  dockerfiles: ReadonlyMap<string, DockerfileContext>;
  /** The variables interpolation sees; undefined when unknown (then no variable is reported unset). */
  variables?: ReadonlyMap<string, VariableValue>;
  /** The env_file files services name, by absolute path, for hover. */
  envFiles: ReadonlyMap<string, DotenvEntry[]>;
  /** Names defined in other files of the same project; undefined when one could not be read. */
  otherFiles?: OtherFiles;
  /** The services of this file that other known files extend, and their extenders; undefined when not looked for. */
  extenders?: ExtenderFacts;
}

export type PathKind = 'file' | 'directory' | 'missing';

export interface VariableValue {
  value: string;
  source: VariableSource;
}

/** Where a variable's value comes from: the environment Compose runs in wins over the `.env` file. */
export type VariableSource = { kind: 'environment' } | { kind: 'dotenv'; file: string; line: number };

/**
 * What the other files of the project define: the base `compose.yaml` an override file is merged
 * onto, and the files `include` pulls in.
 */
export interface OtherFiles {
  names: Readonly<Record<ResourceKind, ReadonlySet<string>>>;
  /** Services that other files give an `image`, `build`, `extends` or `provider`. */
  runnableServices: ReadonlySet<string>;
}

export const EMPTY_OTHER_FILES: OtherFiles = {
  names: { services: new Set(), networks: new Set(), volumes: new Set(), secrets: new Set(), configs: new Set(), models: new Set() },
  runnableServices: new Set(),
};

export const EMPTY_COMPOSE_ENVIRONMENT: ComposeEnvironment = { paths: new Map(), dockerfiles: new Map(), envFiles: new Map(), otherFiles: EMPTY_OTHER_FILES };
