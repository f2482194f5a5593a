/**
 * What Berth knows about the Compose file format: every key of the Compose Specification, with the
 * shape of its value, the values it allows, deprecations and a line saying what it does. The one
 * place this text lives: the validator, hover and completion all read it. Written in our own words;
 * the Compose file reference on docs.docker.com is linked for the full story.
 */

/** A scalar as YAML reads it. `integer` is a number without a fraction. */
export type ScalarType = 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** Grammars of string values that Compose or the engine parse further; each has its own check. */
export type ValueFormat = 'duration' | 'byteSize' | 'port' | 'exposedPort' | 'publishedPort';

export type ValueShape =
  | ScalarShape
  /** A mapping with fixed keys (plus `x-` extensions). */
  | { kind: 'object'; keys: Readonly<Record<string, KeyDoc>>; required?: readonly string[]; page?: ReferencePage }
  /** A mapping whose keys are names the user picks: services, labels, driver options. */
  | { kind: 'dict'; values: ValueShape; keyPattern?: RegExp; keyHint?: string }
  | { kind: 'list'; items: ValueShape }
  /** Any one of the shapes; the YAML node's kind (scalar, mapping, sequence) picks which. */
  | { kind: 'oneOf'; options: readonly ValueShape[] }
  | { kind: 'any' };

export interface ScalarShape {
  kind: 'scalar';
  types: readonly ScalarType[];
  /** The only strings allowed. */
  values?: readonly string[];
  /** A pattern the whole string must match, with how to say what it expects. */
  pattern?: { regex: RegExp; expects: string };
  /** Common values completion offers where the pattern allows more than a fixed set. */
  suggestions?: readonly string[];
  format?: ValueFormat;
  minimum?: number;
  maximum?: number;
}

export interface KeyDoc {
  /** One line: what the key does. */
  description: string;
  shape: ValueShape;
  /** Why it is deprecated and what to write instead. */
  deprecated?: string;
  /** Completion inserts this after `key:` (a snippet body; `\n` starts an indented block). */
  snippet?: string;
}

/** The pages of the Compose file reference; each top-level area has its own. */
export type ReferencePage = 'services' | 'build' | 'deploy' | 'develop' | 'networks' | 'volumes' | 'configs' | 'secrets' | 'models' | 'include' | 'version-and-name';

export const COMPOSE_REFERENCE = 'https://docs.docker.com/reference/compose-file/';

export function referenceUrl(page: ReferencePage, anchor?: string): string {
  return `${COMPOSE_REFERENCE}${page}/${anchor ? `#${anchor}` : ''}`;
}

// ---- Building blocks -------------------------------------------------------------------------

const scalar = (types: readonly ScalarType[], extra: Omit<ScalarShape, 'kind' | 'types'> = {}): ScalarShape => ({ kind: 'scalar', types, ...extra });
const STRING = scalar(['string']);
const BOOL = scalar(['boolean', 'string']);
const NUMBER = scalar(['number', 'string']);
const INTEGER = scalar(['integer', 'string']);
const DURATION = scalar(['string'], { format: 'duration' });
const BYTES = scalar(['number', 'string'], { format: 'byteSize' });
const oneOf = (...options: ValueShape[]): ValueShape => ({ kind: 'oneOf', options });
const list = (items: ValueShape): ValueShape => ({ kind: 'list', items });
const dict = (values: ValueShape, keyPattern?: RegExp, keyHint?: string): ValueShape => ({ kind: 'dict', values, keyPattern, keyHint });
const object = (keys: Record<string, KeyDoc>, required?: readonly string[], page?: ReferencePage): ValueShape => ({ kind: 'object', keys, required, page });
const key = (shape: ValueShape, description: string, more: Partial<Omit<KeyDoc, 'shape' | 'description'>> = {}): KeyDoc => ({ shape, description, ...more });
const enumOf = (...values: string[]): ScalarShape => scalar(['string'], { values });
const range = (types: readonly ScalarType[], minimum?: number, maximum?: number): ScalarShape => scalar(types, { minimum, maximum });

const STRINGS = list(STRING);
const STRING_OR_LIST = oneOf(STRING, STRINGS);
/** `KEY: value` pairs, or a list of `KEY=value` strings. */
const LIST_OR_DICT = oneOf(dict(scalar(['string', 'number', 'boolean', 'null'])), STRINGS);
const COMMAND = oneOf(scalar(['null', 'string']), STRINGS);
const NAME_PATTERN = /^[a-zA-Z0-9._-]+$/;
const NAME_HINT = 'letters, digits, `.`, `_` and `-`';
const EXTRA_HOSTS = oneOf(dict(oneOf(STRING, STRINGS)), STRINGS);
const ULIMITS = dict(
  oneOf(INTEGER, object({ soft: key(INTEGER, 'The limit the kernel enforces; a process may raise it up to the hard limit.'), hard: key(INTEGER, 'The ceiling the soft limit can be raised to.') }, ['soft', 'hard'])),
  /^[a-z]+$/,
  'a lower-case resource name such as `nofile` or `nproc`',
);
const DRIVER_OPTS = dict(scalar(['string', 'number']));

