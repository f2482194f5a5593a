/**
 * Compose Up (`berth.compose.up`): starts the project detached. Asks which of the file's profiles
 * to enable (when it declares any), which of the services those allow to start (all by default),
 * and whether to build images first; remembers the answers per file. Given an options argument it
 * runs them without asking, and remembers nothing: those are not the user's picks.
 */
import * as vscode from 'vscode';
import type { ComposeOutline } from '../../../../server/src/protocol';
import type { BerthCommand } from '../registerCommands';
import { servicesFor } from './composeCli';
import type { ComposeRunner } from './composeRunner';
import type { RememberedUp } from './upMemory';

const TITLE = 'Compose Up';

async function askUp(outline: ComposeOutline | undefined, last: RememberedUp): Promise<RememberedUp | undefined> {
  let profiles: string[] = [];
  if (outline && outline.profiles.length > 0) {
    const picked = await vscode.window.showQuickPick(
      outline.profiles.map((profile) => ({ label: profile, picked: last.profiles.includes(profile) })),
      { title: `${TITLE}: profiles`, placeHolder: 'Check the profiles to enable (services without a profile always start)', canPickMany: true },
    );
    if (!picked) return undefined;
    profiles = picked.map((item) => item.label);
  }
  let services: string[] = [];
  const available = outline ? servicesFor(outline, profiles) : [];
  if (available.length > 1) {
    const wanted = last.services.filter((name) => available.includes(name));
    const picked = await vscode.window.showQuickPick(
      available.map((name) => ({ label: name, picked: wanted.length === 0 || wanted.includes(name) })),
      { title: `${TITLE}: services`, placeHolder: 'Check the services to start', canPickMany: true },
    );
    if (!picked || picked.length === 0) return undefined;
    // All checked means the whole project, so services added to the file later start too.
    services = picked.length === available.length ? [] : picked.map((item) => item.label);
  }
  const modes = [
    { label: 'Start', description: 'up --detach', build: false },
    { label: 'Build and Start', description: 'up --detach --build', build: true },
  ];
  if (last.build) modes.reverse();
  const mode = await vscode.window.showQuickPick(modes, { title: `${TITLE}: build images first?` });
  return mode && { profiles, services, build: mode.build };
}

export function composeUpCommand(runner: ComposeRunner): BerthCommand {
  return runner.command('up', 'run Compose', async ({ file, options }) => {
    const given = options && { profiles: options.profiles ?? [], services: options.services ?? [], build: options.build ?? false };
    const up = await runner.ups.choose(file.toString(), given, async (last) => askUp(await runner.outline(file), last));
    return up && { verb: 'up', ...up };
  });
}
