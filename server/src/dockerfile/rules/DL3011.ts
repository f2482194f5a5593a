import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { hasVariable } from '../stages';

const HIGHEST_PORT = 65535;

/** The port numbers in one EXPOSE word: `80`, `80/tcp`, `8000-8100/udp`. */
function portNumbers(word: string): number[] {
  const ports = word.split('/')[0];
  return /^\d+(-\d+)?$/.test(ports) ? ports.split('-').map(Number) : [];
}

export const rule: Rule = {
  id: 'DL3011',
  source: 'hadolint',
  severity: 'error',
  summary: 'EXPOSE names a port outside 0–65535, which no UNIX system has',
  url: hadolintUrl('DL3011'),
  docs: {
    why: 'TCP and UDP ports are 16-bit numbers, so nothing can listen above 65535. An EXPOSE beyond that is a typo, usually a digit too many, and the build or `docker run -P` fails on it later.',
    bad: 'FROM nginx:1.27\nEXPOSE 80800',
    good: 'FROM nginx:1.27\nEXPOSE 8080',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const instruction of file.instructions) {
      if (instruction.getKeyword() !== 'EXPOSE') continue;
      for (const word of instruction.getArguments()) {
        const value = word.getValue();
        if (hasVariable(value) || !portNumbers(value).some((port) => port > HIGHEST_PORT)) continue;
        findings.push({ range: word.getRange(), message: `\`${value}\` is not a valid port; ports range from 0 to ${HIGHEST_PORT}` });
      }
    }
    return findings;
  },
};
