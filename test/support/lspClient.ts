/**
 * A real LSP client for tests and benchmarks: starts the bundled server (dist/server.js) over stdio
 * and speaks JSON-RPC to it, as any editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER_MODULE = resolve(__dirname, '../../dist/server.js');

export interface ServerSession {
  connection: MessageConnection;
  process: ChildProcess;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  nextDiagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  /** Opens a document and resolves with its first diagnostics: the server has the file by then. */
  openLinted(uri: string, text: string, languageId?: string, timeoutMs?: number): Promise<Diagnostic[]>;
  change(uri: string, version: number, text: string): void;
  close(uri: string): void;
  /** Answers workspace/configuration requests for the `berth.lint` section. */
  lintSettings: Record<string, unknown> | null;
  stop(): Promise<void>;
}

/** `env`: the server's environment (this process's when absent). */
export async function startServer(options: { configuration?: boolean; execArgv?: string[]; initializationOptions?: object; env?: NodeJS.ProcessEnv } = {}): Promise<ServerSession> {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER_MODULE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  const session: ServerSession = {
    connection,
    process: child,
    lintSettings: null,
    nextDiagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (d) => (clearTimeout(timer), resolvePromise(d)) });
      });
    },
    open(uri, text, languageId = 'dockerfile', version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    openLinted(uri, text, languageId, timeoutMs) {
      const published = session.nextDiagnostics(uri, undefined, timeoutMs);
      session.open(uri, text, languageId);
      return published;
    },
    change(uri, version, text) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close(uri) {
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        void connection.sendNotification('exit');
      } finally {
        const exited = new Promise((r) => child.once('exit', r));
        const timer = setTimeout(() => child.kill(), 2000);
        await exited;
        clearTimeout(timer);
        connection.dispose();
      }
    },
  };
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'berth.lint' ? session.lintSettings : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onNotification('window/showMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    initializationOptions: options.initializationOptions,
    capabilities: { workspace: { configuration: options.configuration ?? true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  void connection.sendNotification('initialized', {});
  return session;
}
