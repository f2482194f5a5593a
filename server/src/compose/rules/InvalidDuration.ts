import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { formatFindings } from '../validate';
import { durationProblem } from '../valueFormats';

export const rule: ComposeRule = {
  id: 'InvalidDuration',
  source: 'berth',
  severity: 'error',
  summary: 'A duration Compose cannot read, such as `30` without a unit',
  url: berthUrl('InvalidDuration'),
  docs: {
    why: 'Health check intervals, `stop_grace_period` and the delays of `deploy` are durations: a number followed by a unit (`ns`, `us`, `ms`, `s`, `m`, `h`), which may be combined as in `1m30s`. A number without a unit is refused, as are spaces and unknown units.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: "30"\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 30s\n',
  },
  check(file) {
    return formatFindings(file, (value) => (value.format === 'duration' ? durationProblem(value.value) : undefined));
  },
};
