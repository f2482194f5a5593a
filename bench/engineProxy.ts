/**
 * A unix-socket proxy in front of a Docker engine that notes every HTTP request passing through,
 * so a benchmark can say what a client asked of the engine and which streams it keeps open. It
 * reads only request lines (the client's side); bodies and answers pass untouched.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface EngineRequest {
  time: number;
  method: string;
  /** The path without the API version: "/containers/json?all=1". */
  path: string;
}

/** What a request is for, ids left out: "GET /containers/{id}/stats", "GET /events". */
export function requestKind(request: EngineRequest): string {
  const path = request.path.split('?')[0].replace(/\/[0-9a-f]{64}(?=\/|$)/g, '/{id}');
  return `${request.method} ${path}`;
}

const REQUEST_LINE = /^(GET|HEAD|POST|PUT|DELETE) (\S+) HTTP\/1\.[01]$/;
/** Streams the engine keeps answering on: the event stream and stats streams. */
const STREAM_KINDS = new Set(['GET /events', 'GET /containers/{id}/stats']);

export class EngineProxy {
  readonly requests: EngineRequest[] = [];
  /** The last request of each open connection. */
  private readonly lastRequests = new Map<Socket, EngineRequest | undefined>();
  private readonly listeners = new Set<() => void>();

  private constructor(private readonly server: Server) {}

  /** Listens on `listenPath` and passes every connection on to the engine at `enginePath`. */
  static async start(listenPath: string, enginePath: string): Promise<EngineProxy> {
    const server = createServer();
    const proxy = new EngineProxy(server);
    server.on('connection', (client) => proxy.relay(client, enginePath));
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(listenPath, resolve));
    return proxy;
  }

  /** Open connections whose last request was a stream, by kind ("GET /events" → 1). */
  openStreams(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const request of this.lastRequests.values()) {
      const kind = request && requestKind(request);
      if (kind && STREAM_KINDS.has(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return counts;
  }

  /** Resolves once `done()` holds, checking now and after every request and closed connection. */
  until(done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!done()) return;
        this.listeners.delete(check);
        resolve();
      };
      this.listeners.add(check);
    });
  }

  close(): Promise<void> {
    for (const socket of this.lastRequests.keys()) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private relay(client: Socket, enginePath: string): void {
    const engine = createConnection(enginePath);
    this.lastRequests.set(client, undefined);
    let pending = '';
    client.on('data', (chunk: Buffer) => {
      // Request lines only; a body without line breaks is not kept past a few KB.
      const lines = (pending + chunk.toString('latin1')).split('\r\n');
      pending = (lines.pop() ?? '').slice(-4096);
      for (const line of lines) {
        const match = REQUEST_LINE.exec(line);
        if (!match) continue;
        const request = { time: Date.now(), method: match[1], path: match[2].replace(/^\/v\d+\.\d+/, '') };
        this.requests.push(request);
        this.lastRequests.set(client, request);
        this.changed();
      }
    });
    client.pipe(engine).pipe(client);
    const close = () => {
      client.destroy();
      engine.destroy();
      if (this.lastRequests.delete(client)) this.changed();
    };
    for (const socket of [client, engine]) {
      socket.on('error', close);
      socket.on('close', close);
    }
  }
}