const grant = (what: 'config' | 'secret') =>
  list(
    oneOf(
      STRING,
      object({
        source: key(STRING, `The name of the ${what} under the top-level \`${what}s\`.`),
        target: key(STRING, `Where the ${what} file appears in the container.`),
        uid: key(STRING, 'Numeric owner of the file in the container.'),
        gid: key(STRING, 'Numeric group of the file in the container.'),
        mode: key(NUMBER, 'Permission bits of the file, usually written in octal (`0440`).'),
      }),
    ),
  );

const deviceRequest = (what: string) =>
  object(
    {
      capabilities: key(STRINGS, `What the ${what} must support, such as \`gpu\`, \`compute\` or \`utility\`.`),
      count: key(oneOf(scalar(['integer']), scalar(['string'])), `How many ${what}s to reserve, or \`all\`.`),
      device_ids: key(STRINGS, `Specific ${what} IDs to reserve instead of a count.`),
      driver: key(STRING, `The driver that provides the ${what}, such as \`nvidia\`.`),
      options: key(LIST_OR_DICT, 'Options passed to the driver.'),
    },
    what === 'device' ? ['capabilities'] : undefined,
  );

const hook = object(
  {
    command: key(COMMAND, 'The command to run in the container.'),
    user: key(STRING, 'The user the command runs as.'),
    privileged: key(BOOL, 'Run the command with extended privileges.'),
    working_dir: key(STRING, 'The directory the command runs in.'),
    environment: key(LIST_OR_DICT, 'Extra environment variables for the command.'),
  },
  ['command'],
);

const externalResource = (what: string, nameDeprecated: boolean) =>
  key(
    oneOf(
      BOOL,
      object({ name: key(STRING, `The name of the existing ${what}.`, nameDeprecated ? { deprecated: `set \`name\` on the ${what} itself instead of under \`external\`` } : {}) }),
    ),
    `The ${what} already exists and is managed outside Compose; Compose only looks it up.`,
  );

const labels = (what: string) => key(LIST_OR_DICT, `Metadata labels on the ${what}.`);

const restartPolicy = scalar(['string'], {
  pattern: { regex: /^(?:no|always|unless-stopped|on-failure(?::\d+)?)$/, expects: '`no`, `always`, `on-failure[:max-retries]` or `unless-stopped`' },
  suggestions: ['no', 'always', 'on-failure', 'unless-stopped'],
});
const pullPolicy = scalar(['string'], {
  pattern: { regex: /^(?:always|never|missing|if_not_present|build|refresh|daily|weekly|every_(?:\d+[wdhms])+)$/, expects: '`always`, `never`, `missing`, `build`, `daily`, `weekly` or `every_<duration>`' },
  suggestions: ['always', 'never', 'missing', 'build', 'daily', 'weekly'],
});

// ---- Service -------------------------------------------------------------------------------

const BUILD_KEYS: Record<string, KeyDoc> = {
  context: key(STRING, 'The folder (or Git URL) sent to the builder; relative to the Compose file. Defaults to `.`.'),
  dockerfile: key(STRING, 'The Dockerfile to build, relative to the context. Defaults to `Dockerfile`.'),
  dockerfile_inline: key(STRING, 'The Dockerfile written right here instead of in a file.'),
  args: key(LIST_OR_DICT, 'Values for the Dockerfile\u2019s ARG instructions.'),
  target: key(STRING, 'The stage of a multi-stage Dockerfile to build up to.'),
  ssh: key(LIST_OR_DICT, 'SSH agent sockets or keys the build may use (`default` for your agent).'),
  secrets: key(grant('secret'), 'Secrets the build can mount with `RUN --mount=type=secret`.'),
  labels: labels('built image'),
  cache_from: key(STRINGS, 'Images or cache sources the builder may reuse layers from.'),
  cache_to: key(STRINGS, 'Where the builder exports its cache for later builds.'),
  no_cache: key(BOOL, 'Build every step again, ignoring the cache.'),
  additional_contexts: key(LIST_OR_DICT, 'Extra named contexts (folders, images, `service:name`) the Dockerfile can use with `--from`.'),
  network: key(STRING, 'The network RUN instructions use: `default`, `host`, `none` or a network name.'),
  pull: key(BOOL, 'Always pull a newer version of the base images.'),
  shm_size: key(BYTES, 'Size of `/dev/shm` for the build containers, such as `2gb`.'),
  extra_hosts: key(EXTRA_HOSTS, 'Extra `/etc/hosts` entries for the build.'),
  isolation: key(STRING, 'The isolation technology for the build (Windows: `process` or `hyperv`).'),
  privileged: key(BOOL, 'Build with extended privileges.'),
  tags: key(STRINGS, 'More tags for the built image besides `image`.'),
  ulimits: key(ULIMITS, 'Resource limits inside the build containers.'),
  platforms: key(STRINGS, 'The platforms to build for, such as `linux/amd64` and `linux/arm64`.'),
  entitlements: key(STRINGS, 'Extra privileges the build is granted, such as `network.host` or `security.insecure`.'),
  provenance: key(BOOL, 'Attach a provenance attestation (`true`, or options such as `mode=max`).'),
  sbom: key(BOOL, 'Attach a software bill of materials attestation.'),
};

