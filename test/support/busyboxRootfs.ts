/**
 * The root filesystem of the offline test image berth-test/busybox:1 as a tar: the static busybox,
 * one symlink per applet, /tmp and /www/index.html (for httpd). Built once per process, from
 * busybox-static on this machine, so no registry is ever contacted.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BUSYBOX = '/bin/busybox';
let cached: Promise<Buffer> | undefined;

async function build(): Promise<Buffer> {
  const root = mkdtempSync('/tmp/bb-');
  try {
    for (const folder of ['bin', 'tmp', 'www']) mkdirSync(join(root, folder));
    copyFileSync(BUSYBOX, join(root, 'bin/busybox'));
    const { stdout } = await run(BUSYBOX, ['--list']);
    for (const applet of stdout.split('\n')) {
      if (applet && applet !== 'busybox') symlinkSync('busybox', join(root, 'bin', applet));
    }
    writeFileSync(join(root, 'www/index.html'), 'hi\n');
    const { stdout: tar } = await run('tar', ['-C', root, '-c', '.'], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    return tar;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function busyboxRootfsTar(): Promise<Buffer> {
  cached ??= build();
  return cached;
}
