/**
 * The value a prompt template renders with. Every documented key is present (unknown values are
 * empty strings), because templates render in strict mode; the shape is the one in context.ts.
 */

import type { Config } from '../config/schema.js';
import { describeWeek, localMoment, nextOpening, weekdayName } from '../domain/business-hours.js';
import { humanAvailable } from '../domain/handoff.js';
import { languageName } from './language-instruction.js';

export interface VisitorFacts {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly page?: string;
  readonly pageTitle?: string;
  readonly referrer?: string;
  readonly returning?: boolean;
  /** A summary of the person's earlier conversations (memory.summaries), one line each. */
  readonly earlier?: string;
}

export interface PromptInput {
  readonly lang: string;
  readonly knowledge: string;
  readonly visitor?: VisitorFacts;
  readonly now?: Date;
}

export function buildPromptContext(config: Config, input: PromptInput) {
  const now = input.now ?? new Date();
  const hours = config.handoff.hours;
  const timezone = hours?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const local = localMoment(now, timezone);
  const open = humanAvailable(config, now);
  const visitor = input.visitor ?? {};
  return {
    bot: { name: config.name },
    lang: input.lang,
    language: languageName(input.lang),
    knowledge: input.knowledge,
    visitor: {
      name: visitor.name ?? '',
      email: visitor.email ?? '',
      phone: visitor.phone ?? '',
      page: visitor.page ?? '',
      pageTitle: visitor.pageTitle ?? '',
      referrer: visitor.referrer ?? '',
      returning: visitor.returning ?? false,
      earlier: visitor.earlier ?? '',
    },
    now: {
      date: local.date,
      time: local.time,
      weekday: weekdayName(local.weekday),
      iso: isoWithOffset(now, timezone),
      timezone,
    },
    hours: {
      configured: hours !== undefined,
      open,
      nextOpen: hours ? (nextOpening(hours, now)?.label ?? '') : '',
      summary: hours ? describeWeek(hours) : '',
    },
    humanAvailable: open,
  };
}

export type PromptContext = ReturnType<typeof buildPromptContext>;

function isoWithOffset(instant: Date, timeZone: string): string {
  const local = localMoment(instant, timeZone);
  const asUtc = Date.parse(`${local.date}T${local.time}:00Z`);
  const offsetMinutes = Math.round(
    (asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000,
  );
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${local.date}T${local.time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
