import { hadolintUrl, type Rule } from '../../lint/rule';
import type { Stage } from '../context';
import { parentStage } from '../stages';

export const rule: Rule = {
  id: 'DL3057',
  source: 'hadolint',
  // hadolint ships this rule at `ignore`: many images (build stages, CLIs, jobs) have nothing to probe.
  severity: 'info',
  offByDefault: true,
  summary: 'A stage has no HEALTHCHECK, so Docker cannot tell when its container stops working',
  url: hadolintUrl('DL3057'),
  docs: {
    why: 'Without a HEALTHCHECK, Docker only knows whether the main process is running, not whether it still answers. A health check lets `docker ps`, Compose `depends_on: condition: service_healthy` and Swarm notice a hung service and act on it. `HEALTHCHECK NONE` records that a stage deliberately has none.',
    bad: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html',
    good: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\nHEALTHCHECK CMD curl -fsS http://localhost/ || exit 1',
  },
  check(file) {
    // hadolint's reading: a stage is covered when it has a HEALTHCHECK (NONE counts), when the stage it
    // builds on was covered at that point, or when a later stage built on it has one.
    const covered = new Set<Stage>();
    for (const stage of file.stages) {
      const parent = parentStage(file, stage);
      if (parent && covered.has(parent)) covered.add(stage);
      if (!stage.instructions.some((i) => i.getKeyword() === 'HEALTHCHECK')) continue;
      // A covered stage's ancestors are covered already, so the walk up stops at the first one.
      for (let s: Stage | undefined = stage; s && !covered.has(s); s = parentStage(file, s)) covered.add(s);
    }
    return file.stages
      .filter((stage) => !covered.has(stage))
      .map((stage) => ({ range: stage.from.getInstructionRange(), message: `Stage ${stage.name ?? stage.index} has no HEALTHCHECK` }));
  },
};
