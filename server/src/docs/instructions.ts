/**
 * What Berth says about each Dockerfile instruction, flag and parser directive: the one place this
 * text lives, read by hover, completion and signature help. Written in our own words; the Dockerfile
 * reference is linked for the full story.
 */

export interface FlagDoc {
  /** The flag without dashes: `from`, `mount`. */
  name: string;
  /** How it is written, e.g. `--chown=<user>:<group>`. */
  syntax: string;
  description: string;
  /** One instruction that uses the flag, as hover shows it. */
  example: string;
  /**
   * How the builder reads the value: `string` needs `=value`, `boolean` may stand alone or take
   * true/false, `list` is a string that may be repeated. Omitted means `string`.
   */
  kind?: FlagKind;
  /** What the value must look like, for the builder to accept it; omitted means anything. */
  format?: FlagFormat;
  /** The builder expands variables in the value first, so a value holding `$` can only be judged at build time. */
  expands?: boolean;
}

export type FlagKind = 'string' | 'boolean' | 'list';

/**
 * A flag value's grammar as the builder checks it: a Go duration of at least 1ms (or 0), a
 * non-negative count, file permissions (octal up to 7777, or symbolic), a platform, RUN's mount
 * options, or one of a fixed set of words.
 */
export type FlagFormat = 'duration' | 'count' | 'chmod' | 'platform' | 'mount' | { oneOf: readonly string[] };

export interface InstructionDoc {
  keyword: string;
  /** One or two sentences: what the instruction does. */
  summary: string;
  /** The ways to write it, one per line, with `<placeholders>`. */
  forms: string[];
  /** The argument names in order, for signature help. */
  parameters: string[];
  example: string;
  flags: FlagDoc[];
  /** Anchor on the Dockerfile reference page. */
  anchor: string;
}

export const DOCKERFILE_REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

export function instructionUrl(doc: InstructionDoc): string {
  return `${DOCKERFILE_REFERENCE}#${doc.anchor}`;
}

