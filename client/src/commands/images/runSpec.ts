/**
 * What Run Image is asked to do, checked and turned into either the Engine API's create body
 * (detached runs, created and started through the engine connection) or `docker run -it`'s argument
 * array (interactive runs, in a terminal). Plain data and no VS Code, so engine tests drive it.
 */
import type { ContainerCreateOptions } from 'dockerode';
import { actionFailedMessage } from '../../engine/errors';

export interface RunSpec {
  /** The image reference or id. */
  image: string;
  /** The container's name; empty lets the engine pick one. */
  name?: string;
  /** `-p` specs: `8080:80`, `127.0.0.1:8080:80/tcp`, `80` (any free host port). */
  ports?: string[];
  /** `KEY=value`. */
  env?: string[];
  /** `-v` specs: `/host/path:/in/container[:ro]` or `volume-name:/in/container`. */
  volumes?: string[];
  /** `host`, `none`, `bridge` or a network's name; empty for the engine's default. */
  network?: string;
  /** Replaces the image's CMD. */
  command?: string[];
  /** Runs an init process as PID 1 (reaps children, forwards signals). */
  init?: boolean;
}

export interface PortBinding {
  /** `80/tcp` */
  containerPort: string;
  hostIp?: string;
  /** Undefined: any free port. */
  hostPort?: string;
}

const PORT = '(\\d{1,5})';
const PORT_SPEC = new RegExp(`^(?:(?:(\\[[0-9a-fA-F:]+\\]|[0-9.]+):)?${PORT}?:)?${PORT}(?:/(tcp|udp|sctp))?$`);

/** Reads a `-p` spec; undefined when it is not one. */
export function parsePort(spec: string): PortBinding | undefined {
  const match = PORT_SPEC.exec(spec.trim());
  if (!match) return undefined;
  const [, hostIp, hostPort, containerPort, protocol] = match;
  const valid = (port: string | undefined) => port === undefined || (Number(port) >= 1 && Number(port) <= 65535);
  if (!valid(hostPort) || !valid(containerPort)) return undefined;
  return { containerPort: `${containerPort}/${protocol ?? 'tcp'}`, hostIp: hostIp?.replace(/^\[|\]$/g, ''), hostPort };
}

export function portProblem(spec: string): string | undefined {
  return parsePort(spec) ? undefined : `"${spec}" is not a port to publish: HOST:CONTAINER (8080:80), IP:HOST:CONTAINER, or CONTAINER alone, with /udp if needed.`;
}

export function envProblem(entry: string): string | undefined {
  return /^[^=\s]+=/.test(entry) ? undefined : `"${entry}" is not KEY=value.`;
}

export function volumeProblem(spec: string): string | undefined {
  const parts = spec.split(':');
  // A Windows host path has its own colon (C:\data:/data).
  const windowsDrive = /^[a-zA-Z]$/.test(parts[0]) && parts.length > 2;
  const [source, target, mode] = windowsDrive ? [`${parts[0]}:${parts[1]}`, parts[2], parts[3]] : parts;
  if (!source || !target || !target.startsWith('/') || parts.length > (windowsDrive ? 4 : 3)) {
    return `"${spec}" is not a volume: SOURCE:/path/in/container[:ro], where SOURCE is a host path or a volume name.`;
  }
  if (mode !== undefined && !/^(ro|rw|z|Z)(,(ro|rw|z|Z))*$/.test(mode)) return `"${mode}" is not a volume mode: ro or rw.`;
  return undefined;
}

export function nameProblem(name: string): string | undefined {
  return name === '' || /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name) ? undefined : `"${name}" is not a container name: letters, digits, _ . and -, starting with a letter or digit.`;
}

/** The first problem of a spec, or undefined. */
export function runSpecProblem(spec: RunSpec): string | undefined {
  if (!spec.image.trim()) return 'Name the image to run.';
  return nameProblem(spec.name ?? '')
    ?? spec.ports?.map(portProblem).find(Boolean)
    ?? spec.env?.map(envProblem).find(Boolean)
    ?? spec.volumes?.map(volumeProblem).find(Boolean);
}

