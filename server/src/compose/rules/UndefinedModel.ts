import { berthUrl } from '../../lint/rule';
import type { ComposeRule } from '../rule';
import { undefinedReferenceFindings } from '../undefinedReferences';

export const rule: ComposeRule = {
  id: 'UndefinedModel',
  source: 'berth',
  severity: 'error',
  summary: 'An AI model a service uses that the top-level `models` does not declare',
  url: berthUrl('UndefinedModel'),
  docs: {
    why: 'A service uses a model by the name it has under the top-level `models`, which says which model to run. Compose refuses a name that is not declared there. In a fragment other files extend (`extends: { file, service }`), a model every extending file declares is fine: Compose resolves the name there.',
    bad: 'services:\n  chat:\n    image: example/chat:1\n    models:\n      - llm\n',
    good: 'services:\n  chat:\n    image: example/chat:1\n    models:\n      - llm\nmodels:\n  llm:\n    model: ai/smollm2\n',
  },
  check: (file) => undefinedReferenceFindings(file, 'models'),
};