const DEPLOY_KEYS: Record<string, KeyDoc> = {
  mode: key(enumOf('replicated', 'global', 'replicated-job', 'global-job'), 'How many containers run: a set number (`replicated`) or one per node (`global`).'),
  endpoint_mode: key(enumOf('vip', 'dnsrr'), 'How clients find the service: one virtual IP (`vip`) or DNS round-robin (`dnsrr`).'),
  replicas: key(INTEGER, 'How many containers run when the mode is `replicated`.'),
  labels: labels('service (not its containers)'),
  resources: key(
    object({
      limits: key(
        object({
          cpus: key(NUMBER, 'The most CPU cores the container may use, such as `0.5`.'),
          memory: key(BYTES, 'The most memory the container may use, such as `512M`.'),
          pids: key(INTEGER, 'The most processes the container may run.'),
        }),
        'Upper bounds the container cannot exceed.',
      ),
      reservations: key(
        object({
          cpus: key(NUMBER, 'CPU cores set aside for the container.'),
          memory: key(BYTES, 'Memory set aside for the container.'),
          generic_resources: key(
            list(object({ discrete_resource_spec: key(object({ kind: key(STRING, 'The kind of resource, such as `GPU`.'), value: key(NUMBER, 'How many to reserve.') }), 'A countable resource.') })),
            'Custom resources advertised by the nodes.',
          ),
          devices: key(list(deviceRequest('device')), 'Devices such as GPUs the container needs.'),
        }),
        'Resources guaranteed to the container.',
      ),
    }),
    'CPU, memory and device limits and reservations.',
    { snippet: '\nlimits:\n  cpus: "${1:0.5}"\n  memory: ${2:512M}' },
  ),
  restart_policy: key(
    object({
      condition: key(enumOf('none', 'on-failure', 'any'), 'When to restart: `none`, `on-failure` or `any`.'),
      delay: key(DURATION, 'How long to wait between restart attempts.'),
      max_attempts: key(INTEGER, 'How many times to try before giving up.'),
      window: key(DURATION, 'How long to wait before deciding a restart worked.'),
    }),
    'Whether and how containers are restarted when they exit.',
  ),
  update_config: key(rollout(true), 'How the service is updated to a new version.'),
  rollback_config: key(rollout(false), 'How the service rolls back when an update fails.'),
  placement: key(
    object({
      constraints: key(STRINGS, 'Conditions a node must meet, such as `node.role==manager`.'),
      preferences: key(list(object({ spread: key(STRING, 'Spread containers evenly over the values of this node label.') })), 'Soft placement wishes.'),
      max_replicas_per_node: key(INTEGER, 'The most replicas on one node.'),
    }),
    'Where containers may run.',
  ),
};

function rollout(update: boolean): ValueShape {
  return object({
    parallelism: key(INTEGER, 'How many containers change at a time (0 means all).'),
    delay: key(DURATION, 'The wait between groups of containers.'),
    failure_action: key(update ? enumOf('continue', 'pause', 'rollback') : enumOf('continue', 'pause'), 'What happens when a container fails to change.'),
    monitor: key(DURATION, 'How long each container is watched for failure after it changes.'),
    max_failure_ratio: key(NUMBER, 'The share of failures tolerated, from 0 to 1.'),
    order: key(enumOf('start-first', 'stop-first'), 'Start the new container before stopping the old one, or the other way round.'),
  });
}

const PORT_OBJECT = object({
  target: key(INTEGER, 'The port inside the container.'),
  published: key(scalar(['string', 'integer'], { format: 'publishedPort' }), 'The port (or range) on the host.'),
  host_ip: key(STRING, 'The host address to listen on; all addresses when left out.'),
  protocol: key(enumOf('tcp', 'udp', 'sctp'), 'The protocol: `tcp` (the default), `udp` or `sctp`.'),
  mode: key(enumOf('host', 'ingress'), 'Publish on each node (`host`) or load-balanced across the swarm (`ingress`).'),
  app_protocol: key(STRING, 'The application protocol, such as `http` or `grpc`, as a hint to tools.'),
  name: key(STRING, 'A readable name for the mapping.'),
});

