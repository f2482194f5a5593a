/**
 * A container's status as of now. The engine words it once, when asked ("Up 15 seconds", "Exited
 * (0) 2 hours ago"), and the view keeps that answer until an event changes the container: the
 * duration in it is carried forward from when it was read, in the engine's own wording.
 */

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration as the engine writes one (Docker's go-units HumanDuration, which Podman shares). */
const DURATION = /Less than a second|About a minute|About an hour|(\d+) (second|minute|hour|day|week|month|year)s?/;

const UNIT_MS: Record<string, number> = { second: SECOND, minute: MINUTE, hour: HOUR, day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY };

/** The shortest duration the words stand for, in ms; undefined for text that is not one. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match || match.index !== 0 || match[0] !== text) return undefined;
  if (text === 'Less than a second') return 0;
  if (text === 'About a minute') return MINUTE;
  if (text === 'About an hour') return HOUR;
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** A duration in the engine's words: "Less than a second", "5 seconds", "About a minute", "3 days". */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / HOUR);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / HOUR / 24 / 365)} years`;
}

/**
 * `status` as read at `readAtMs`, its duration moved on to `nowMs`: "Up 15 seconds" read two
 * minutes ago is "Up 2 minutes". A status without a duration ("Created") comes back as it is.
 */
export function currentStatus(status: string, readAtMs: number, nowMs: number): string {
  const match = DURATION.exec(status);
  const duration = match ? parseDuration(match[0]) : undefined;
  if (!match || duration === undefined || nowMs <= readAtMs) return status;
  return status.slice(0, match.index) + humanDuration(duration + (nowMs - readAtMs)) + status.slice(match.index + match[0].length);
}
