/**
 * Which builder `docker build` uses, decided at run time as the installed CLI and the engine allow:
 * - buildx: the CLI has the buildx plugin (Docker 23+ builds with it by default);
 * - buildkit: a CLI before 23 has BuildKit built in, switched on with DOCKER_BUILDKIT=1;
 * - classic: the legacy builder, for a 23+ CLI without buildx (DOCKER_BUILDKIT=1 fails there),
 *   Windows engines and Podman, which have no BuildKit session API.
 */
import { runToEnd } from '../process/childProcess';

export type Builder = 'buildx' | 'buildkit' | 'classic';

/** The berth.build.builder setting: auto-detect, or force one kind. */
export type BuilderPreference = 'auto' | 'buildkit' | 'classic';

/** A CLI at or above this major version needs buildx for BuildKit. */
const BUILDX_ONLY_MAJOR = 23;

export interface VersionFacts {
  /** The CLI's version, e.g. "20.10.24+dfsg1". */
  client: string;
  serverOs: string;
  /** The engine's component names ("Engine", "Podman Engine", …). */
  components: string[];
}

/** Reads `docker version --format '{{json .}}'`; undefined for anything else. */
export function parseVersionFacts(json: string): VersionFacts | undefined {
  try {
    const value = JSON.parse(json) as { Client?: { Version?: unknown }; Server?: { Os?: unknown; Components?: { Name?: unknown }[] } | null };
    return {
      client: typeof value.Client?.Version === 'string' ? value.Client.Version : '',
      serverOs: typeof value.Server?.Os === 'string' ? value.Server.Os : '',
      components: (value.Server?.Components ?? []).map((c) => (typeof c.Name === 'string' ? c.Name : '')),
    };
  } catch {
    return undefined;
  }
}

/** An engine the CLI could not reach: its own words ("Cannot connect to the Docker daemon at …"). */
export class DockerUnavailableError extends Error {}

/**
 * The builder for an engine and CLI. Windows engines and Podman have no BuildKit session API, so
 * they get the classic builder whatever the CLI offers; `preference` "buildkit" turns the fall-back
 * to the classic builder into an error.
 */
export function chooseBuilder(facts: VersionFacts, hasBuildx: boolean, preference: BuilderPreference): Builder {
  if (preference === 'classic') return 'classic';
  const engineHasBuildKit = facts.serverOs !== 'windows' && !facts.components.some((name) => /podman/i.test(name));
  const cliMajor = Number(/^(\d+)\./.exec(facts.client)?.[1] ?? NaN);
  const builder: Builder = !engineHasBuildKit ? 'classic' : hasBuildx ? 'buildx' : cliMajor < BUILDX_ONLY_MAJOR ? 'buildkit' : 'classic';
  if (builder === 'classic' && preference === 'buildkit') {
    throw new Error(engineHasBuildKit
      ? `berth.build.builder asks for BuildKit, but docker ${facts.client} builds with BuildKit only through the buildx plugin, which is not installed.`
      : 'berth.build.builder asks for BuildKit, but this engine (Windows or Podman) has only the classic builder.');
  }
  return builder;
}

/** The CLI's and the engine's versions; throws DockerUnavailableError when the engine does not answer. */
export async function engineVersionFacts(docker: string, env: NodeJS.ProcessEnv): Promise<VersionFacts> {
  const version = await runToEnd(docker, ['version', '--format', '{{json .}}'], { env });
  const facts = parseVersionFacts(version.stdout.trim());
  if (version.code !== 0 || !facts || !facts.serverOs) {
    throw new DockerUnavailableError(version.stderr.trim().split('\n').pop() || `${docker} version failed`);
  }
  return facts;
}

export async function detectBuilder(docker: string, env: NodeJS.ProcessEnv, preference: BuilderPreference = 'auto'): Promise<Builder> {
  const facts = await engineVersionFacts(docker, env);
  const hasBuildx = preference !== 'classic' && (await runToEnd(docker, ['buildx', 'version'], { env })).code === 0;
  return chooseBuilder(facts, hasBuildx, preference);
}

/** The environment variable that selects the builder for `docker build`. */
export function builderEnvironment(builder: Builder): Record<string, string> {
  return { DOCKER_BUILDKIT: builder === 'classic' ? '0' : '1' };
}
