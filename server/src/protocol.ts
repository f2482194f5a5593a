/**
 * What the client and the server agree on: setting sections and custom messages. The client
 * imports this file too, so it holds types and constants only.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Platform } from './dockerfile/platforms';
import type { Severity } from './lint/rule';

export const LINT_CONFIGURATION_SECTION = 'berth.lint';

/** The `berth.lint.*` settings. */
export interface LintConfiguration {
  enable: boolean;
  ignore: string[];
  severity: Record<string, Severity | 'off'>;
}

export const DEFAULT_LINT_CONFIGURATION: LintConfiguration = { enable: true, ignore: [], severity: {} };

/**
 * Files whose change on disk changes how Dockerfiles and Compose files lint (Compose files read
 * `.env`, env files, the Dockerfiles they build and the Compose files they include or override);
 * the client watches them for the server.
 */
export const LINT_INPUT_FILE_GLOB = '**/{.hadolint.yaml,.hadolint.yml,.dockerignore,*.dockerignore,.env,*.env,Dockerfile,Dockerfile.*,*.Dockerfile,*compose*.yaml,*compose*.yml}';

/**
 * Node flags the client starts the server with (benchmarks use the same). A 1 MB young generation
 * keeps a long editing session's resident memory near 60 MB, at no measurable cost to latency
 * (see npm run bench); the default lets parse garbage pile up to about 100 MB first. `gc` lets the
 * server collect once it goes idle after heavy work (see idleCollection.ts), which gives back the
 * pages a long file grew the heap by; without the flag the server runs as before. Two V8 worker
 * threads instead of node's four: each keeps a few megabytes of malloc arena after compiling and
 * collecting (settled after bench/memory.ts's runs: 73-75 MB with four, 67 MB with two, 64-65 MB
 * with one, which moved 1-2 ms of work per 1,000-line open onto the main thread). Where the
 * server runs under Electron (VS Code on the desktop) Electron sizes that pool and the flag is
 * ignored; in remote, WSL and container windows the server runs under node and it applies.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=1', '--expose-gc', '--v8-pool-size=2'];

/**
 * Server → client request: the images the local engine has, for completion and hover after FROM.
 * The client answers with an empty list when no engine answers; the server asks only clients that
 * said they can (`localImages` in the initialization options) and never waits long for the answer.
 */
export const LOCAL_IMAGES_REQUEST = 'berth/localImages';

/** One local image as the engine lists it. */
export interface LocalImage {
  /** `sha256:…` */
  id: string;
  /** `repository:tag` names; empty for an untagged image. */
  tags: string[];
  /** `repository@sha256:…` digests of the image as pushed or pulled. */
  digests: string[];
  /** Bytes. */
  size: number;
  /** Seconds since the epoch. */
  created: number;
}

/**
 * Server → client request: the platforms of the base images a Dockerfile names and of the engine
 * itself, for InvalidBaseImagePlatform. Asked only of clients that said they can (`imagePlatforms` in
 * the initialization options); lint never waits for the answer, it lints again when one arrives.
 */
export const IMAGE_PLATFORMS_REQUEST = 'berth/imagePlatforms';

export interface ImagePlatformsParams {
  /** Image references as a FROM names them (`alpine:3.20`, `ghcr.io/acme/app@sha256:…`). */
  references: string[];
}

export interface ImagePlatforms {
  /** The engine's own platform (its OS and architecture); absent when no engine answers. */
  engine?: Platform;
  /** The platform of each asked reference the engine has; the others are left out. */
  images: Record<string, Platform>;
}

/**
 * Client → server notification: the engine the client talks to changed (another endpoint or context),
 * so what the server learnt of its images (LOCAL_IMAGES_REQUEST, IMAGE_PLATFORMS_REQUEST) must be
 * asked again rather than trusted until it goes stale.
 */
export const ENGINE_CHANGED_NOTIFICATION = 'berth/engineChanged';

/** What the client tells the server when it starts it. */
export interface BerthInitializationOptions {
  /** The client answers LOCAL_IMAGES_REQUEST. */
  localImages?: boolean;
  /** The client answers IMAGE_PLATFORMS_REQUEST. */
  imagePlatforms?: boolean;
}

/**
 * Client → server requests of the build commands, which hold no Dockerfile or Compose syntax of
 * their own. Each carries the file's text: the file need not be open in an editor.
 */
export interface FileTextParams {
  uri: string;
  text: string;
}

/** The stages a build can target and the ARGs it can set: DockerfileBuildOptions. */
export const DOCKERFILE_BUILD_OPTIONS_REQUEST = 'berth/dockerfileBuildOptions';

export interface DockerfileBuildOptions {
  stages: { index: number; name: string | null; base: string; line: number }[];
  args: { name: string; defaultValue: string | null; line: number }[];
}

/** Where a build failed, as the builder's output says it (see server/src/dockerfile/build.ts). */
export type BuildFailurePoint =
  | { kind: 'line'; line: number }
  | { kind: 'step'; step: number }
  | { kind: 'vertex'; stage?: string; step: number; text: string; target?: string };

/** The range to report a build failure at, or null when the point names no instruction. */
export const LOCATE_BUILD_FAILURE_REQUEST = 'berth/locateBuildFailure';

export interface LocateBuildFailureParams extends FileTextParams {
  point: BuildFailurePoint;
}

/** A Compose file's services, the profiles they declare and its project's name: ComposeOutline. */
export const COMPOSE_OUTLINE_REQUEST = 'berth/composeOutline';

export interface ComposeOutline {
  /** In file order; `profiles` empty for a service that always starts. */
  services: ComposeOutlineService[];
  /** Every profile some service declares, sorted. */
  profiles: string[];
  /** The project Compose makes of the file run from its folder; absent for a file that is not on disk. */
  project?: ComposeProjectName;
}

/**
 * A Compose project's name as Compose resolves it, not yet normalised: Compose v1 and v2 normalise
 * it differently (the client does, to find the project's containers by their label).
 */
export interface ComposeProjectName {
  name: string;
  /**
   * COMPOSE_PROJECT_NAME from the environment Compose runs in (`environment`) or from the project's
   * `.env` (`dotenv`), else the file's top-level `name:` after interpolation (`name`), else the
   * project directory's name (`directory`).
   */
  source: 'environment' | 'dotenv' | 'name' | 'directory';
}

export interface ComposeOutlineService {
  name: string;
  profiles: string[];
  /** The service's key where the file first defines it: where the editor shows what concerns the service (its CodeLens). */
  range: Range;
}
