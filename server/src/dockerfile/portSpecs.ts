import type { Argument } from 'dockerfile-ast';
import type { DockerfileContext } from './context';

/**
 * An EXPOSE word split the way BuildKit splits it: `[ip:][hostPort:]containerPort[/protocol]`.
 * The IP may itself hold colons (`[::1]:80:80`), so the last two colon-separated parts are the ports.
 */
export interface PortSpec {
  hostIp: string;
  hostPort: string;
  containerPort: string;
  /** The protocol as written, empty when none is given. */
  protocol: string;
  /** Where the protocol starts in the word. */
  protocolOffset: number;
}

/** The protocols EXPOSE accepts, in any case; anything else fails the build before any check runs. */
export const EXPOSE_PROTOCOLS = ['tcp', 'udp', 'sctp'];

export function readPortSpec(word: string): PortSpec {
  const parts = word.split(':');
  const container = parts[parts.length - 1];
  const slash = container.indexOf('/');
  const containerStart = word.length - container.length;
  return {
    hostIp: parts.length > 2 ? parts.slice(0, -2).join(':') : '',
    hostPort: parts.length > 1 ? parts[parts.length - 2] : '',
    containerPort: slash < 0 ? container : container.slice(0, slash),
    protocol: slash < 0 ? '' : container.slice(slash + 1),
    protocolOffset: slash < 0 ? word.length : containerStart + slash + 1,
  };
}

/** True when the protocol is one EXPOSE accepts (or absent, meaning tcp). */
export function hasKnownProtocol(spec: PortSpec): boolean {
  return spec.protocol === '' || EXPOSE_PROTOCOLS.includes(spec.protocol.toLowerCase());
}

export interface ExposedPort {
  argument: Argument;
  word: string;
  spec: PortSpec;
}

/**
 * Every word of every EXPOSE whose protocol the builder accepts; with any other protocol the
 * build stops before BuildKit's EXPOSE checks run.
 */
export function exposedPorts(file: DockerfileContext): ExposedPort[] {
  return file.instructions
    .filter((instruction) => instruction.getKeyword() === 'EXPOSE')
    .flatMap((instruction) => instruction.getArguments())
    .map((argument) => ({ argument, word: argument.getValue(), spec: readPortSpec(argument.getValue()) }))
    .filter(({ spec }) => hasKnownProtocol(spec));
}
