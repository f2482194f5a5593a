/**
 * Runs one `docker build` to its end: output passed on as it comes, progress read from it, the
 * image id from `--iidfile`, and on failure where and why. No VS Code here: the Build Image
 * command, the berth-build task and the engine tests all run builds through this.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startProcess, type OutputStream } from '../process/childProcess';
import { builderEnvironment, engineVersionFacts, type Builder } from './builder';
import { BuildOutputReader, type BuildFailure } from './buildOutput';
import { buildArguments, type BuildSettings } from './buildSettings';

export interface BuildResult {
  outcome: 'succeeded' | 'failed' | 'cancelled';
  /** `sha256:…` of the built image, when it succeeded. */
  imageId?: string;
  /** Why and where, when it failed. */
  failure?: BuildFailure;
}

export interface BuildOptions {
  /** The docker CLI to run. */
  docker: string;
  /** The environment pointing the CLI at Berth's engine (the builder's variable is added here). */
  env: NodeJS.ProcessEnv;
  builder: Builder;
  onOutput?: (stream: OutputStream, text: string) => void;
  /** Called when the step in progress changes ("step 3/7", "build 2/4"). */
  onProgress?: (step: string) => void;
}

export interface BuildRun {
  /** The command line that runs, for the terminal to show. */
  readonly commandLine: string[];
  readonly result: Promise<BuildResult>;
  /** Stops the build (the CLI is interrupted, which cancels the build on the engine). */
  cancel(): void;
}

/** The id `--iidfile` received; undefined if the CLI wrote none . */
function readImageId(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined; // the image is still there under its tag
  }
}

/**
 * Why a build that exited non-zero failed. An engine that goes away mid-build (stopped, crashed)
 * makes the CLI end with whatever it was doing: "unexpected EOF" inside a RUN step from the classic
 * builder, "server did not provide an image ID" from BuildKit. Reported as they come, that would put
 * an error on a step that did nothing wrong; so the engine is asked whether it is still there.
 */
async function failureOf(reader: BuildOutputReader, settings: BuildSettings, options: BuildOptions): Promise<BuildFailure> {
  try {
    await engineVersionFacts(options.docker, options.env);
    return reader.failure();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // The classic builder runs each RUN step in a container it removes only when the step ends.
    const leftover = options.builder === 'classic' ? ' The classic builder may have left a stopped intermediate container: remove it from the Containers view or with docker container prune.' : '';
    return {
      message: `The Docker engine went away during the build (${reason}). Start the engine again and rebuild: ${settings.tag} was not built.${leftover}`,
      output: [],
      engineLost: true,
    };
  }
}

export function startBuild(settings: BuildSettings, options: BuildOptions): BuildRun {
  const scratch = mkdtempSync(join(tmpdir(), 'berth-build-'));
  const iidFile = join(scratch, 'iid');
  const args = buildArguments(settings, options.builder, iidFile);
  const reader = new BuildOutputReader(basename(settings.dockerfile), settings.target);
  let progress: string | undefined;
  const running = startProcess(options.docker, args, {
    cwd: settings.context,
    env: { ...options.env, ...builderEnvironment(options.builder) },
    onOutput: (stream, text) => {
      options.onOutput?.(stream, text);
      reader.push(stream, text);
      if (reader.progress !== progress) {
        progress = reader.progress;
        if (progress) options.onProgress?.(progress);
      }
    },
  });
  const result = running.exited.then(async (exit): Promise<BuildResult> => {
    try {
      if (exit.stopped) return { outcome: 'cancelled' };
      if (exit.code !== 0) return { outcome: 'failed', failure: await failureOf(reader, settings, options) };
      return { outcome: 'succeeded', imageId: readImageId(iidFile) };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
  return { commandLine: [options.docker, ...args], result, cancel: () => running.stop() };
}
