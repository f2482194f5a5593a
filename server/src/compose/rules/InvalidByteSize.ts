import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { formatFindings } from '../validate';
import { byteSizeProblem } from '../valueFormats';

export const rule: ComposeRule = {
  id: 'InvalidByteSize',
  source: 'berth',
  severity: 'error',
  summary: 'A memory or disk size Compose cannot read, such as `512 megabytes`',
  url: berthUrl('InvalidByteSize'),
  docs: {
    why: 'Memory limits, `shm_size` and tmpfs sizes are a number of bytes, optionally with a unit letter: `b`, `k`, `m`, `g`, `t` or `p`, in either case and optionally followed by `b` or `ib` (`512m`, `1.5GB`, `64MiB`). Compose refuses other spellings.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    mem_limit: 512 megabytes\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    mem_limit: 512m\n',
  },
  check(file) {
    return formatFindings(file, (value) => (value.format === 'byteSize' ? byteSizeProblem(value.value) : undefined));
  },
};
