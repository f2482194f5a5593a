/** Log lines as Berth shows them: terminal escapes removed, RFC 3339 timestamps cut to milliseconds. */

// CSI (colours, cursor moves), OSC (titles, links) and the remaining two-byte escapes.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d) /;

/**
 * One line of `docker logs --timestamps` output made readable: escapes gone, a progress line
 * (rewritten with carriage returns) reduced to its last state, the timestamp to milliseconds.
 */
export function logLine(raw: string): string {
  const text = stripAnsi(raw.replace(/\r+$/, ''));
  const match = TIMESTAMP.exec(text);
  const body = match ? text.slice(match[0].length) : text;
  const visible = body.slice(body.lastIndexOf('\r') + 1);
  if (!match) return visible;
  const millis = (match[2] ?? '').padEnd(3, '0').slice(0, 3);
  return `${match[1]}.${millis}${match[3]} ${visible}`;
}

/** Splits a stream's chunks into whole lines; keeps the unfinished tail for the next chunk. */
export class LineSplitter {
  private pending = '';

  push(chunk: string): string[] {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    return lines;
  }

  /** What is left when the stream ends. */
  flush(): string[] {
    const rest = this.pending;
    this.pending = '';
    return rest ? [rest] : [];
  }
}
