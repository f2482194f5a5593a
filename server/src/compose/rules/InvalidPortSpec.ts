import { berthUrl, type RuleFinding } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { exposedPortProblem, parsePortMapping } from '../valueFormats';

export const rule: ComposeRule = {
  id: 'InvalidPortSpec',
  source: 'berth',
  severity: 'error',
  summary: 'A port mapping Docker cannot read: a bad number, range, protocol or host address',
  url: berthUrl('InvalidPortSpec'),
  docs: {
    why: 'A short-syntax port is `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, with ports from 1 to 65535, ranges written `START-END` of the same size on both sides, and tcp, udp or sctp as the protocol. Docker refuses anything else when the service is created. `expose` and a long-syntax `published` take a port or range alone.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80/http"\n      - "localhost:8443:443"\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80/tcp"\n      - "127.0.0.1:8443:443"\n',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const value of file.shapes.formatted) {
      let problem: string | undefined;
      if (value.format === 'port') {
        const mapping = parsePortMapping(value.value);
        problem = typeof mapping === 'string' ? mapping : undefined;
      } else if (value.format === 'exposedPort') problem = exposedPortProblem(value.value);
      else if (value.format === 'publishedPort') problem = exposedPortProblem(value.value, 0);
      if (problem) findings.push({ range: file.range(value.start, value.end), message: `Port \`${value.value}\` in \`${value.path}\` is invalid: ${problem}` });
    }
    return findings;
  },
};
