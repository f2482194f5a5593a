/**
 * Compose Restart, Logs (followed until the terminal is closed), Build and Pull: each acts on the
 * project's services with the profiles its last Up enabled, or as its options argument says.
 */
import type { BerthCommand } from '../registerCommands';
import type { ComposeVerb } from './composeCli';
import type { ComposeCommandResult, ComposeRunner } from './composeRunner';

const VERBS: { verb: ComposeVerb; title: string }[] = [
  { verb: 'restart', title: 'restart Compose services' },
  { verb: 'logs', title: 'show Compose logs' },
  { verb: 'build', title: 'build Compose services' },
  { verb: 'pull', title: 'pull Compose images' },
];

export function composeProjectCommands(runner: ComposeRunner): BerthCommand[] {
  return VERBS.map(({ verb, title }) => ({
    id: `berth.compose.${verb}`,
    // Even logs: the command runs a program from the workspace's configuration.
    needsTrust: true,
    title,
    async run(...args: unknown[]): Promise<ComposeCommandResult | undefined> {
      const target = await runner.target(args);
      if (!target) return undefined;
      const last = runner.lastUp(target.file);
      const profiles = target.options?.profiles ?? last.profiles;
      const services = target.options?.services ?? last.services;
      return runner.run(target.file, { verb, profiles, services });
    },
  }));
}
