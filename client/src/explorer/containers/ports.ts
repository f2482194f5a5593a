/** Published ports: read from the engine's container listing, written for people, opened as URLs. */
import type { ContainerInfo } from '../../engine/connect';
import { parseHost, type EngineEndpoint } from '../../engine/endpoint';

export interface PublishedPort {
  hostIp: string;
  hostPort: number;
  containerPort: number;
  protocol: string;
}

/** Ports published on the host, once each (the engine lists 0.0.0.0 and :: separately). */
export function publishedPorts(info: ContainerInfo): PublishedPort[] {
  const seen = new Set<string>();
  const ports: PublishedPort[] = [];
  for (const port of info.Ports ?? []) {
    if (!port.PublicPort) continue;
    const anyAddress = !port.IP || port.IP === '0.0.0.0' || port.IP === '::';
    const hostIp = anyAddress ? '' : port.IP;
    const key = `${hostIp}:${port.PublicPort}:${port.PrivatePort}/${port.Type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ports.push({ hostIp, hostPort: port.PublicPort, containerPort: port.PrivatePort, protocol: port.Type });
  }
  return ports.sort((a, b) => a.hostPort - b.hostPort || a.containerPort - b.containerPort);
}

/** "8080→80/tcp", "127.0.0.1:5432→5432/tcp". */
export function formatPort(port: PublishedPort): string {
  return `${port.hostIp ? `${port.hostIp.includes(':') ? `[${port.hostIp}]` : port.hostIp}:` : ''}${port.hostPort}→${port.containerPort}/${port.protocol}`;
}

/** The engine's host name for tcp:// and ssh:// engines; undefined for local sockets. */
function remoteHostname(endpoint: EngineEndpoint): string | undefined {
  try {
    const transport = parseHost(endpoint.host, endpoint.tls !== undefined);
    return transport.kind === 'socket' ? undefined : transport.hostname;
  } catch {
    return undefined; // a host Berth cannot parse never connected, so no container came from it
  }
}

/** The address a published port answers on: its host IP, else the engine's host (localhost for local engines). */
export function portUrl(port: PublishedPort, endpoint: EngineEndpoint): string {
  const host = port.hostIp || remoteHostname(endpoint) || 'localhost';
  const scheme = port.containerPort === 443 || port.containerPort === 8443 ? 'https' : 'http';
  return `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port.hostPort}`;
}
