/**
 * The daily spending cap on paid providers (ai.budget): calls and tokens for the whole bot and
 * for each conversation. A visitor token is free and can ask for a reply every few seconds, so
 * without a cap anyone can spend the bot's API money. Over budget, the engine skips the paid
 * links and the offline answerer answers until the day ends.
 *
 * Spending is counted where it happens (each request to a paid provider, and the tokens it
 * reports), and checked before each reply: a reply already under way finishes, so a day can end a
 * little over its limit, by at most one reply. Counts live in memory: a restart starts the day's
 * count again. The day is the calendar day in `timezone`, read from an injected clock.
 */

export interface BudgetLimits {
  readonly calls?: number | undefined;
  readonly tokens?: number | undefined;
}

export interface BudgetSettings {
  readonly bot?: BudgetLimits | undefined;
  readonly visitor?: BudgetLimits | undefined;
  readonly timezone: string;
}

export type BudgetScope = 'bot' | 'visitor';

export interface Spending {
  calls: number;
  tokens: number;
}

/** A budget was found spent: paid providers are skipped in this scope until the day ends. */
export interface BudgetReached {
  readonly scope: BudgetScope;
  /** The conversation, for a visitor's budget. */
  readonly key?: string;
  /** The day it applies to, YYYY-MM-DD in the budget's timezone. */
  readonly day: string;
  readonly timezone: string;
  readonly spent: Readonly<Spending>;
  readonly limits: BudgetLimits;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a timezone, as YYYY-MM-DD. */
export function dayIn(instant: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const isOver = (spent: Spending, limits: BudgetLimits | undefined): limits is BudgetLimits =>
  limits !== undefined &&
  ((limits.calls !== undefined && spent.calls >= limits.calls) ||
    (limits.tokens !== undefined && spent.tokens >= limits.tokens));

export class SpendingBudget {
  private day = '';
  private readonly bot: Spending = { calls: 0, tokens: 0 };
  private readonly visitors = new Map<string, Spending>();
  /** Scopes already reported spent today: one report per crossing, not one per reply. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly onReached?: (reached: BudgetReached) => void,
  ) {}

  /** Which budget is spent for today, if any: then no paid provider may be asked. */
  spentScope(settings: BudgetSettings, key: string | undefined): BudgetScope | undefined {
    const day = this.startDay(settings.timezone);
    if (isOver(this.bot, settings.bot)) {
      this.report('bot', undefined, day, settings, this.bot, settings.bot);
      return 'bot';
    }
    // A raised limit (a reload) ends the crossing: the next one is reported again.
    this.reported.delete('bot');
    if (key === undefined || settings.visitor === undefined) return undefined;
    const visitor = this.visitors.get(key);
    if (visitor && isOver(visitor, settings.visitor)) {
      this.report('visitor', key, day, settings, visitor, settings.visitor);
      return 'visitor';
    }
    this.reported.delete(`visitor:${key}`);
    return undefined;
  }

  /** Spending by a paid provider: a request (calls: 1) or the tokens it reported. */
  spend(settings: BudgetSettings, key: string | undefined, spent: Partial<Spending>): void {
    this.startDay(settings.timezone);
    this.bot.calls += spent.calls ?? 0;
    this.bot.tokens += spent.tokens ?? 0;
    if (key === undefined || settings.visitor === undefined) return;
    let visitor = this.visitors.get(key);
    if (!visitor) {
      visitor = { calls: 0, tokens: 0 };
      this.visitors.set(key, visitor);
    }
    visitor.calls += spent.calls ?? 0;
    visitor.tokens += spent.tokens ?? 0;
  }

  /** The whole bot's spending today, for metrics. */
  spentToday(timezone: string): Readonly<Spending> {
    this.startDay(timezone);
    return { ...this.bot };
  }

  private startDay(timezone: string): string {
    const day = dayIn(this.now(), timezone);
    if (day !== this.day) {
      this.day = day;
      this.bot.calls = 0;
      this.bot.tokens = 0;
      this.visitors.clear();
      this.reported.clear();
    }
    return day;
  }

  private report(
    scope: BudgetScope,
    key: string | undefined,
    day: string,
    settings: BudgetSettings,
    spent: Spending,
    limits: BudgetLimits,
  ): void {
    const id = key === undefined ? scope : `${scope}:${key}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.onReached?.({
      scope,
      ...(key !== undefined ? { key } : {}),
      day,
      timezone: settings.timezone,
      spent: { ...spent },
      limits,
    });
  }
}