const MOUNT_OBJECT = object(
  {
    type: key(enumOf('bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'), 'What is mounted: a host path, a named volume, a tmpfs, a named pipe, an image\u2026'),
    source: key(STRING, 'The host path, volume name or image to mount; not used for tmpfs.'),
    target: key(STRING, 'Where the mount appears in the container.'),
    read_only: key(BOOL, 'Mount read-only.'),
    consistency: key(STRING, 'Platform-specific consistency of a bind mount (`cached`, `delegated`).'),
    bind: key(
      object({
        propagation: key(STRING, 'Mount propagation: `shared`, `slave`, `private`, or their `r` forms.'),
        create_host_path: key(BOOL, 'Create the host folder when it is missing.'),
        recursive: key(enumOf('enabled', 'disabled', 'writable', 'readonly'), 'How mounts below the source are handled.'),
        selinux: key(enumOf('z', 'Z'), 'Relabel for SELinux: `z` shared between containers, `Z` private.'),
      }),
      'Options for a bind mount.',
    ),
    volume: key(
      object({
        nocopy: key(BOOL, 'Do not copy the image\u2019s files at the target into a new volume.'),
        subpath: key(STRING, 'Mount this folder of the volume instead of its root.'),
        labels: labels('volume'),
      }),
      'Options for a volume mount.',
    ),
    tmpfs: key(
      object({
        size: key(scalar(['integer', 'string'], { format: 'byteSize', minimum: 0 }), 'Size of the tmpfs, in bytes or with a unit.'),
        mode: key(NUMBER, 'Permission bits of the tmpfs, in octal.'),
      }),
      'Options for a tmpfs mount.',
    ),
    image: key(object({ subpath: key(STRING, 'Mount this folder of the image instead of its root.') }), 'Options for an image mount.'),
  },
  ['type'],
);

const NETWORK_ATTACHMENT = oneOf(
  scalar(['null']),
  object({
    aliases: key(STRINGS, 'Other host names the service answers to on this network.'),
    interface_name: key(STRING, 'The name of the network interface in the container.'),
    ipv4_address: key(STRING, 'A fixed IPv4 address on this network.'),
    ipv6_address: key(STRING, 'A fixed IPv6 address on this network.'),
    link_local_ips: key(STRINGS, 'Link-local addresses for the container.'),
    mac_address: key(STRING, 'The MAC address on this network.'),
    driver_opts: key(DRIVER_OPTS, 'Options for the network driver.'),
    priority: key(scalar(['number']), 'The order in which networks are connected, highest first.'),
    gw_priority: key(scalar(['number']), 'Which network provides the default gateway, highest wins.'),
  }),
);

