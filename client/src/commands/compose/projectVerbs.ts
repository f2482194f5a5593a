/**
 * Compose Restart, Logs (followed until the terminal is closed), Build and Pull: each acts on the
 * project's services with the profiles its last Up enabled, or as its options argument says.
 */
import type { BerthCommand } from '../registerCommands';
import type { ComposeVerb } from './composeCli';
import type { ComposeRunner } from './composeRunner';

const VERBS: { verb: ComposeVerb; title: string }[] = [
  { verb: 'restart', title: 'restart Compose services' },
  { verb: 'logs', title: 'show Compose logs' },
  { verb: 'build', title: 'build Compose services' },
  { verb: 'pull', title: 'pull Compose images' },
];

export function composeProjectCommands(runner: ComposeRunner): BerthCommand[] {
  return VERBS.map(({ verb, title }) =>
    runner.command(verb, title, ({ file, options }) => {
      const last = runner.lastUp(file);
      return { verb, profiles: options?.profiles ?? last.profiles, services: options?.services ?? last.services };
    }),
  );
}
