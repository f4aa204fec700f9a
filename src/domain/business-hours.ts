/**
 * Business hours at an instant: open or not, when they next open, and the week in words, and
 * what a day key of the config ("mon-fri") means; the config only checks the shape.
 * All calendar arithmetic goes through Intl with the configured IANA zone, so it stays right
 * across daylight-saving changes; nothing here uses the server's own timezone.
 */

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const dayKeyPattern = /^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?$/;

/** Expands a key like "mon-fri" to the days it covers; undefined when malformed or reversed. */
export function expandDayKey(key: string): Weekday[] | undefined {
  const match = dayKeyPattern.exec(key);
  if (!match) return undefined;
  const from = weekdays.indexOf(match[1] as Weekday);
  const to = match[3] ? weekdays.indexOf(match[3] as Weekday) : from;
  if (to < from) return undefined;
  return weekdays.slice(from, to + 1);
}

export interface HoursConfig {
  readonly timezone: string;
  readonly holidays: readonly string[];
  readonly [day: string]: unknown;
}

interface LocalMoment {
  readonly date: string; // YYYY-MM-DD
  readonly weekday: Weekday;
  readonly minutes: number; // since local midnight
  readonly time: string; // HH:MM
}

type Ranges = ReadonlyArray<readonly [number, number]>;

const weekdayNames: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localMoment(instant: Date, timeZone: string): LocalMoment {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: parts.weekday!.toLowerCase().slice(0, 3) as Weekday,
    minutes: hour * 60 + minute,
    time: `${parts.hour}:${parts.minute}`,
  };
}

export function weekdayName(day: Weekday): string {
  return weekdayNames[day];
}

/** The configured ranges for each weekday, in minutes since midnight. */
export function weeklyRanges(hours: HoursConfig): Record<Weekday, Ranges> {
  const week = Object.fromEntries(
    weekdays.map((day) => [day, [] as Array<[number, number]>]),
  ) as Record<Weekday, Array<[number, number]>>;
  for (const [key, value] of Object.entries(hours)) {
    const days = expandDayKey(key);
    if (!days || typeof value !== 'string' || value === 'closed') continue;
    const ranges = value.split(',').map((range) => {
      const [from, to] = range.trim().split('-') as [string, string];
      return [toMinutes(from), toMinutes(to)] as [number, number];
    });
    for (const day of days) week[day].push(...ranges);
  }
  for (const day of weekdays) week[day].sort((a, b) => a[0] - b[0]);
  return week;
}

function toMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** isOpen is asked on every message; the answer only changes on the minute. */
const openCache = new WeakMap<HoursConfig, { minute: number; open: boolean }>();

export function isOpen(hours: HoursConfig, instant: Date): boolean {
  const minute = Math.floor(instant.getTime() / 60_000);
  const cached = openCache.get(hours);
  if (cached?.minute === minute) return cached.open;
  const open = computeIsOpen(hours, instant);
  openCache.set(hours, { minute, open });
  return open;
}

function computeIsOpen(hours: HoursConfig, instant: Date): boolean {
  const local = localMoment(instant, hours.timezone);
  if (hours.holidays.includes(local.date)) return false;
  return weeklyRanges(hours)[local.weekday].some(
    ([from, to]) => local.minutes >= from && local.minutes < to,
  );
}

export interface NextOpening {
  /** In words for people and prompts, e.g. "Monday 09:00" or "today 14:00". */
  readonly label: string;
  readonly date: string;
  readonly time: string;
}

/** When hours next open after `instant` (undefined when open now or never open). */
export function nextOpening(hours: HoursConfig, instant: Date): NextOpening | undefined {
  if (isOpen(hours, instant)) return undefined;
  const week = weeklyRanges(hours);
  const today = localMoment(instant, hours.timezone);
  // Walk forward one local day at a time; 12 h steps from noon avoid DST's 23 and 25 h days.
  let probe = new Date(instant.getTime());
  for (let offset = 0; offset < 400; offset++) {
    const local = offset === 0 ? today : localMoment(probe, hours.timezone);
    if (offset > 0 && local.date === today.date) {
      probe = new Date(probe.getTime() + 12 * 3_600_000);
      continue;
    }
    if (!hours.holidays.includes(local.date)) {
      const start = week[local.weekday].find(([from]) => offset > 0 || from > today.minutes);
      if (start) {
        const time = formatMinutes(start[0]);
        const label =
          local.date === today.date ? `today ${time}` : `${weekdayName(local.weekday)} ${time}`;
        return { label, date: local.date, time };
      }
    }
    probe = new Date(middayAfter(probe, hours.timezone));
  }
  return undefined;
}

/** An instant around noon of the local day after the one `instant` falls on. */
function middayAfter(instant: Date, timeZone: string): number {
  const local = localMoment(instant, timeZone);
  const toNoon = (12 * 60 - local.minutes) * 60_000;
  return instant.getTime() + toNoon + 24 * 3_600_000;
}

/** The week in words: "Mon-Fri 09:00-18:00, Sat 10:00-14:00", merging equal neighbours. */
export function describeWeek(hours: HoursConfig): string {
  const week = weeklyRanges(hours);
  const text = (day: Weekday) =>
    week[day].map(([from, to]) => `${formatMinutes(from)}-${formatMinutes(to)}`).join(', ');
  const groups: Array<{ from: Weekday; to: Weekday; hours: string }> = [];
  for (const day of weekdays) {
    const value = text(day);
    const last = groups[groups.length - 1];
    if (last && last.hours === value) last.to = day;
    else groups.push({ from: day, to: day, hours: value });
  }
  const label = (day: Weekday) => day[0]!.toUpperCase() + day.slice(1);
  return groups
    .filter((group) => group.hours)
    .map(
      (group) =>
        `${label(group.from)}${group.from === group.to ? '' : `-${label(group.to)}`} ${group.hours}`,
    )
    .join(', ');
}
