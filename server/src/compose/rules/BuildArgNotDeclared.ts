import { closestWord } from '../../dockerfile/builder/suggest';
import { PLATFORM_ARGS, PROXY_ARGS } from '../../dockerfile/variables';
import { declaredArgs } from '../dockerfileFacts';
import { berthUrl, type RuleFinding } from '../../lint/rule';
import { dockerfileOf } from '../paths';
import { changeTo, type ComposeRule } from '../rule';

/** Build arguments the builder reads without an ARG instruction. */
function predefined(name: string): boolean {
  return PROXY_ARGS.includes(name) || name in PLATFORM_ARGS || name.startsWith('BUILDKIT_') || name === 'SOURCE_DATE_EPOCH';
}

export const rule: ComposeRule = {
  id: 'BuildArgNotDeclared',
  source: 'berth',
  severity: 'warning',
  summary: 'A `build.args` entry that no ARG in the Dockerfile declares, so the build ignores it',
  url: berthUrl('BuildArgNotDeclared'),
  docs: {
    why: 'A build argument only reaches the build when the Dockerfile declares it with `ARG NAME`, before the first FROM or in the stage that uses it. An argument nothing declares is silently unused, which hides a misspelt name or an ARG that was removed. The proxy variables and BuildKit\u2019s own arguments need no ARG. The quick fix renames an argument one or two letters away from a declared one.',
    bad: 'services:\n  web:\n    build:\n      context: .\n      args:\n        NODE_VERSON: "22"\n',
    good: 'services:\n  web:\n    build:\n      context: .\n      args:\n        NODE_VERSION: "22"\n',
    files: { Dockerfile: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\n' },
  },
  check(file) {
    const findings: RuleFinding[] = [];
    for (const service of file.model.services.values()) {
      const args = service.build?.args ?? [];
      if (args.length === 0) continue;
      const dockerfile = dockerfileOf(file, service.name);
      if (!dockerfile) continue;
      const declared = new Set(declaredArgs(dockerfile).keys());
      for (const arg of args) {
        if (arg.value === '' || arg.value.includes('$') || declared.has(arg.value) || predefined(arg.value)) continue;
        const range = file.range(arg.start, arg.end);
        const suggestion = closestWord(arg.value, declared);
        findings.push({
          range,
          message: `Build argument \`${arg.value}\` is not declared by an ARG in the Dockerfile of service \`${service.name}\`, so the build ignores it${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
          fix: changeTo(range, suggestion),
        });
      }
    }
    return findings;
  },
};