const chown: FlagDoc = { name: 'chown', syntax: '--chown=<user>[:<group>]', example: 'COPY --chown=app:app . /app', description: 'Owner of the copied files in the image, by name or numeric id. Without it, files belong to root.', expands: true };
const chmod: FlagDoc = { name: 'chmod', syntax: '--chmod=<perms>', example: 'COPY --chmod=755 entrypoint.sh /usr/local/bin/', description: 'Permission bits for the copied files, in octal (`755`) or symbolic form (`u+x`).', format: 'chmod', expands: true };
const link: FlagDoc = { name: 'link', syntax: '--link[=<boolean>]', example: 'COPY --link --from=build /bin/app /bin/app', description: 'Copy into an independent layer, so the files stay cached even when earlier layers change.', kind: 'boolean' };
const exclude: FlagDoc = { name: 'exclude', syntax: '--exclude=<pattern>', example: 'COPY --exclude=*.md --exclude=tests/ . /src', description: 'Leave out source paths matching the pattern; may be given several times.', kind: 'list' };
const parents: FlagDoc = { name: 'parents', syntax: '--parents[=<boolean>]', example: 'COPY --parents services/*/package.json /app/', description: 'Keep the source paths\u2019 parent folders under the destination instead of flattening them.', kind: 'boolean' };
const platform: FlagDoc = { name: 'platform', syntax: '--platform=<os>/<arch>[/<variant>]', example: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build', description: 'The platform of the base image to pull, such as `linux/arm64` or `$BUILDPLATFORM` for a cross-compiling build stage.', format: 'platform', expands: true };
const healthcheckFlags: FlagDoc[] = [
  { name: 'interval', syntax: '--interval=<duration>', example: 'HEALTHCHECK --interval=1m CMD curl -f http://localhost/ || exit 1', description: 'Time between checks (default 30s).', format: 'duration' },
  { name: 'timeout', syntax: '--timeout=<duration>', example: 'HEALTHCHECK --timeout=5s CMD pg_isready -U postgres', description: 'How long one check may run before it counts as failed (default 30s).', format: 'duration' },
  { name: 'start-period', syntax: '--start-period=<duration>', example: 'HEALTHCHECK --start-period=30s CMD curl -f http://localhost/health', description: 'Grace time after the container starts; failures in it do not count (default 0s).', format: 'duration' },
  { name: 'start-interval', syntax: '--start-interval=<duration>', example: 'HEALTHCHECK --start-period=30s --start-interval=2s CMD curl -f http://localhost/health', description: 'Time between checks during the start period (default 5s).', format: 'duration' },
  { name: 'retries', syntax: '--retries=<n>', example: 'HEALTHCHECK --retries=5 CMD redis-cli ping', description: 'Consecutive failures before the container is reported unhealthy (default 3).', format: 'count' },
];

export const INSTRUCTION_DOCS: readonly InstructionDoc[] = [
  {
    keyword: 'FROM',
    summary: 'Starts a build stage from a base image, or from an earlier stage by its name. Every Dockerfile has at least one; each FROM starts from a clean file system.',
    forms: ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'],
    parameters: ['<image>', 'AS', '<name>'],
    example: 'FROM golang:1.23 AS build',
    flags: [platform],
    anchor: 'from',
  },
  {
    keyword: 'RUN',
    summary: 'Runs a command while building and saves the resulting files as a new layer. The shell form goes through `/bin/sh -c`; the exec form runs the program directly.',
    forms: ['RUN [--mount=...] [--network=...] [--security=...] <command>', 'RUN ["<executable>", "<arg>", ...]', 'RUN <<EOF\n<script>\nEOF'],
    parameters: ['<command>'],
    example: 'RUN --mount=type=cache,target=/root/.cache/go-build go build -o /bin/app ./cmd/app',
    flags: [
      { name: 'mount', syntax: '--mount=type=<cache|bind|secret|ssh|tmpfs>[,<option>=<value>...]', example: 'RUN --mount=type=cache,target=/root/.npm npm ci', description: 'Makes a cache folder, files from the context or another stage, a secret, the SSH agent or a tmpfs available to this command only; nothing mounted ends up in the image.', kind: 'list', format: 'mount' },
      { name: 'network', syntax: '--network=<default|none|host>', example: 'RUN --network=none make test', description: 'The network the command runs in: `none` proves a step needs no downloads; `host` needs the build to allow it.', format: { oneOf: ['default', 'none', 'host'] } },
      { name: 'security', syntax: '--security=<sandbox|insecure>', example: 'RUN --security=insecure mount -t tmpfs none /mnt', description: '`insecure` runs the command with full privileges; the builder must allow it.', format: { oneOf: ['sandbox', 'insecure'] } },
      { name: 'device', syntax: '--device=<name>[,required]', example: 'RUN --device=nvidia.com/gpu=all nvidia-smi', description: 'Makes a CDI device (such as a GPU) available to this command; may be given several times.', kind: 'list' },
    ],
    anchor: 'run',
  },
  {
    keyword: 'CMD',
    summary: 'The default command of containers started from the image, or the default arguments to ENTRYPOINT. Only the last CMD of a stage counts.',
    forms: ['CMD ["<executable>", "<arg>", ...]', 'CMD ["<arg>", ...]  (arguments for ENTRYPOINT)', 'CMD <command>'],
    parameters: ['<executable>', '<arg>'],
    example: 'CMD ["node", "server.js"]',
    flags: [],
    anchor: 'cmd',
  },
  {
    keyword: 'ENTRYPOINT',
    summary: 'The program a container runs; CMD and `docker run` arguments are passed to it. Write it in exec form so it runs as PID 1 and receives stop signals.',
    forms: ['ENTRYPOINT ["<executable>", "<arg>", ...]', 'ENTRYPOINT <command>'],
    parameters: ['<executable>', '<arg>'],
    example: 'ENTRYPOINT ["/usr/bin/tini", "--", "/app/run"]',
    flags: [],
    anchor: 'entrypoint',
  },
  {
    keyword: 'COPY',
    summary: 'Copies files from the build context, another stage or an image into the image. Needs at least one source and a destination; several sources need a destination ending in `/`.',
    forms: ['COPY [--from=<stage|image>] [--chown=...] [--chmod=...] [--link] <src>... <dest>', 'COPY ["<src>", ..., "<dest>"]', 'COPY <<EOF <dest>\n<content>\nEOF'],
    parameters: ['<src>', '<dest>'],
    example: 'COPY --from=build /bin/app /usr/local/bin/app',
    flags: [{ name: 'from', syntax: '--from=<stage|image|context>', example: 'COPY --from=build /bin/app /usr/local/bin/app', description: 'Copy from a build stage (by name or index), an image, or a named build context instead of the main context.' }, chown, chmod, link, parents, exclude],
    anchor: 'copy',
  },
  {
    keyword: 'ADD',
    summary: 'Like COPY, but the source may also be a URL or a Git repository, and local tar archives are unpacked into the destination. Prefer COPY unless you need one of those.',
    forms: ['ADD [--chown=...] [--chmod=...] [--checksum=...] [--link] <src>... <dest>', 'ADD ["<src>", ..., "<dest>"]'],
    parameters: ['<src>', '<dest>'],
    example: 'ADD --checksum=sha256:24454f83... https://example.com/tool.tar.gz /opt/',
    flags: [
      chown,
      chmod,
      link,
      { name: 'checksum', syntax: '--checksum=<algorithm>:<hash>', example: 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://mirrors.edge.kernel.org/pub/scm/git/git-2.40.0.tar.gz /src/', description: 'Verifies a remote source against this digest before using it.', expands: true },
      { name: 'keep-git-dir', syntax: '--keep-git-dir[=<boolean>]', example: 'ADD --keep-git-dir https://github.com/moby/buildkit.git#v0.16.0 /src', description: 'Keep the `.git` folder when the source is a Git repository.', kind: 'boolean' },
      { name: 'unpack', syntax: '--unpack[=<boolean>]', example: 'ADD --unpack=false https://example.com/tool.tar.gz /opt/', description: 'Whether to unpack an archive source (local archives are unpacked by default, remote ones are not).', kind: 'boolean' },
      exclude,
    ],
    anchor: 'add',
  },
  {
    keyword: 'ENV',
    summary: 'Sets environment variables for the rest of the build and for containers run from the image.',
    forms: ['ENV <key>=<value> [<key>=<value>...]', 'ENV <key> <value>  (legacy, one variable)'],
    parameters: ['<key>=<value>'],
    example: 'ENV NODE_ENV=production PORT=8080',
    flags: [],
    anchor: 'env',
  },
  {
    keyword: 'ARG',
    summary: 'Declares a build argument that `docker build --build-arg` can set, with an optional default. An ARG before the first FROM is visible in FROM lines only, unless a stage declares it again.',
    forms: ['ARG <name>[=<default>] [<name>[=<default>]...]'],
    parameters: ['<name>[=<default>]'],
    example: 'ARG GO_VERSION=1.23',
    flags: [],
    anchor: 'arg',
  },
  {
    keyword: 'WORKDIR',
    summary: 'Sets the working folder for the instructions after it and for the container, creating it if needed. Use an absolute path.',
    forms: ['WORKDIR <path>'],
    parameters: ['<path>'],
    example: 'WORKDIR /app',
    flags: [],
    anchor: 'workdir',
  },
  {
    keyword: 'USER',
    summary: 'Sets the user (and optionally group) that later RUN, CMD and ENTRYPOINT run as. Running as a non-root user limits what a compromised process can do.',
    forms: ['USER <user>[:<group>]', 'USER <uid>[:<gid>]'],
    parameters: ['<user>[:<group>]'],
    example: 'USER 10001:10001',
    flags: [],
    anchor: 'user',
  },
  {
    keyword: 'EXPOSE',
    summary: 'Documents the ports the container listens on (tcp by default, or udp or sctp). It publishes nothing by itself; `docker run -p` does.',
    forms: ['EXPOSE <port>[/<protocol>] [<port>[/<protocol>]...]'],
    parameters: ['<port>[/<protocol>]'],
    example: 'EXPOSE 8080/tcp 53/udp',
    flags: [],
    anchor: 'expose',
  },
  {
    keyword: 'LABEL',
    summary: 'Adds key-value metadata to the image, such as the OCI `org.opencontainers.image.*` annotations.',
    forms: ['LABEL <key>=<value> [<key>=<value>...]'],
    parameters: ['<key>=<value>'],
    example: 'LABEL org.opencontainers.image.source="https://github.com/acme/app"',
    flags: [],
    anchor: 'label',
  },
  {
    keyword: 'VOLUME',
    summary: 'Marks paths whose data lives outside the container\u2019s writable layer. Changes made to them by later build steps are discarded.',
    forms: ['VOLUME ["<path>", ...]', 'VOLUME <path> [<path>...]'],
    parameters: ['<path>'],
    example: 'VOLUME /var/lib/postgresql/data',
    flags: [],
    anchor: 'volume',
  },
  {
    keyword: 'HEALTHCHECK',
    summary: 'Tells the engine how to test that the container still works; failing checks mark it unhealthy. `HEALTHCHECK NONE` turns off a check inherited from the base image.',
    forms: ['HEALTHCHECK [--interval=...] [--timeout=...] [--start-period=...] [--start-interval=...] [--retries=...] CMD <command>', 'HEALTHCHECK NONE'],
    parameters: ['CMD', '<command>'],
    example: 'HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8080/health || exit 1',
    flags: healthcheckFlags,
    anchor: 'healthcheck',
  },
  {
    keyword: 'SHELL',
    summary: 'Replaces the shell used by the shell form of RUN, CMD and ENTRYPOINT. Must be written as a JSON array.',
    forms: ['SHELL ["<executable>", "<parameter>", ...]'],
    parameters: ['<executable>', '<parameter>'],
    example: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    flags: [],
    anchor: 'shell',
  },
  {
    keyword: 'STOPSIGNAL',
    summary: 'The signal `docker stop` sends to ask the container to exit, by name (`SIGQUIT`) or number.',
    forms: ['STOPSIGNAL <signal>'],
    parameters: ['<signal>'],
    example: 'STOPSIGNAL SIGQUIT',
    flags: [],
    anchor: 'stopsignal',
  },
  {
    keyword: 'ONBUILD',
    summary: 'Stores an instruction that runs later, when another Dockerfile uses this image as its base.',
    forms: ['ONBUILD <instruction>'],
    parameters: ['<instruction>'],
    example: 'ONBUILD COPY . /app/src',
    flags: [],
    anchor: 'onbuild',
  },
  {
    keyword: 'MAINTAINER',
    summary: 'Deprecated: names the image\u2019s author. Use `LABEL org.opencontainers.image.authors="..."` instead.',
    forms: ['MAINTAINER <name>'],
    parameters: ['<name>'],
    example: 'LABEL org.opencontainers.image.authors="team@example.com"',
    flags: [],
    anchor: 'maintainer-deprecated',
  },
];

export interface DirectiveDoc {
  name: string;
  summary: string;
  example: string;
}

export const DIRECTIVE_DOCS: readonly DirectiveDoc[] = [
  { name: 'syntax', summary: 'Which Dockerfile frontend image BuildKit uses to read this file, so newer syntax works with an older engine.', example: '# syntax=docker/dockerfile:1' },
  { name: 'escape', summary: 'The character that escapes and continues lines: `\\` (default) or `` ` ``, which suits Windows paths.', example: '# escape=`' },
  { name: 'check', summary: 'Configures BuildKit\u2019s build checks for this file: skip some (`skip=A,B` or `skip=all`), fail the build on them (`error=true`), or run experimental ones.', example: '# check=skip=JSONArgsRecommended;error=true' },
];

const byKeyword = new Map(INSTRUCTION_DOCS.map((doc) => [doc.keyword, doc]));

export function instructionDoc(keyword: string): InstructionDoc | undefined {
  return byKeyword.get(keyword.toUpperCase());
}
