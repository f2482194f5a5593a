/**
 * Which Docker engine to talk to, decided as the Docker CLI decides, with Berth's setting first:
 * berth.docker.host, else DOCKER_HOST (TLS from DOCKER_TLS_VERIFY, DOCKER_TLS, DOCKER_CERT_PATH),
 * else the current context (DOCKER_CONTEXT, else config.json's currentContext), else the default
 * socket. Also parses a host into the transport to dial. No dockerode here: plain data.
 */
import { join } from 'node:path';
import { currentContextName, DEFAULT_CONTEXT, dockerConfigDir, readContext } from './contexts';

export type EndpointSource = 'setting' | 'DOCKER_HOST' | 'context' | 'default';

export interface TlsSettings {
  /** Check the engine's certificate against the CA (false: DOCKER_TLS without verify, or SkipTLSVerify). */
  verify: boolean;
  /** Folder with ca.pem, cert.pem and key.pem (any may be missing). */
  dir: string;
}

export interface EngineEndpoint {
  /** As the user writes it: unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host. */
  host: string;
  source: EndpointSource;
  /** The context that named this endpoint, when source is "context". */
  context: string | undefined;
  tls: TlsSettings | undefined;
}

export type Transport =
  | { kind: 'socket'; path: string }
  | { kind: 'tcp'; hostname: string; port: number }
  | { kind: 'ssh'; user: string | undefined; hostname: string; port: number | undefined };

export function defaultHost(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'npipe:////./pipe/docker_engine' : 'unix:///var/run/docker.sock';
}

export interface EndpointInputs {
  /** The berth.docker.host setting ('' when unset). */
  hostSetting: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

function tlsFromEnvironment(env: NodeJS.ProcessEnv): TlsSettings | undefined {
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_TLS) return undefined;
  return { verify, dir: env.DOCKER_CERT_PATH || dockerConfigDir(env) };
}

export function resolveEndpoint({ hostSetting, env, platform }: EndpointInputs): EngineEndpoint {
  const setting = hostSetting.trim();
  if (setting) return { host: setting, source: 'setting', context: undefined, tls: tlsFromEnvironment(env) };
  if (env.DOCKER_HOST) return { host: env.DOCKER_HOST, source: 'DOCKER_HOST', context: undefined, tls: tlsFromEnvironment(env) };
  const configDir = dockerConfigDir(env);
  const name = currentContextName(env, configDir);
  if (name !== DEFAULT_CONTEXT) {
    const context = readContext(configDir, name);
    if (!context) throw new Error(`The current Docker context "${name}" is not in ${join(configDir, 'contexts')}. Pick another context or run \`docker context use default\`.`);
    const tls = context.tlsDir || context.skipTlsVerify ? { verify: !context.skipTlsVerify, dir: context.tlsDir ?? '' } : undefined;
    return { host: context.host ?? defaultHost(platform), source: 'context', context: name, tls };
  }
  return { host: defaultHost(platform), source: 'default', context: undefined, tls: undefined };
}

/** Where the endpoint came from, for tooltips and messages. */
export function describeSource(endpoint: EngineEndpoint): string {
  switch (endpoint.source) {
    case 'setting': return 'from the berth.docker.host setting';
    case 'DOCKER_HOST': return 'from DOCKER_HOST';
    case 'context': return `from Docker context "${endpoint.context}"`;
    case 'default': return 'the default socket';
  }
}

function parsePort(text: string, host: string): number | undefined {
  if (text === '') return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`"${host}" has an invalid port.`);
  return port;
}

/** The transport a host asks for; throws a plain-words Error for hosts the CLI would also refuse. */
export function parseHost(host: string, tls: boolean): Transport {
  const scheme = /^([a-z]+):\/\//i.exec(host)?.[1]?.toLowerCase();
  const rest = scheme ? host.slice(scheme.length + 3) : host;
  switch (scheme) {
    case 'unix':
      return { kind: 'socket', path: rest || defaultHost('linux').slice('unix://'.length) };
    case 'npipe':
      return { kind: 'socket', path: rest || defaultHost('win32').slice('npipe://'.length) };
    case undefined:
    case 'tcp':
    case 'http':
    case 'https': {
      const match = /^(\[[^\]]+\]|[^:/]+)(?::(\d*))?\/?$/.exec(rest);
      if (!match) throw new Error(`"${host}" is not a host Docker understands (tcp://HOST:PORT, unix:///PATH, ssh://USER@HOST).`);
      const hostname = match[1].replace(/^\[|\]$/g, '');
      return { kind: 'tcp', hostname, port: parsePort(match[2] ?? '', host) ?? (tls || scheme === 'https' ? 2376 : 2375) };
    }
    case 'ssh': {
      const match = /^(?:([^@/]+)@)?(\[[^\]]+\]|[^:/@]+)(?::(\d*))?\/?$/.exec(rest);
      if (!match) throw new Error(`"${host}" is not an ssh host Docker understands (ssh://USER@HOST:PORT, no path).`);
      return { kind: 'ssh', user: match[1], hostname: match[2].replace(/^\[|\]$/g, ''), port: parsePort(match[3] ?? '', host) };
    }
    default:
      throw new Error(`Berth cannot connect to "${host}": the ${scheme}:// scheme is not supported. Use unix://, tcp://, npipe:// or ssh://.`);
  }
}

/**
 * Environment for a docker CLI that must reach the same engine (terminals Berth opens).
 * null removes a variable inherited from VS Code's own environment.
 */
export function cliEnvironment(endpoint: EngineEndpoint): Record<string, string | null> {
  if (endpoint.source === 'context') {
    return { DOCKER_CONTEXT: endpoint.context ?? null, DOCKER_HOST: null, DOCKER_TLS_VERIFY: null, DOCKER_TLS: null, DOCKER_CERT_PATH: null };
  }
  return {
    DOCKER_HOST: endpoint.host,
    DOCKER_CONTEXT: null,
    DOCKER_TLS_VERIFY: endpoint.tls?.verify ? '1' : null,
    DOCKER_TLS: endpoint.tls && !endpoint.tls.verify ? '1' : null,
    DOCKER_CERT_PATH: endpoint.tls?.dir || null,
  };
}
