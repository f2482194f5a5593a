import { buildkitUrl, type Rule } from '../../lint/rule';
import { exposedPorts } from '../portSpecs';

export const rule: Rule = {
  id: 'ExposeInvalidFormat',
  source: 'buildkit',
  severity: 'warning',
  summary: 'EXPOSE gives a host IP or host port, which only `docker run -p` can set',
  url: buildkitUrl('ExposeInvalidFormat'),
  docs: {
    why: 'EXPOSE documents which container ports the image listens on. Which host address and port they are published to is decided when the container runs (`docker run -p 8080:80`), so `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80` does not do what it suggests. Docker has announced this form will become an error. Keep only the container port and protocol.',
    bad: 'FROM nginx:1.27\nEXPOSE 127.0.0.1:8080:80',
    good: 'FROM nginx:1.27\nEXPOSE 80',
  },
  check(file) {
    return exposedPorts(file)
      .filter(({ spec }) => spec.hostIp !== '' || spec.hostPort !== '')
      .map(({ argument, word }) => ({ range: argument.getRange(), message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${word}'` }));
  },
};
