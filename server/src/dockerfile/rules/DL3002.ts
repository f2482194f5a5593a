import { hadolintUrl, type Rule } from '../../lint/rule';

/** `root`, `0`, and either with a group (`root:root`, `0:0`, `root:staff`). */
function isRootUser(user: string): boolean {
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}

export const rule: Rule = {
  id: 'DL3002',
  source: 'hadolint',
  severity: 'warning',
  summary: 'The last USER of a stage is root, so its containers run as root',
  url: hadolintUrl('DL3002'),
  docs: {
    why: 'A container runs as the last USER its stage sets. Switching to root to install something is fine, but a stage that ends as root hands every process in its containers full control of the container and an easier path to the host if anything breaks out. Switch back to an unprivileged user at the end of the stage.',
    bad: 'FROM debian:12-slim\nUSER root\nRUN apt-get update\nCMD ["bash"]',
    good: 'FROM debian:12-slim\nUSER root\nRUN apt-get update\nUSER nobody\nCMD ["bash"]',
  },
  check(file) {
    // Each stage is judged on its own last USER, as hadolint does: a build stage left as root is flagged too.
    return file.stages.flatMap((stage) => {
      const last = stage.instructions.filter((i) => i.getKeyword() === 'USER').pop();
      const user = last?.getArguments()[0];
      return last && user && isRootUser(user.getValue()) ? [{ range: user.getRange() }] : [];
    });
  },
};