const SERVICE_KEYS: Record<string, KeyDoc> = {
  image: key(STRING, 'The image to start containers from, such as `nginx:1.27` or a digest.'),
  build: key(oneOf(STRING, object(BUILD_KEYS, undefined, 'build')), 'Build the image from source: a context path, or the detailed build settings.', {
    snippet: '\ncontext: ${1:.}\ndockerfile: ${2:Dockerfile}',
  }),
  command: key(COMMAND, 'Replaces the image\u2019s CMD.'),
  entrypoint: key(COMMAND, 'Replaces the image\u2019s ENTRYPOINT.'),
  environment: key(LIST_OR_DICT, 'Environment variables set in the container.'),
  env_file: key(
    oneOf(
      STRING,
      list(
        oneOf(
          STRING,
          object(
            {
              path: key(STRING, 'The file to read, relative to the Compose file.'),
              required: key(BOOL, 'Fail when the file is missing (the default); `false` skips it.'),
              format: key(STRING, 'Read the file in another format, such as `raw`.'),
            },
            ['path'],
          ),
        ),
      ),
    ),
    'Files of `KEY=value` lines added to the container\u2019s environment.',
  ),
  ports: key(list(oneOf(scalar(['number', 'string'], { format: 'port' }), PORT_OBJECT)), 'Container ports published on the host: `[HOST:]CONTAINER[/PROTOCOL]`.'),
  expose: key(list(scalar(['string', 'number'], { format: 'exposedPort' })), 'Ports reachable from other services, not published on the host.'),
  volumes: key(list(oneOf(STRING, MOUNT_OBJECT)), 'Host paths or named volumes mounted in the container: `SOURCE:TARGET[:MODE]`.'),
  volumes_from: key(STRINGS, 'Mount every volume of another service (`service[:ro]`) or container (`container:name`).'),
  depends_on: key(
    oneOf(
      STRINGS,
      dict(
        object(
          {
            condition: key(enumOf('service_started', 'service_healthy', 'service_completed_successfully'), 'What the dependency must reach before this service starts.'),
            restart: key(BOOL, 'Restart this service when the dependency is updated.'),
            required: key(scalar(['boolean']), 'Only warn, instead of failing, when the dependency is not started (with `false`).'),
          },
        ),
        NAME_PATTERN,
        NAME_HINT,
      ),
    ),
    'Services started before this one (and stopped after it).',
  ),
  healthcheck: key(
    object({
      test: key(oneOf(STRING, STRINGS), 'The check: `["CMD", ...]`, `["CMD-SHELL", "..."]`, a shell string, or `["NONE"]`.'),
      interval: key(DURATION, 'Time between checks (30s by default).'),
      timeout: key(DURATION, 'How long one check may run before it counts as failed (30s by default).'),
      retries: key(NUMBER, 'Failures in a row before the container is unhealthy (3 by default).'),
      start_period: key(DURATION, 'Grace time after start during which failures do not count.'),
      start_interval: key(DURATION, 'Time between checks during the start period.'),
      disable: key(BOOL, 'Turn off the image\u2019s HEALTHCHECK.'),
    }),
    'How to tell whether the container is healthy.',
    { snippet: '\ntest: ["CMD", "${1:curl}", "-f", "${2:http://localhost/}"]\ninterval: ${3:30s}\ntimeout: ${4:5s}\nretries: ${5:3}' },
  ),
  deploy: key(object(DEPLOY_KEYS, undefined, 'deploy'), 'Resources, replicas, placement and restart policy.'),
  develop: key(
    object(
      {
        watch: key(
          list(
            object(
              {
                path: key(STRING, 'The file or folder to watch, relative to the Compose file.'),
                action: key(enumOf('rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'), 'What happens on a change: rebuild, sync files in, restart, or a combination.'),
                target: key(STRING, 'Where synced files go in the container.'),
                ignore: key(STRING_OR_LIST, 'Paths under `path` that do not trigger anything.'),
                include: key(STRING_OR_LIST, 'Only these paths under `path` trigger the action.'),
                exec: key(hook, 'The command run after a `sync+exec` sync.'),
                initial_sync: key(BOOL, 'Sync the files once when watching starts.'),
              },
              ['path', 'action'],
            ),
          ),
          'Rules that update the running service as you edit files (`docker compose watch`).',
          { snippet: '\n- path: ${1:./src}\n  action: ${2|sync,rebuild,restart,sync+restart,sync+exec|}\n  target: ${3:/app/src}' },
        ),
      },
      undefined,
      'develop',
    ),
    'Settings for development workflows such as watch mode.',
  ),
  networks: key(oneOf(STRINGS, dict(NETWORK_ATTACHMENT, NAME_PATTERN, NAME_HINT)), 'The networks the service joins, from the top-level `networks`.'),
  network_mode: key(STRING, 'Use another network stack: `bridge`, `host`, `none`, `service:name` or `container:name`.'),
  secrets: key(grant('secret'), 'Secrets mounted in the container under `/run/secrets`.'),
  configs: key(grant('config'), 'Configs mounted as files in the container.'),
  models: key(
    oneOf(STRINGS, dict(object({ endpoint_var: key(STRING, 'The variable that receives the model\u2019s URL.'), model_var: key(STRING, 'The variable that receives the model\u2019s name.') }), NAME_PATTERN, NAME_HINT)),
    'AI models from the top-level `models` the service uses.',
  ),
  extends: key(
    oneOf(STRING, object({ service: key(STRING, 'The service to start from.'), file: key(STRING, 'The Compose file that defines it; this file when left out.') }, ['service'])),
    'Start from another service\u2019s configuration and override parts of it.',
  ),
  provider: key(
    object(
      {
        type: key(STRING, 'The provider (a Compose plugin or binary) that manages the service.'),
        options: key(dict(oneOf(scalar(['string', 'number', 'boolean']), list(scalar(['string', 'number', 'boolean'])))), 'Settings passed to the provider.'),
      },
      ['type'],
    ),
    'Let an external provider create the service instead of running a container.',
  ),
  container_name: key(STRING, 'A fixed container name instead of the generated one; the service cannot then scale.'),
  hostname: key(STRING, 'The host name inside the container.'),
  domainname: key(STRING, 'The domain name inside the container.'),
  labels: labels('containers'),
  label_file: key(STRING_OR_LIST, 'Files of labels added to the containers.'),
  annotations: key(LIST_OR_DICT, 'OCI annotations on the containers.'),
  restart: key(restartPolicy, 'When the engine restarts the container: `no`, `always`, `on-failure[:n]` or `unless-stopped`.'),
  user: key(STRING, 'The user (and group) the container runs as.'),
  working_dir: key(STRING, 'Replaces the image\u2019s WORKDIR.'),
  profiles: key(STRINGS, 'The profiles that enable the service; without any, it always starts.'),
  platform: key(STRING, 'The platform to run, such as `linux/amd64`.'),
  pull_policy: key(pullPolicy, 'When to pull the image: `always`, `never`, `missing`, `build`, or on a schedule.'),
  pull_refresh_after: key(STRING, 'How long a pulled image stays fresh when pulling on a schedule.'),
  scale: key(INTEGER, 'How many containers to run.'),
  stop_grace_period: key(DURATION, 'How long to wait after the stop signal before killing the container (10s by default).'),
  stop_signal: key(STRING, 'The signal that stops the container, such as `SIGINT`.'),
  init: key(BOOL, 'Run an init process that forwards signals and reaps zombie processes.'),
  tty: key(BOOL, 'Give the container a terminal.'),
  stdin_open: key(BOOL, 'Keep standard input open.'),
  attach: key(BOOL, 'Show the service\u2019s logs when attached (`false` hides them).'),
  privileged: key(BOOL, 'Give the container extended privileges on the host.'),
  read_only: key(BOOL, 'Mount the container\u2019s root filesystem read-only.'),
  cap_add: key(STRINGS, 'Linux capabilities to add, such as `NET_ADMIN`.'),
  cap_drop: key(STRINGS, 'Linux capabilities to remove, or `ALL`.'),
  security_opt: key(STRINGS, 'Security options such as `no-new-privileges:true` or a seccomp profile.'),
  cgroup: key(enumOf('host', 'private'), 'Use the host\u2019s cgroup namespace or a private one.'),
  cgroup_parent: key(STRING, 'The parent cgroup of the container.'),
  cpus: key(NUMBER, 'CPU cores the container may use, such as `1.5`.'),
  cpu_count: key(oneOf(scalar(['string']), range(['integer'], 0)), 'How many CPUs the container may use (Windows).'),
  cpu_percent: key(oneOf(scalar(['string']), range(['integer'], 0, 100)), 'The share of CPU the container may use, in percent (Windows).'),
  cpu_shares: key(NUMBER, 'The container\u2019s CPU weight relative to others.'),
  cpu_quota: key(NUMBER, 'CPU time the container may use per period, in microseconds.'),
  cpu_period: key(NUMBER, 'The length of a CPU scheduling period, in microseconds.'),
  cpu_rt_period: key(NUMBER, 'The real-time scheduling period, in microseconds.'),
  cpu_rt_runtime: key(NUMBER, 'Real-time CPU time the container may use per period, in microseconds.'),
  cpuset: key(STRING, 'The CPUs the container may run on, such as `0-3` or `0,2`.'),
  mem_limit: key(BYTES, 'The most memory the container may use, such as `512m`.'),
  mem_reservation: key(BYTES, 'Memory the container should get when the host runs short.'),
  mem_swappiness: key(oneOf(scalar(['string']), range(['integer'], 0, 100)), 'How readily the kernel swaps the container\u2019s memory, 0 to 100.'),
  memswap_limit: key(BYTES, 'Memory plus swap the container may use; `-1` for unlimited swap.'),
  oom_kill_disable: key(BOOL, 'Do not kill the container when it runs out of memory.'),
  oom_score_adj: key(oneOf(scalar(['string']), range(['integer'], -1000, 1000)), 'How likely the kernel is to kill the container when memory runs out, -1000 to 1000.'),
  pids_limit: key(NUMBER, 'The most processes the container may run; `-1` for no limit.'),
  shm_size: key(BYTES, 'Size of `/dev/shm`, such as `64m`.'),
  blkio_config: key(
    object({
      weight: key(oneOf(scalar(['string']), range(['integer'], 10, 1000)), 'The container\u2019s block IO weight, 10 to 1000.'),
      weight_device: key(list(object({ path: key(STRING, 'The device, such as `/dev/sda`.'), weight: key(INTEGER, 'The weight for that device, 10 to 1000.') })), 'Block IO weight per device.'),
      device_read_bps: key(list(blkioLimit()), 'Read rate limit per device, in bytes per second.'),
      device_read_iops: key(list(blkioLimit()), 'Read rate limit per device, in operations per second.'),
      device_write_bps: key(list(blkioLimit()), 'Write rate limit per device, in bytes per second.'),
      device_write_iops: key(list(blkioLimit()), 'Write rate limit per device, in operations per second.'),
    }),
    'Block IO weights and rate limits.',
  ),
  devices: key(
    list(oneOf(STRING, object({ source: key(STRING, 'The device on the host.'), target: key(STRING, 'Where it appears in the container.'), permissions: key(STRING, 'cgroup permissions: any of `r`, `w`, `m`.') }, ['source']))),
    'Host devices available in the container: `HOST[:CONTAINER[:PERMISSIONS]]`.',
  ),
  device_cgroup_rules: key(STRINGS, 'Rules added to the container\u2019s allowed-devices cgroup list.'),
  gpus: key(oneOf(enumOf('all'), list(deviceRequest('GPU'))), 'GPUs the container uses: `all`, or a list of requests.'),
  dns: key(STRING_OR_LIST, 'DNS servers for the container.'),
  dns_opt: key(STRINGS, 'Options for the container\u2019s DNS resolver.'),
  dns_search: key(STRING_OR_LIST, 'DNS search domains for the container.'),
  extra_hosts: key(EXTRA_HOSTS, 'Extra `/etc/hosts` entries: `host:ip` or `host=ip`.'),
  external_links: key(STRINGS, 'Links to containers started outside this project (`name:alias`).'),
  links: key(STRINGS, 'A legacy way to reach another service by name (`service[:alias]`); networks make it unnecessary.'),
  group_add: key(list(scalar(['string', 'number'])), 'Extra groups for the container\u2019s user.'),
  ipc: key(STRING, 'The IPC namespace: `host`, `shareable`, or `service:name` to share one.'),
  pid: key(scalar(['string', 'null']), 'The PID namespace: `host`, or `service:name` to share one.'),
  uts: key(STRING, 'The UTS namespace; `host` shares the host name.'),
  userns_mode: key(STRING, 'The user namespace; `host` turns remapping off.'),
  isolation: key(STRING, 'The isolation technology (Windows: `process` or `hyperv`).'),
  runtime: key(STRING, 'The container runtime, such as `runc` or `nvidia`.'),
  mac_address: key(STRING, 'The container\u2019s MAC address.'),
  logging: key(object({ driver: key(STRING, 'The logging driver, such as `json-file`, `local` or `syslog`.'), options: key(dict(scalar(['string', 'number', 'null'])), 'Options for the driver.') }), 'Where the container\u2019s logs go.'),
  sysctls: key(LIST_OR_DICT, 'Kernel parameters set in the container.'),
  storage_opt: key(dict({ kind: 'any' }), 'Options for the storage driver, such as `size`.'),
  tmpfs: key(STRING_OR_LIST, 'Paths in the container mounted as tmpfs.'),
  ulimits: key(ULIMITS, 'Resource limits such as `nofile` and `nproc`.'),
  credential_spec: key(
    object({ config: key(STRING, 'A config holding the spec.'), file: key(STRING, 'A file holding the spec.'), registry: key(STRING, 'A registry value holding the spec.') }),
    'The credential spec of a Windows managed service account.',
  ),
  post_start: key(list(hook), 'Commands run in the container right after it starts.'),
  pre_stop: key(list(hook), 'Commands run in the container before it stops.'),
  use_api_socket: key(scalar(['boolean']), 'Mount the Docker API socket (and credentials) into the container.'),
};

