import { goDurationNs } from '../dockerfile/builder/valueFormats';

/**
 * The grammars Compose parses further inside some string values: published ports, exposed ports,
 * durations and byte sizes. Each check says what is wrong in a few words, or undefined when Compose
 * accepts the value.
 */

/** A port mapping in short syntax: `[[HOST_IP:][HOST_PORT[-END]]:]CONTAINER_PORT[-END][/PROTOCOL]`. */
export interface PortMapping {
  hostIp: string;
  /** The published range; undefined when the engine picks a free port. */
  host?: [number, number];
  container: [number, number];
  protocol: string;
}

const PROTOCOLS = ['tcp', 'udp', 'sctp'];

/** Reads a short-syntax port as Docker does; a string saying what is wrong when it cannot. */
export function parsePortMapping(text: string): PortMapping | string {
  const slash = text.lastIndexOf('/');
  const protocol = slash < 0 ? 'tcp' : text.slice(slash + 1);
  if (!PROTOCOLS.includes(protocol.toLowerCase())) return `the protocol \`${protocol}\` is not tcp, udp or sctp`;
  const spec = slash < 0 ? text : text.slice(0, slash);
  const parts = spec.split(':');
  // An IPv6 address may be written without brackets: everything before the last two parts is the address.
  const containerText = parts[parts.length - 1];
  const hostText = parts.length > 1 ? parts[parts.length - 2] : '';
  const hostIp = parts.length > 2 ? parts.slice(0, -2).join(':') : '';
  const container = portRange(containerText, 1);
  if (typeof container === 'string') return `container port: ${container}`;
  const mapping: PortMapping = { hostIp: hostIp.replace(/^\[(.*)\]$/, '$1'), container, protocol: protocol.toLowerCase() };
  if (mapping.hostIp !== '' && !isIpAddress(mapping.hostIp)) return `host address: \`${hostIp}\` is not an IP address`;
  if (hostText !== '') {
    const host = portRange(hostText, 0);
    if (typeof host === 'string') return `host port: ${host}`;
    const width = (r: [number, number]) => r[1] - r[0];
    // A host range for one container port lets the engine pick; two ranges must be the same size.
    if (width(container) > 0 && width(host) !== width(container)) return 'the host and container port ranges differ in size';
    mapping.host = host;
  } else if (parts.length === 2) return 'host port: nothing before `:`';
  return mapping;
}

/** `PORT` or `START-END`; a string saying what is wrong otherwise. */
function portRange(text: string, lowest: number): [number, number] | string {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!match) return text === '' ? 'nothing is written' : `\`${text}\` is not a port number`;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  for (const port of [start, end]) if (port < lowest || port > 65535) return `${port} is outside ${lowest} to 65535`;
  if (end < start) return `the range \`${text}\` ends before it starts`;
  return [start, end];
}

function isIpAddress(text: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) return v4.slice(1).every((octet) => Number(octet) <= 255);
  return text.includes(':') && /^[0-9a-fA-F:.]+(?:%[\w.]+)?$/.test(text) && (text.match(/::/g)?.length ?? 0) <= 1;
}

/** An exposed port or a long-syntax `published`: `PORT[-END][/PROTOCOL]`. */
export function exposedPortProblem(text: string, lowest = 1): string | undefined {
  const slash = text.lastIndexOf('/');
  if (slash >= 0 && !PROTOCOLS.includes(text.slice(slash + 1).toLowerCase())) return `the protocol \`${text.slice(slash + 1)}\` is not tcp, udp or sctp`;
  const range = portRange(slash < 0 ? text : text.slice(0, slash), lowest);
  return typeof range === 'string' ? range : undefined;
}

/** A Go duration as Compose reads it: `30s`, `1m30s`, `500ms`, `2h`. */
export function durationProblem(text: string): string | undefined {
  const ns = goDurationNs(text);
  if (ns === undefined) return 'a duration is a number with a unit, such as `30s`, `1m30s` or `500ms`';
  return ns < 0 ? 'a duration cannot be negative' : undefined;
}

/** A size as the Docker CLI reads one: `512m`, `1.5GB`, `64 MiB`, or a plain number of bytes. */
export function byteSizeProblem(text: string): string | undefined {
  // `-1` means unlimited where a limit is asked for (memswap_limit).
  if (text === '-1' || /^\d+(?:\.\d+)? ?[kKmMgGtTpP]?[iI]?[bB]?$/.test(text)) return undefined;
  return 'a size is a number with an optional unit, such as `512m`, `2g` or `1.5GB`';
}
