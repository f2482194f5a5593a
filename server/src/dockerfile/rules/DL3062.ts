import { hadolintUrl, type Rule } from '../../lint/rule';
import { GO, invocations, unpinnedPackages } from '../packageManagers';

/** Queries that pick whatever is newest when the build runs. */
const FLOATING = new Set(['latest', 'upgrade', 'patch', 'none']);

/** `pkg@v1.2.3` (or a commit or branch), or local code: `.`, a path, a `.go` file. */
function goPinned(spec: string): boolean {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.endsWith('.go')) return true;
  const at = spec.lastIndexOf('@');
  return at > 0 && !FLOATING.has(spec.slice(at + 1));
}

export const rule: Rule = {
  id: 'DL3062',
  source: 'hadolint',
  severity: 'warning',
  summary: 'Pin the versions of Go packages used by go install, go get and go run (`go install golang.org/x/tools/gopls@v0.16.2`)',
  url: hadolintUrl('DL3062'),
  docs: {
    why: 'Without `@version`, or with `@latest`, the Go command fetches the newest release at build time, so each build can compile different code. A version, tag or commit makes the build repeatable; code from the build context needs none.',
    bad: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest',
    good: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2',
  },
  check(file) {
    const found = invocations(file, GO, ['install', 'get', 'run']).map((invocation) => ({
      ...invocation,
      // go run's first operand is the package; the rest are the program's arguments. `tool` is go.mod's tool set.
      packages: invocation.subcommand === 'run' ? invocation.packages.slice(0, 1) : invocation.packages.filter((p) => p.value !== 'tool'),
    }));
    return unpinnedPackages(file, found, goPinned, (spec) => `Pin the version of \`${spec}\`: \`${spec.replace(/@[^@]*$/, '')}@<version>\``);
  },
};
