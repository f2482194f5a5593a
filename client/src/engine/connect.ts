/**
 * A connection to one Docker engine (or Podman's Docker-compatible API). The only module that
 * builds a dockerode client; the rest of Berth sees plain data, streams and EngineErrors. Every call
 * has a timeout, and `dispose()` aborts whatever is still in flight (a context switch does that).
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import Dockerode from 'dockerode';
import { parseHost, type EngineEndpoint, type TlsSettings, type Transport } from './endpoint';
import { EngineError, timeoutError, toEngineError, unreachableError } from './errors';
import { SshDialStdioAgent } from './sshDialStdio';

export type { ContainerInfo, ImageInfo, VolumeInspectInfo, NetworkInspectInfo } from 'dockerode';

export type ObjectKind = 'container' | 'image' | 'volume' | 'network';
export type ContainerVerb = 'start' | 'stop' | 'restart' | 'pause' | 'unpause';

/** Milliseconds to wait for an answer. A stop waits the container's own stop timeout first. */
export const TIMEOUTS = { query: 15_000, action: 90_000, prune: 300_000, streamOpen: 15_000 };

export interface PruneResult {
  removed: number;
  spaceReclaimed: number;
}

function readIfPresent(dir: string, file: string): Buffer | undefined {
  const path = join(dir, file);
  return dir && existsSync(path) ? readFileSync(path) : undefined;
}

function tlsAgent(tls: TlsSettings): HttpsAgent {
  return new HttpsAgent({
    keepAlive: true,
    ca: readIfPresent(tls.dir, 'ca.pem'),
    cert: readIfPresent(tls.dir, 'cert.pem'),
    key: readIfPresent(tls.dir, 'key.pem'),
    rejectUnauthorized: tls.verify,
  });
}

/**
 * docker-modem reads DOCKER_HOST (and with it DOCKER_CERT_PATH) in its constructor and lets it win
 * over the options given; Berth has already decided the endpoint, so the variable is hidden for
 * the duration of the (synchronous) constructor.
 */
function withoutDockerHost<T>(create: () => T): T {
  const saved = process.env.DOCKER_HOST;
  delete process.env.DOCKER_HOST;
  try {
    return create();
  } finally {
    if (saved !== undefined) process.env.DOCKER_HOST = saved;
  }
}

function createClient(transport: Transport, tls: TlsSettings | undefined): { client: Dockerode; agent: HttpAgent } {
  switch (transport.kind) {
    case 'socket': {
      const agent = new HttpAgent({ keepAlive: true });
      return { agent, client: withoutDockerHost(() => new Dockerode({ socketPath: transport.path, agent } as Dockerode.DockerOptions)) };
    }
    case 'tcp': {
      const agent = tls ? tlsAgent(tls) : new HttpAgent({ keepAlive: true });
      const options = { host: transport.hostname, port: transport.port, protocol: tls ? 'https' : 'http', agent } as Dockerode.DockerOptions;
      return { agent, client: withoutDockerHost(() => new Dockerode(options)) };
    }
    case 'ssh': {
      // Plain HTTP over the ssh process; the host name only fills the request line.
      const agent = new SshDialStdioAgent(transport);
      const options = { host: 'localhost', port: 80, protocol: 'http', agent } as Dockerode.DockerOptions;
      return { agent, client: withoutDockerHost(() => new Dockerode(options)) };
    }
  }
}

/**
 * dockerode 5 takes `{ abortSignal }` on every call, but @types/dockerode 4 declares it on only some;
 * this gives a method that signature without loosening the method name.
 */
function abortable<O extends object, K extends keyof O>(target: O, method: K): (options: Record<string, unknown>) => Promise<unknown> {
  return (target[method] as (options: Record<string, unknown>) => Promise<unknown>).bind(target);
}

/** The error a caller's own abort produces: not an engine failure, nothing to report. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || (error as NodeJS.ErrnoException).code === 'ABORT_ERR');
}

function abortError(): Error {
  const error = new Error('The operation was aborted');
  error.name = 'AbortError';
  return error;
}

/** Aborts `controller` when any of `signals` aborts; returns the unlink function. */
function linkAbort(controller: AbortController, signals: (AbortSignal | undefined)[]): () => void {
  const abort = () => controller.abort();
  const live = signals.filter((s): s is AbortSignal => s !== undefined);
  for (const signal of live) {
    if (signal.aborted) controller.abort();
    else signal.addEventListener('abort', abort, { once: true });
  }
  return () => live.forEach((signal) => signal.removeEventListener('abort', abort));
}

