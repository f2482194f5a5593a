/**
 * Engine failures in plain words. Every error that leaves client/src/engine/ is an EngineError:
 * "unreachable" (nothing answered: no socket, refused, TLS or ssh failed), "timeout" (no answer in
 * time) or "engine" (the engine answered with an error, e.g. "No such container").
 */
export type EngineErrorKind = 'unreachable' | 'timeout' | 'engine';

export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    /** The endpoint tried, as the user writes it. */
    readonly host: string,
    /** The cause alone, without the endpoint or advice: "no such socket", "No such container: web". */
    readonly reason: string,
    readonly statusCode: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** Said after every connection failure: the three ways out. */
export const WHAT_TO_DO = 'Start Docker, pick a context, or set berth.docker.host.';

export function unreachableError(host: string, reason: string): EngineError {
  return new EngineError('unreachable', host, reason, undefined, `Cannot reach the Docker engine at ${host}: ${reason}. ${WHAT_TO_DO}`);
}

export function timeoutError(host: string, timeoutMs: number): EngineError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  const reason = `no answer within ${seconds} s`;
  return new EngineError('timeout', host, reason, undefined, `The Docker engine at ${host} gave ${reason}. ${WHAT_TO_DO}`);
}

/** An ssh transport failure: the message is ssh's own words (its stderr). */
export class SshTransportError extends Error {}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_(VERIFY|GET)_)/;

function connectionReason(error: NodeJS.ErrnoException): string | undefined {
  if (error instanceof SshTransportError) return `ssh failed: ${error.message}`;
  const code = error.code ?? '';
  switch (code) {
    case 'ENOENT': return error.syscall === 'spawn ssh' ? 'the ssh command is not installed' : 'no such socket';
    case 'ECONNREFUSED': return 'connection refused';
    case 'EACCES':
    case 'EPERM': return 'permission denied (is your user in the docker group?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN': return `unknown host ${(error as { hostname?: string }).hostname ?? ''}`.trim();
    case 'ETIMEDOUT': return 'the connection timed out';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH': return 'the host is unreachable';
    case 'ECONNRESET':
    case 'EPIPE': return 'the connection was closed';
    case 'ENOTSOCK': return 'the path is not a socket';
  }
  if (TLS_CODE.test(code)) return `TLS failed (${error.message}); check DOCKER_CERT_PATH and DOCKER_TLS_VERIFY`;
  if (/socket hang up/i.test(error.message)) return 'the connection was closed';
  return undefined;
}

interface DockerodeHttpError {
  statusCode?: number;
  json?: { message?: unknown } | null;
  reason?: string;
}

function engineReason(error: DockerodeHttpError & Error): string {
  const fromJson = error.json && typeof error.json.message === 'string' ? error.json.message : undefined;
  const text = fromJson ?? error.reason ?? error.message;
  return text.trim().replace(/\.$/, '');
}

/** Turns anything dockerode or a socket throws into an EngineError naming the endpoint. */
export function toEngineError(error: unknown, host: string): EngineError {
  if (error instanceof EngineError) return error;
  const err = error instanceof Error ? (error as NodeJS.ErrnoException & DockerodeHttpError) : new Error(String(error));
  if (typeof (err as DockerodeHttpError).statusCode === 'number') {
    const statusCode = (err as DockerodeHttpError).statusCode;
    const reason = engineReason(err);
    // A TLS port answers plain HTTP with 400 and this sentence: say what the user must set.
    if (statusCode === 400 && /HTTP request to an HTTPS server/i.test(reason)) {
      return unreachableError(host, 'the engine requires TLS (set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or use a context with TLS)');
    }
    return new EngineError('engine', host, reason, statusCode, reason);
  }
  return unreachableError(host, connectionReason(err) ?? err.message);
}

/** True when the engine could not be reached at all (as opposed to refusing one request). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof EngineError && error.kind !== 'engine';
}

/**
 * One message for a failed action, naming the object and the reason:
 * "Could not stop container web-1: No such container: web-1". Connection failures keep their advice.
 */
export function actionFailedMessage(action: string, object: string, error: unknown): string {
  const engineError = error instanceof EngineError ? error : undefined;
  if (engineError && engineError.kind !== 'engine') return `Could not ${action} ${object}. ${engineError.message}`;
  const reason = engineError?.reason ?? (error instanceof Error ? error.message : String(error));
  return `Could not ${action} ${object}: ${reason}.`;
}
