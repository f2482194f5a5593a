/** Sizes, ages, ids, name order and Markdown as the explorer writes them. */

/** Name order with numbers compared as numbers: web-2 before web-10. */
export const byName = new Intl.Collator(undefined, { numeric: true }).compare;

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** Decimal units with three significant digits, as `docker images` prints sizes: 1.98MB → "1.98 MB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toPrecision(3).replace(/\.?0+$/, '')} ${UNITS[unit]}`;
}

/** Binary units for memory, as `docker stats` prints them: "24.3 MiB". */
export function formatMemory(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

const AGE_STEPS: [number, string][] = [[60, 'second'], [60, 'minute'], [24, 'hour'], [7, 'day'], [4.35, 'week'], [12, 'month'], [Infinity, 'year']];

/** "3 days ago", from a time in ms; "just now" under a second; undefined for no time. */
export function formatAge(timeMs: number | undefined, nowMs: number): string | undefined {
  if (timeMs === undefined || !Number.isFinite(timeMs) || timeMs <= 0) return undefined;
  let value = (nowMs - timeMs) / 1000;
  if (value < 1) return 'just now';
  for (const [size, unit] of AGE_STEPS) {
    if (value < size) {
      const whole = Math.floor(value);
      return `${whole} ${unit}${whole === 1 ? '' : 's'} ago`;
    }
    value /= size;
  }
  return undefined;
}

// One formatter for all: toLocaleString builds a new one per call, the main cost of 1,000 tooltips.
const TIME_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A moment in the reader's locale and time zone, for tooltips (stable, unlike an age). */
export function formatTime(timeMs: number | undefined): string | undefined {
  if (timeMs === undefined || !Number.isFinite(timeMs) || timeMs <= 0) return undefined;
  return TIME_FORMAT.format(timeMs);
}

/** The 12-character form `docker ps` and `docker images` print. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** Escapes text so Markdown shows it as written (names may hold `*`, `_`, `<`). */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** A tooltip: a bold title line, then `**key** value` lines for the values present. */
export function tooltip(title: string, rows: [string, string | undefined][]): string {
  const lines = [`**${markdownText(title)}**`, ''];
  for (const [key, value] of rows) if (value) lines.push(`${key}: ${markdownText(value)}  `);
  return lines.join('\n');
}
