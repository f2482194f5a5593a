/** CPU time and identity of other processes, read from /proc (Linux only). */
import { readFileSync, readdirSync } from 'node:fs';

/** Milliseconds of CPU (user and system) a process has used, from /proc; undefined off Linux. */
export function processCpuMilliseconds(pid: number | undefined): number | undefined {
  if (process.platform !== 'linux' || pid === undefined) return undefined;
  // Fields 14 and 15 of /proc/PID/stat, after the parenthesised command name, are utime and stime in clock ticks (100 per second).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // gone meanwhile, or not ours to read
  }
}

/** The processes whose command line and environment (NUL-separated, as in /proc) satisfy `accept`. */
export function findProcesses(accept: (commandLine: string[], environment: string[]) => boolean): number[] {
  if (process.platform !== 'linux') return [];
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => accept(readOrEmpty(`/proc/${pid}/cmdline`).split('\0'), readOrEmpty(`/proc/${pid}/environ`).split('\0')))
    .map(Number);
}
