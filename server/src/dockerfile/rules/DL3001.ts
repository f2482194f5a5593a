import { hadolintUrl, type Rule } from '../../lint/rule';
import { commandsNamed, wordRange } from '../runCommands';
import { programName } from '../shell';

/**
 * Interactive, service-management and process tools. `ifconfig` is named in hadolint's message but
 * missing from its list; it belongs with the others and is checked here.
 */
const POINTLESS_IN_A_BUILD = new Set(['free', 'ifconfig', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);

export const rule: Rule = {
  id: 'DL3001',
  source: 'hadolint',
  severity: 'info',
  summary: 'This command is meant for a running machine (ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig) and does nothing useful in a build step',
  url: hadolintUrl('DL3001'),
  docs: {
    why: 'A RUN step executes once, without a terminal, in a throwaway container while the image is built. Editors, process viewers, service managers and remote shells either hang, fail or change nothing that ends up in the image. Do the work with the files directly, and start services from CMD or ENTRYPOINT when the container runs.',
    bad: 'FROM debian:12\nRUN service nginx start',
    good: 'FROM debian:12\nCMD ["nginx", "-g", "daemon off;"]',
  },
  check(file) {
    return commandsNamed(file, POINTLESS_IN_A_BUILD).map((found) => ({
      range: wordRange(file, found),
      message: `\`${programName(found.command)}\` is meant for a running machine and does nothing useful in a build step`,
    }));
  },
};