function blkioLimit(): ValueShape {
  return object({ path: key(STRING, 'The device, such as `/dev/sda`.'), rate: key(scalar(['integer', 'string'], { format: 'byteSize' }), 'The limit.') });
}

// ---- Top level -----------------------------------------------------------------------------

const SERVICE = object(SERVICE_KEYS, undefined, 'services');

const NETWORK = oneOf(
  scalar(['null']),
  object(
    {
      name: key(STRING, 'The network\u2019s actual name, instead of `<project>_<key>`.'),
      driver: key(STRING, 'The network driver, such as `bridge`, `overlay` or `macvlan`.'),
      driver_opts: key(DRIVER_OPTS, 'Options for the driver.'),
      ipam: key(
        object({
          driver: key(STRING, 'A custom IP address management driver.'),
          config: key(
            list(
              object({
                subnet: key(STRING, 'The subnet, in CIDR notation.'),
                ip_range: key(STRING, 'The range container addresses are taken from.'),
                gateway: key(STRING, 'The gateway address.'),
                aux_addresses: key(dict(STRING), 'Addresses the driver must not hand out.'),
              }),
            ),
            'Subnets and gateways.',
          ),
          options: key(dict(STRING), 'Options for the IPAM driver.'),
        }),
        'IP address management: subnets, ranges and gateways.',
      ),
      external: externalResource('network', true),
      internal: key(BOOL, 'Cut the network off from the outside world.'),
      attachable: key(BOOL, 'Let standalone containers join the network.'),
      enable_ipv4: key(BOOL, 'Give containers IPv4 addresses (on by default).'),
      enable_ipv6: key(BOOL, 'Give containers IPv6 addresses.'),
      labels: labels('network'),
    },
    undefined,
    'networks',
  ),
);

