import { Copy, Workdir } from 'dockerfile-ast';
import { hadolintUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { copyArguments, unwrapOnbuild, walkStages } from '../runCommands';

export const rule: Rule = {
  id: 'DL3045',
  source: 'hadolint',
  severity: 'warning',
  summary: 'COPY to a relative destination before any WORKDIR lands wherever the base image left the working directory',
  url: hadolintUrl('DL3045'),
  docs: {
    why: 'A relative COPY destination is resolved against the working directory. Until the stage (or the stage it is built FROM) sets WORKDIR, that directory comes from the base image, which can change between tags. Set WORKDIR first, or copy to an absolute path.',
    bad: 'FROM node:22\nCOPY package.json .',
    good: 'FROM node:22\nWORKDIR /app\nCOPY package.json .',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    walkStages(file, false, (workdirSet, written) => {
      const instruction = unwrapOnbuild(written);
      if (instruction instanceof Workdir) return true;
      if (instruction instanceof Copy && !workdirSet) {
        const { destination } = copyArguments(file, instruction);
        if (destination && !isAbsoluteOrUnknown(destination.value)) findings.push({ range: destination.range });
      }
      return workdirSet;
    });
    return findings;
  },
};

/** `/path`, a Windows drive path (`c:\`, `c:/`), or a variable whose value is not known here. */
function isAbsoluteOrUnknown(destination: string): boolean {
  return destination.startsWith('/') || /^[A-Za-z]:[\\/]/.test(destination) || destination.startsWith('$');
}
