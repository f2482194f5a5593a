import { berthUrl } from '../../lint/rule';
import { pathFindings, pathKind } from '../paths';
import type { ComposeRule } from '../rule';

export const rule: ComposeRule = {
  id: 'MissingEnvFile',
  source: 'berth',
  severity: 'error',
  summary: 'An `env_file` that does not exist and is not marked `required: false`',
  url: berthUrl('MissingEnvFile'),
  docs: {
    why: 'Compose reads each `env_file` (relative to the Compose file) when it creates the service, and stops when one is missing, which often happens on a fresh checkout where the file is not committed. Mark a file that may be absent with the long syntax and `required: false`.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    env_file: .env.local\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    env_file:\n      - path: .env.local\n        required: false\n',
  },
  check(file) {
    return pathFindings(file, (reference) =>
      reference.role === 'envFile' && reference.required && pathKind(file, reference) === 'missing' ? `env_file \`${reference.value}\` does not exist` : undefined,
    );
  },
};