/** `-p` specs for the ports an image exposes (`ExposedPorts` of its config): each on the same host port, lowest first. */
export function portsFromExposed(exposed: Record<string, unknown> | undefined | null): string[] {
  return Object.keys(exposed ?? {})
    .map((key) => /^(\d+)(?:\/(tcp|udp|sctp))?$/.exec(key))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map(([, port, protocol]) => (protocol && protocol !== 'tcp' ? `${port}:${port}/${protocol}` : `${port}:${port}`));
}

/** The Engine API's create body for a detached run. */
export function createOptions(spec: RunSpec): ContainerCreateOptions {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostIp?: string; HostPort?: string }[]> = {};
  for (const port of (spec.ports ?? []).map(parsePort)) {
    if (!port) continue;
    exposed[port.containerPort] = {};
    (bindings[port.containerPort] ??= []).push({ HostIp: port.hostIp ?? '', HostPort: port.hostPort ?? '' });
  }
  return {
    ...(spec.name ? { name: spec.name } : {}),
    Image: spec.image,
    Env: spec.env ?? [],
    ExposedPorts: exposed,
    ...(spec.command?.length ? { Cmd: spec.command } : {}),
    HostConfig: {
      PortBindings: bindings,
      Binds: spec.volumes ?? [],
      ...(spec.network ? { NetworkMode: spec.network } : {}),
      ...(spec.init ? { Init: true } : {}),
    },
  };
}

/** `docker run -it …` for an interactive run in a terminal. */
export function interactiveRunArguments(spec: RunSpec): string[] {
  const args = ['run', '-it'];
  if (spec.name) args.push('--name', spec.name);
  for (const port of spec.ports ?? []) args.push('--publish', port);
  for (const entry of spec.env ?? []) args.push('--env', entry);
  for (const volume of spec.volumes ?? []) args.push('--volume', volume);
  if (spec.network) args.push('--network', spec.network);
  if (spec.init) args.push('--init');
  args.push(spec.image, ...(spec.command ?? []));
  return args;
}

/** The engine calls a detached run needs; Engine (engine/connect.ts) has them. */
export interface ContainerApi {
  createContainer(options: ContainerCreateOptions): Promise<string>;
  containerAction(verb: 'start', id: string): Promise<void>;
  remove(kind: 'container', id: string, options: { force?: boolean }): Promise<void>;
}

/** A failed detached run, with what was done about the half-made container. */
export class RunError extends Error {
  constructor(
    message: string,
    /** The host port that was taken, when that is why it failed. */
    readonly portInUse: string | undefined,
  ) {
    super(message);
    this.name = 'RunError';
  }
}

const PORT_IN_USE = /port is already allocated|address already in use|ports are not available/i;
const PORT_IN_MESSAGE = /(?:Bind for |listen (?:tcp|udp)[46]? |exposing port (?:TCP|UDP) )\S*?:(\d+)/i;

/**
 * Creates and starts the container; resolves with its id. When the start fails the created
 * container is removed, so nothing half-made is left, and the error says so (a port already in use
 * is named as such).
 */
export async function createAndStart(engine: ContainerApi, spec: RunSpec): Promise<string> {
  const id = await engine.createContainer(createOptions(spec)).catch((error: unknown) => {
    throw new RunError(actionFailedMessage('create a container from', spec.image, error), undefined);
  });
  try {
    await engine.containerAction('start', id);
    return id;
  } catch (error) {
    const what = spec.name ? `container ${spec.name}` : `the container (${id.slice(0, 12)})`;
    const cleanup = await engine.remove('container', id, { force: true }).then(
      () => `Berth removed ${what} it had created.`,
      (removeError: unknown) => `Berth could not remove ${what} it had created: ${removeError instanceof Error ? removeError.message : String(removeError)}`,
    );
    const reason = error instanceof Error ? error.message : String(error);
    if (PORT_IN_USE.test(reason)) {
      const port = PORT_IN_MESSAGE.exec(reason)?.[1];
      const which = port ? `Port ${port} is` : 'A port to publish is';
      throw new RunError(`${which} already in use on the host: stop what listens there or publish the container on another port. ${cleanup}`, port ?? '');
    }
    throw new RunError(`${actionFailedMessage('start', what, error)} ${cleanup}`, undefined);
  }
}
