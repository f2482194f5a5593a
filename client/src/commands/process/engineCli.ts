/**
 * What a docker or Compose CLI started by Berth needs to reach the engine the explorer shows:
 * the executable, and an environment naming the same endpoint (berth.docker.host, DOCKER_HOST or
 * the current context, decided as engine/endpoint.ts decides it).
 */
import { cliEnvironment, resolveEndpoint } from '../../engine/endpoint';
import { config } from '../../config';
import { findDocker } from '../containers/shellArguments';
import { processEnvironment } from './childProcess';

export function engineCliEnvironment(): NodeJS.ProcessEnv {
  const endpoint = resolveEndpoint({ hostSetting: config.dockerHost(), env: process.env, platform: process.platform });
  return processEnvironment(cliEnvironment(endpoint));
}

/** The docker executable; throws a message saying what to install when it is missing. */
export function requireDocker(purpose: string): string {
  const docker = findDocker();
  if (!docker) throw new Error(`The docker command is not on PATH: ${purpose} runs the Docker CLI. Install it and reload VS Code.`);
  return docker;
}
