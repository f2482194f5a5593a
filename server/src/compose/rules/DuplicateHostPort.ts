import { isScalar, type Node } from 'yaml';
import { berthUrl, type RuleFinding } from '../../lint/rule';
import { located, sequenceItems } from '../model';
import type { ComposeContext } from '../context';
import type { ComposeRule } from '../rule';
import { parsePortMapping } from '../valueFormats';

interface Published {
  service: string;
  hostIp: string;
  port: number;
  protocol: string;
  start: number;
  end: number;
}

/** Addresses that mean "every address": they clash with any address of the same family. */
const ANY_ADDRESS = new Set(['', '0.0.0.0', '::']);

export const rule: ComposeRule = {
  id: 'DuplicateHostPort',
  source: 'berth',
  severity: 'warning',
  summary: 'The same host port published twice, so the second container cannot start',
  url: berthUrl('DuplicateHostPort'),
  docs: {
    why: 'A host port can be bound once. When two services (or two mappings of one service) publish the same host port and protocol on the same address, the engine starts the first and fails the second with "port is already allocated". Services that never run together (different profiles) are the exception, hence a warning.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  admin:\n    image: example/admin:1\n    ports: ["8080:3000"]\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  admin:\n    image: example/admin:1\n    ports: ["8081:3000"]\n',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    const seen: Published[] = [];
    for (const service of file.model.services.values()) {
      for (const port of publishedPorts(file, service.name, service.entries.get('ports')?.value)) {
        const earlier = seen.find((p) => p.port === port.port && p.protocol === port.protocol && sameAddress(p.hostIp, port.hostIp));
        if (earlier) {
          const by = earlier.service === port.service ? 'this service' : `service \`${earlier.service}\``;
          findings.push({ range: file.range(port.start, port.end), message: `Host port ${port.port}/${port.protocol} is already published by ${by} (line ${file.positionAt(earlier.start).line + 1})` });
        } else seen.push(port);
      }
    }
    return findings;
  },
};

/** Host ports a service fixes: one per port of a range mapped to a range; a range for one container port lets the engine pick. */
function publishedPorts(file: ComposeContext, service: string, ports: Node | null | undefined): Published[] {
  const found: Published[] = [];
  for (const item of sequenceItems(file, ports)) {
    const written = isScalar(item) ? located(file, item) : located(file, file.entry(file.mapping(item), 'published')?.value);
    if (!written || written.value.includes('$')) continue;
    let hostIp = '';
    let protocol = 'tcp';
    let host: [number, number] | undefined;
    let containerWidth = 0;
    if (isScalar(item)) {
      const mapping = parsePortMapping(written.value);
      if (typeof mapping === 'string' || !mapping.host) continue;
      ({ hostIp, protocol, host } = mapping);
      containerWidth = mapping.container[1] - mapping.container[0];
    } else {
      const long = file.mapping(item);
      const match = /^(\d+)(?:-(\d+))?$/.exec(written.value);
      if (!match) continue;
      host = [Number(match[1]), Number(match[2] ?? match[1])];
      containerWidth = host[1] - host[0];
      hostIp = located(file, file.entry(long, 'host_ip')?.value)?.value ?? '';
      protocol = (located(file, file.entry(long, 'protocol')?.value)?.value ?? 'tcp').toLowerCase();
    }
    if (!host || host[1] - host[0] !== containerWidth) continue;
    for (let port = host[0]; port <= host[1] && port - host[0] < 1000; port++) found.push({ service, hostIp, port, protocol, start: written.start, end: written.end });
  }
  return found;
}

function sameAddress(a: string, b: string): boolean {
  if (a === b) return true;
  const v6 = (ip: string) => ip.includes(':');
  return (ANY_ADDRESS.has(a) || ANY_ADDRESS.has(b)) && (a === '' || b === '' || v6(a) === v6(b));
}
