import { Arg, type Instruction } from 'dockerfile-ast';
import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { declarations, expansionSites } from '../instructionParts';
import { closestName, declaredNames, expandSite, forEachInstructionScope, renameFix } from '../variables';

/** True when an ARG declares `name` before `offset`: each name of one ARG is defined for the defaults after it. */
function declaredEarlierInArg(file: DockerfileContext, instruction: Instruction, name: string, offset: number): boolean {
  return instruction instanceof Arg && declarations(file, instruction).some((d) => d.name === name && file.document.offsetAt(d.range.end) <= offset);
}

export const rule: Rule = {
  id: 'UndefinedVar',
  source: 'buildkit',
  severity: 'warning',
  summary: 'An instruction uses a variable that is not defined at that point of its stage',
  url: buildkitUrl('UndefinedVar'),
  docs: {
    why: 'The builder expands `$NAME` in COPY, ADD, ENV, LABEL, WORKDIR, USER, VOLUME, STOPSIGNAL and ARG defaults with the ARGs and ENVs defined so far in the stage; an undefined name becomes an empty string without complaint. Common causes: a global ARG not redeclared inside the stage (`ARG VERSION` after FROM), a platform ARG such as `TARGETARCH` used without `ARG TARGETARCH`, a variable used above the line that defines it, or a typo, for which a close name is suggested (the quick fix uses it). RUN is not checked: its variables belong to the shell. A stage built FROM an image may get variables from that image, which Berth cannot see, so there a name is reported only when the file declares it elsewhere or it looks like a typo of a visible one.',
    bad: 'ARG VERSION=1.4.2\nFROM alpine:3.20\nCOPY dist/app-${VERSION}.tar.gz /opt/',
    good: 'ARG VERSION=1.4.2\nFROM alpine:3.20\nARG VERSION\nCOPY dist/app-${VERSION}.tar.gz /opt/',
  },
  check(file) {
    const findings: RuleFinding[] = [];
    let fileNames: Set<string> | undefined;
    forEachInstructionScope(file, (instruction, scope) => {
      for (const site of expansionSites(file, instruction)) {
        for (const reference of expandSite(file, site, scope).references) {
          if (scope.get(reference.name) || declaredEarlierInArg(file, instruction, reference.name, site.start)) continue;
          const visible = scope.variables().map((v) => v.definition.name);
          const suggestion = closestName(reference.name, visible);
          // The base image may define the name; report it only when the file itself gives a reason to.
          fileNames ??= declaredNames(file);
          if (scope.imageEnvironmentUnknown && !suggestion && !fileNames.has(reference.name)) continue;
          const hint = suggestion ? ` (did you mean $${suggestion}?)` : '';
          findings.push({ range: reference.range, message: `Usage of undefined variable '$${reference.name}'${hint}`, fix: renameFix(reference, suggestion) });
        }
      }
    });
    return findings;
  },
};
