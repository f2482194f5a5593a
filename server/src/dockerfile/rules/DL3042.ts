import { Env, type Instruction } from 'dockerfile-ast';
import { hadolintUrl, type Rule } from '../../lint/rule';
import type { DockerfileContext } from '../context';
import { missingOption, pipInstalls, scratchMountTargets } from '../packageManagers';
import type { FileRun } from '../runCommands';
import { hasFlag } from '../shell';
import { stageLineage } from '../stages';

const TRUTHY = /^(1|true|on|yes)$/i;
const SET_IN_SCRIPT = /\bPIP_NO_CACHE_DIR=(["']?)(1|true|on|yes)\1(?![\w.-])/i;
/** pip caches in `~/.cache/pip`; a cache mount there (or on `~/.cache`) keeps it out of the image. */
const PIP_CACHE_DIRECTORY = /\/\.cache(\/pip)?\/?$/;

/** The value the last `ENV PIP_NO_CACHE_DIR` before `run` gives it, looking through the stages it builds on. */
function inheritedNoCacheDir(file: DockerfileContext, owner: FileRun): string | undefined {
  if (!owner.stage) return undefined;
  for (const stage of stageLineage(file, owner.stage)) {
    const before: Instruction[] = stage === owner.stage ? stage.instructions.filter((i) => i.getRange().start.line < owner.run.getRange().start.line) : stage.instructions;
    for (const instruction of [...before].reverse()) {
      if (!(instruction instanceof Env)) continue;
      const setting = [...instruction.getProperties()].reverse().find((p) => p.getName() === 'PIP_NO_CACHE_DIR');
      if (setting) return setting.getValue() ?? '';
    }
  }
  return undefined;
}

function cacheKeptOut(file: DockerfileContext, owner: FileRun): boolean {
  return (
    TRUTHY.test(inheritedNoCacheDir(file, owner) ?? '') ||
    SET_IN_SCRIPT.test(file.document.getText(owner.run.getRange())) ||
    scratchMountTargets(owner.run).some((target) => PIP_CACHE_DIRECTORY.test(target))
  );
}

export const rule: Rule = {
  id: 'DL3042',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Use `pip install --no-cache-dir` so pip\'s download cache does not stay in the image',
  url: hadolintUrl('DL3042'),
  docs: {
    why: 'pip keeps every wheel it downloads in `~/.cache/pip`. In an image that cache is dead weight, often as large as the packages themselves. `--no-cache-dir`, `PIP_NO_CACHE_DIR=1` in the environment, or a cache mount on the cache directory keep it out.',
    bad: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3',
  },
  check(file) {
    const installs = pipInstalls(file).filter((install) => !cacheKeptOut(file, install.owner));
    return missingOption(file, installs, (command) => hasFlag(command, 'no-cache-dir'), '--no-cache-dir');
  },
};