const VOLUME = oneOf(
  scalar(['null']),
  object(
    {
      name: key(STRING, 'The volume\u2019s actual name, instead of `<project>_<key>`.'),
      driver: key(STRING, 'The volume driver; `local` by default.'),
      driver_opts: key(DRIVER_OPTS, 'Options for the driver, such as `type`, `o` and `device` for `local`.'),
      external: externalResource('volume', true),
      labels: labels('volume'),
    },
    undefined,
    'volumes',
  ),
);

const SECRET = object(
  {
    file: key(STRING, 'Read the secret from this file, relative to the Compose file.'),
    environment: key(STRING, 'Read the secret from this environment variable.'),
    external: externalResource('secret', false),
    name: key(STRING, 'The secret\u2019s actual name.'),
    labels: labels('secret'),
    driver: key(STRING, 'The secret driver.'),
    driver_opts: key(DRIVER_OPTS, 'Options for the driver.'),
    template_driver: key(STRING, 'The templating driver applied to the secret.'),
  },
  undefined,
  'secrets',
);

const CONFIG = object(
  {
    file: key(STRING, 'Read the config from this file, relative to the Compose file.'),
    environment: key(STRING, 'Read the config from this environment variable.'),
    content: key(STRING, 'The config\u2019s content, written inline.'),
    external: externalResource('config', true),
    name: key(STRING, 'The config\u2019s actual name.'),
    labels: labels('config'),
    template_driver: key(STRING, 'The templating driver applied to the config.'),
  },
  undefined,
  'configs',
);

