/**
 * An image that says it is for another platform, made offline from one the engine has: saved, its
 * config's platform rewritten, loaded under a new name. Its files stay what they were (it would not
 * run there); only what the engine reports for it changes, which is what platform checks read.
 * (`docker import --platform` would be simpler, but dockerd 20.10 records its own architecture
 * whatever it is given.)
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DockerEngine } from './dockerEngine';

const run = promisify(execFile);

export async function loadForPlatform(engine: DockerEngine, source: string, name: string, platform: { os: string; architecture: string; variant?: string }): Promise<void> {
  const dir = mkdtempSync(join(engine.dir, 'platform-'));
  try {
    const saved = join(dir, 'saved.tar');
    const tree = join(dir, 'image');
    mkdirSync(tree);
    await engine.docker(['save', '-o', saved, source]);
    await run('tar', ['-C', tree, '-xf', saved]);
    // docker save's layout: manifest.json names each image's config file (`<sha256 of it>.json`) and tags.
    const manifest = JSON.parse(readFileSync(join(tree, 'manifest.json'), 'utf8')) as { Config: string; RepoTags: string[] }[];
    const config = JSON.parse(readFileSync(join(tree, manifest[0].Config), 'utf8')) as Record<string, unknown>;
    Object.assign(config, { os: platform.os, architecture: platform.architecture });
    if (platform.variant) config.variant = platform.variant;
    else delete config.variant;
    const text = JSON.stringify(config);
    const configFile = `${createHash('sha256').update(text).digest('hex')}.json`;
    unlinkSync(join(tree, manifest[0].Config));
    writeFileSync(join(tree, configFile), text);
    writeFileSync(join(tree, 'manifest.json'), JSON.stringify([{ ...manifest[0], Config: configFile, RepoTags: [name] }]));
    rmSync(join(tree, 'repositories'), { force: true });
    const loaded = join(dir, 'loaded.tar');
    await run('tar', ['-C', tree, '-cf', loaded, '.']);
    await engine.docker(['load', '-i', loaded]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
