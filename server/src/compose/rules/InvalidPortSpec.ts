import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { formatFindings } from '../validate';
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
    return formatFindings(
      file,
      (value) => {
        if (value.format === 'port') {
          const mapping = parsePortMapping(value.value);
          return typeof mapping === 'string' ? mapping : undefined;
        }
        if (value.format === 'exposedPort') return exposedPortProblem(value.value);
        if (value.format === 'publishedPort') return exposedPortProblem(value.value, 0);
        return undefined;
      },
      (value, problem) => `Port \`${value.value}\` in \`${value.path}\` is invalid: ${problem}`,
    );
  },
};
