/**
 * The variables a system-prompt template can use. This description is what `chatbot validate`
 * checks templates against and what docs/templates.md is written from; the renderer builds a
 * value of exactly this shape (every key present, so Handlebars' strict mode never trips on a
 * field that is merely unknown for this visitor).
 */
export interface ContextField {
  readonly description: string;
  readonly example?: string;
  /** For objects: their fields. */
  readonly fields?: Readonly<Record<string, ContextField>>;
  /** For lists: what each item is. */
  readonly item?: ContextField;
}

const text = (description: string, example?: string): ContextField => ({
  description,
  ...(example ? { example } : {}),
});

export const promptContext: ContextField = {
  description: 'The root of the template context.',
  fields: {
    bot: {
      description: 'The bot and the business behind it.',
      fields: {
        name: text('The `name` from chatbot.config.yaml.', 'Acme Travel'),
      },
    },
    lang: text('Language code of this conversation.', 'ru'),
    language: text("The language's name in English.", 'Russian'),
    knowledge: text(
      'The cleaned knowledge: the whole knowledge base when it fits the budget, otherwise the blocks retrieved for this question. Each block starts with its id.',
    ),
    visitor: {
      description: 'What is known about the visitor; unknown values are empty strings.',
      fields: {
        name: text('Name, once given.', 'Maria'),
        email: text('Email, once given.'),
        phone: text('Phone, once given.'),
        page: text('URL of the page the visitor is on.', 'https://acme.example/tours'),
        pageTitle: text('Title of that page.'),
        referrer: text('Where the visitor came from.'),
        returning: text('true when the visitor has chatted before.'),
        earlier: text(
          "With memory.summaries: a short summary of the person's earlier conversations (same visitor, email or phone), one line each, latest first; empty otherwise.",
          '- 2026-11-03 (resolved): asked "Is Girona open on Monday?"; topics: Girona day trip; left their email.',
        ),
      },
    },
    now: {
      description: "The current moment in the business's timezone.",
      fields: {
        date: text('Date, YYYY-MM-DD.', '2026-11-21'),
        time: text('Time, HH:MM, 24-hour.', '16:05'),
        weekday: text('Day of the week in English.', 'Saturday'),
        iso: text('Full ISO timestamp with offset.', '2026-11-21T16:05:00+01:00'),
        timezone: text('IANA timezone.', 'Europe/Madrid'),
      },
    },
    hours: {
      description: 'Business hours, from handoff.hours.',
      fields: {
        configured: text('true when the config sets business hours.'),
        open: text('true when a human could answer now.'),
        nextOpen: text(
          'When hours next open, in words ("Monday 09:00"); empty when open or not configured.',
          'Monday 09:00',
        ),
        summary: text('The weekly hours in words.', 'Mon-Fri 09:00-18:00, Sat 10:00-14:00'),
      },
    },
    humanAvailable: text(
      'true when the bot may offer a human now (hours open and handoff possible).',
    ),
  },
};

/** Every dotted variable path with its description, for docs. */
export function listContextPaths(
  field: ContextField = promptContext,
  prefix = '',
): Array<{ path: string; field: ContextField }> {
  const out: Array<{ path: string; field: ContextField }> = [];
  for (const [name, child] of Object.entries(field.fields ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push({ path, field: child });
    out.push(...listContextPaths(child, path));
  }
  return out;
}