export class Engine {
  private readonly client: Dockerode;
  private readonly agent: HttpAgent;
  private readonly lifetime = new AbortController();

  /** Throws an EngineError when the endpoint's host cannot be parsed. */
  constructor(readonly endpoint: EngineEndpoint) {
    let transport: Transport;
    try {
      transport = parseHost(endpoint.host, endpoint.tls !== undefined);
    } catch (error) {
      throw unreachableError(endpoint.host, (error as Error).message.replace(/\.$/, ''));
    }
    ({ client: this.client, agent: this.agent } = createClient(transport, endpoint.tls));
  }

  get disposed(): boolean {
    return this.lifetime.signal.aborted;
  }

  /** Aborts every call and stream still open and closes idle connections. */
  dispose(): void {
    this.lifetime.abort();
    this.agent.destroy();
  }

  private async request<T>(timeoutMs: number, run: (signal: AbortSignal) => Promise<T>, outer?: AbortSignal): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const unlink = linkAbort(controller, [this.lifetime.signal, outer]);
    try {
      if (controller.signal.aborted) throw abortError();
      return await run(controller.signal);
    } catch (error) {
      if (timedOut) throw timeoutError(this.endpoint.host, timeoutMs);
      if (controller.signal.aborted) throw abortError();
      throw toEngineError(error, this.endpoint.host);
    } finally {
      clearTimeout(timer);
      unlink();
    }
  }

  /** Opens a long-lived stream: the timeout covers the answer's headers, `signal` ends the stream. */
  private async openStream(open: (signal: AbortSignal) => Promise<NodeJS.ReadableStream>, signal: AbortSignal): Promise<Readable> {
    const controller = new AbortController();
    const unlink = linkAbort(controller, [this.lifetime.signal, signal]);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, TIMEOUTS.streamOpen);
    try {
      if (controller.signal.aborted) throw abortError();
      const stream = (await open(controller.signal)) as Readable;
      stream.once('close', unlink);
      return stream;
    } catch (error) {
      unlink();
      if (timedOut) throw timeoutError(this.endpoint.host, TIMEOUTS.streamOpen);
      if (controller.signal.aborted) throw abortError();
      throw toEngineError(error, this.endpoint.host);
    } finally {
      clearTimeout(timer);
    }
  }

  ping(): Promise<void> {
    return this.request(TIMEOUTS.query, async (abortSignal) => {
      await abortable(this.client, 'ping')({ abortSignal });
    });
  }

  /** The engine's version report, with the OS and architecture it runs on (`Os`, `Arch`). */
  version(): Promise<Dockerode.DockerVersion> {
    return this.request(TIMEOUTS.query, (abortSignal) => abortable(this.client, 'version')({ abortSignal }) as Promise<Dockerode.DockerVersion>);
  }

  /** Every container, stopped ones too; with `label`, only those that carry each label (`key` or `key=value`). */
  listContainers(filters: { label?: string[] } = {}): Promise<Dockerode.ContainerInfo[]> {
    return this.request(TIMEOUTS.query, (abortSignal) => this.client.listContainers({ all: true, ...(filters.label ? { filters: { label: filters.label } } : {}), abortSignal }));
  }

  /** One container as `listContainers` shows it, or undefined once it is gone. */
  listContainer(id: string): Promise<Dockerode.ContainerInfo | undefined> {
    return this.request(TIMEOUTS.query, async (abortSignal) => {
      // The id filter matches prefixes; keep the exact one.
      const found = await this.client.listContainers({ all: true, filters: { id: [id] }, abortSignal });
      return found.find((c) => c.Id === id);
    });
  }

  listImages(): Promise<Dockerode.ImageInfo[]> {
    return this.request(TIMEOUTS.query, (abortSignal) => this.client.listImages({ abortSignal }));
  }

  listVolumes(): Promise<Dockerode.VolumeInspectInfo[]> {
    return this.request(TIMEOUTS.query, async (abortSignal) => (await this.client.listVolumes({ abortSignal })).Volumes ?? []);
  }

  listNetworks(): Promise<Dockerode.NetworkInspectInfo[]> {
    return this.request(TIMEOUTS.query, (abortSignal) => this.client.listNetworks({ abortSignal }));
  }

  private handle(kind: ObjectKind, id: string) {
    switch (kind) {
      case 'container': return this.client.getContainer(id);
      case 'image': return this.client.getImage(id);
      case 'volume': return this.client.getVolume(id);
      case 'network': return this.client.getNetwork(id);
    }
  }

  inspect(kind: ObjectKind, id: string): Promise<unknown> {
    return this.request(TIMEOUTS.query, (abortSignal) => abortable(this.handle(kind, id), 'inspect')({ abortSignal }));
  }

  containerAction(verb: ContainerVerb, id: string): Promise<void> {
    return this.request(TIMEOUTS.action, async (abortSignal) => {
      await abortable(this.client.getContainer(id), verb)({ abortSignal });
    });
  }

  /** Creates a container from the Engine API's create body (`name` becomes the query's name); resolves with its id. */
  createContainer(options: Dockerode.ContainerCreateOptions): Promise<string> {
    return this.request(TIMEOUTS.action, async (abortSignal) => {
      const created = await abortable(this.client, 'createContainer')({ ...options, abortSignal });
      return (created as Dockerode.Container).id;
    });
  }

  remove(kind: ObjectKind, id: string, options: { force?: boolean } = {}): Promise<void> {
    return this.request(TIMEOUTS.action, async (abortSignal) => {
      await this.handle(kind, id).remove({ ...(options.force ? { force: true } : {}), abortSignal });
    });
  }

  tagImage(id: string, repo: string, tag: string): Promise<void> {
    return this.request(TIMEOUTS.query, async (abortSignal) => {
      await this.client.getImage(id).tag({ repo, tag, abortSignal });
    });
  }

  /** Removes dangling images, unused volumes or unused networks, as the `docker … prune` commands do. */
  prune(kind: Exclude<ObjectKind, 'container'>): Promise<PruneResult> {
    return this.request(TIMEOUTS.prune, async (abortSignal) => {
      switch (kind) {
        case 'image': {
          const result = await this.client.pruneImages({ filters: { dangling: ['true'] }, abortSignal });
          return { removed: result.ImagesDeleted?.length ?? 0, spaceReclaimed: result.SpaceReclaimed ?? 0 };
        }
        case 'volume': {
          const result = await this.client.pruneVolumes({ abortSignal });
          return { removed: result.VolumesDeleted?.length ?? 0, spaceReclaimed: result.SpaceReclaimed ?? 0 };
        }
        case 'network': {
          const result = await this.client.pruneNetworks({ abortSignal });
          return { removed: result.NetworksDeleted?.length ?? 0, spaceReclaimed: 0 };
        }
      }
    });
  }

  /** The engine's event stream (JSON lines) until `signal` aborts or the engine goes away. */
  events(signal: AbortSignal): Promise<Readable> {
    return this.openStream((abortSignal) => this.client.getEvents({ abortSignal }), signal);
  }

  /** A running container's stats stream (one JSON line a second) until `signal` aborts. */
  stats(id: string, signal: AbortSignal): Promise<Readable> {
    return this.openStream((abortSignal) => abortable(this.client.getContainer(id), 'stats')({ stream: true, abortSignal }) as Promise<NodeJS.ReadableStream>, signal);
  }

  /**
   * A container's log as text: stdout and stderr interleaved, each line prefixed with its RFC 3339
   * timestamp, following new output while `follow` is set, until `signal` aborts.
   */
  async logs(id: string, options: { follow: boolean; tail?: number }, signal: AbortSignal): Promise<Readable> {
    const container = this.client.getContainer(id);
    const info = (await this.inspect('container', id)) as Dockerode.ContainerInspectInfo;
    const raw = await this.openStream(async (abortSignal) => {
      const answer: unknown = await abortable(container, 'logs')({ follow: options.follow, stdout: true, stderr: true, timestamps: true, tail: options.tail ?? 'all', abortSignal });
      // Without follow dockerode hands back the whole log as one Buffer.
      return Buffer.isBuffer(answer) ? Readable.from([answer]) : (answer as NodeJS.ReadableStream);
    }, signal);
    if (info.Config.Tty) return raw;
    // Without a TTY the engine multiplexes stdout and stderr in framed chunks.
    const text = new PassThrough();
    this.client.modem.demuxStream(raw, text, text);
    raw.once('end', () => text.end());
    raw.once('close', () => text.end());
    // The caller's own abort ends the text quietly; anything else is the engine's failure.
    raw.once('error', (error) => text.destroy(signal.aborted || this.disposed ? undefined : toEngineError(error, this.endpoint.host)));
    text.once('close', () => raw.destroy());
    return text;
  }
}

/** Connects lazily: nothing is dialled until the first call. Throws an EngineError for a bad host. */
export function connectEngine(endpoint: EngineEndpoint): Engine {
  return new Engine(endpoint);
}

export { EngineError };
