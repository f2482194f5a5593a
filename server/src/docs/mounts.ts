/**
 * What Berth says about `RUN --mount` types and their options, for completion and hover. Written in
 * our own words after BuildKit's reference; the option names are BuildKit's.
 */

export interface MountOptionDoc {
  name: string;
  /** Other spellings BuildKit accepts (`dst` for `target`). */
  aliases?: string[];
  description: string;
  /** Fixed values, when the option takes one of a few words. */
  values?: string[];
  /** A bare word (`rw`, `required`) that needs no `=value`. */
  flag?: boolean;
}

export interface MountTypeDoc {
  type: string;
  description: string;
  options: MountOptionDoc[];
}

const target: MountOptionDoc = { name: 'target', aliases: ['dst', 'destination'], description: 'Where the mount appears inside the build container.' };
const from: MountOptionDoc = { name: 'from', description: 'A stage, image or named context to take the source from, instead of the build context.' };
const source: MountOptionDoc = { name: 'source', aliases: ['src'], description: 'The path inside `from` to mount (its root by default).' };
const mode = (defaultMode: string): MountOptionDoc => ({ name: 'mode', description: `Permissions of the mounted files, in octal (default ${defaultMode}).` });
const uid: MountOptionDoc = { name: 'uid', description: 'Numeric owner of the mounted files (default 0).' };
const gid: MountOptionDoc = { name: 'gid', description: 'Numeric group of the mounted files (default 0).' };
const id = (meaning: string): MountOptionDoc => ({ name: 'id', description: meaning });
const required = (what: string): MountOptionDoc => ({ name: 'required', flag: true, values: ['true', 'false'], description: `Fail the build when the ${what} is not provided, instead of running without it.` });

export const MOUNT_TYPE_DOCS: readonly MountTypeDoc[] = [
  {
    type: 'cache',
    description: 'A cache folder that survives between builds, for package managers and compilers. Its content never reaches the image.',
    options: [
      target,
      id('Names the cache, so several mounts share it (default: the target path).'),
      { name: 'sharing', values: ['shared', 'private', 'locked'], description: 'How concurrent builds use the cache: `shared` together, `private` each its own copy, `locked` one at a time.' },
      { name: 'readonly', aliases: ['ro'], flag: true, values: ['true', 'false'], description: 'Mount the cache read-only.' },
      from,
      source,
      mode('0755'),
      uid,
      gid,
    ],
  },
  {
    type: 'bind',
    description: 'Files from the build context or another stage, visible to this command only (read-only unless `rw`). The default type.',
    options: [target, source, from, { name: 'rw', aliases: ['readwrite'], flag: true, values: ['true', 'false'], description: 'Allow writes; they are thrown away after the command.' }],
  },
  {
    type: 'secret',
    description: 'A secret passed with `docker build --secret`, as a file (under /run/secrets by default) or an environment variable; it never ends up in a layer.',
    options: [id('The secret\u2019s id as given to `--secret id=…` (default: the target file name).'), target, { name: 'env', description: 'Expose the secret as this environment variable instead of (or as well as) a file.' }, required('secret'), mode('0400'), uid, gid],
  },
  {
    type: 'ssh',
    description: 'The SSH agent socket passed with `docker build --ssh`, so the command can clone private repositories without copying keys.',
    options: [id('The SSH agent or keys id as given to `--ssh` (default `default`).'), target, required('agent socket'), mode('0600'), uid, gid],
  },
  {
    type: 'tmpfs',
    description: 'An empty in-memory file system for this command only.',
    options: [target, { name: 'size', description: 'The size limit, such as `64m`.' }],
  },
];

export function mountTypeDoc(type: string): MountTypeDoc | undefined {
  return MOUNT_TYPE_DOCS.find((doc) => doc.type === type.toLowerCase());
}
