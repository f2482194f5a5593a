import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './InvalidJSONArgs';

test('InvalidJSONArgs flags arrays with non-strings and SHELL in any other form', () => {
  const text = 'FROM alpine\nCMD ["sleep", 5]\nSHELL /bin/bash -c\nSHELL [\'/bin/bash\', \'-c\']\nCOPY [1, "/x"]\nHEALTHCHECK CMD ["curl", null]';
  const findings = assertFlags(rule, text, [2, 3, 4, 5, 6]);
  assert.equal(rangeText(text, findings[0]), '["sleep", 5]');
  assert.equal(rangeText(text, findings[1]), '/bin/bash -c');
});

test('InvalidJSONArgs is silent on string arrays, shell form and text that is not JSON', () => {
  assertClean(rule, 'FROM alpine\nSHELL ["/bin/bash", \\\n  "-c"]\nCMD ["sleep", "5"]\nRUN echo [1, 2]\nENTRYPOINT [\'a\']\nEXPOSE 80\nCMD []');
});