const MODEL = object(
  {
    model: key(STRING, 'The model to run, as an OCI reference such as `ai/smollm2`.'),
    name: key(STRING, 'The model\u2019s actual name.'),
    context_size: key(scalar(['integer']), 'The largest context, in tokens.'),
    runtime_flags: key(STRINGS, 'Raw flags for the inference engine.'),
  },
  ['model'],
  'models',
);

const INCLUDE = oneOf(
  STRING,
  object(
    {
      path: key(STRING_OR_LIST, 'The Compose file (or files, merged) to include.'),
      env_file: key(STRING_OR_LIST, 'Env files used to interpolate the included files.'),
      project_directory: key(STRING, 'The folder relative paths in the included files resolve against.'),
    },
    undefined,
    'include',
  ),
);

const named = (values: ValueShape) => dict(values, NAME_PATTERN, NAME_HINT);

/** The whole Compose file. */
export const COMPOSE_FILE: ValueShape = object(
  {
    services: key(named(SERVICE), 'The containers that make up the application, by name.', { snippet: '\n${1:web}:\n  image: ${2:nginx:1.27}' }),
    networks: key(named(NETWORK), 'Networks services can join, by name.'),
    volumes: key(named(VOLUME), 'Named volumes services can mount, by name.'),
    secrets: key(named(SECRET), 'Sensitive data services can be granted, by name.'),
    configs: key(named(CONFIG), 'Configuration files services can be granted, by name.'),
    models: key(named(MODEL), 'AI models services can use, by name.'),
    include: key(list(INCLUDE), 'Other Compose files whose services, networks and volumes join this project.'),
    name: key(
      scalar(['string'], { pattern: { regex: /^[a-z0-9][a-z0-9_-]*$/, expects: 'lower-case letters, digits, `_` and `-`, starting with a letter or digit' } }),
      'The project name, used to prefix containers, networks and volumes.',
    ),
    version: key(STRING, 'Obsolete: Compose ignores it and always uses the latest specification.'),
  },
  undefined,
  'version-and-name',
);

/** Top-level sections that define named things services refer to. */
export type ResourceKind = 'services' | 'networks' | 'volumes' | 'secrets' | 'configs' | 'models';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

/** The keys of an object shape, or of the object option of a oneOf. */
export function objectKeys(shape: ValueShape): Readonly<Record<string, KeyDoc>> | undefined {
  if (shape.kind === 'object') return shape.keys;
  if (shape.kind === 'oneOf') for (const option of shape.options) if (option.kind === 'object') return option.keys;
  return undefined;
}

/** The page of the Compose reference a key path belongs to, and the anchor to link. */
export function keyReference(path: readonly string[]): string {
  const [top, , third, fourth] = path;
  if (top === 'services' && third === 'build' && fourth) return referenceUrl('build', fourth);
  if (top === 'services' && third === 'deploy' && fourth) return referenceUrl('deploy', fourth);
  if (top === 'services' && third === 'develop' && fourth) return referenceUrl('develop', fourth);
  if (top === 'services' && third) return referenceUrl('services', third);
  if (top === 'services') return referenceUrl('services');
  if (top === 'name' || top === 'version') return referenceUrl('version-and-name', `${top}-top-level-element`);
  if (top === 'include' || top === 'networks' || top === 'volumes' || top === 'configs' || top === 'secrets' || top === 'models') return referenceUrl(top, third);
  return COMPOSE_REFERENCE;
}
