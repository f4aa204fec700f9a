/**
 * The chatbot.config.yaml schema: the one source of truth for the config's types, its
 * validation, the shipped JSON Schema (schema/config.schema.json) and docs/config.md.
 * Every object is strict, so a typo is an error with a suggestion rather than a silent default.
 */
import { z } from 'zod';
import { channels } from './channels-schema.js';
import { duration, parseDuration } from './duration.js';
import { email, emailAddress } from './email-schema.js';
import { escalation, topicModel, topics } from './escalation-schema.js';
import { checkHours, dayValuePattern, isValidTimeZone } from './hours.js';
import { identity } from './identity-schema.js';
import { memory } from './memory-schema.js';
import { assistantsSchema, routing } from './routing-schema.js';

export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language code like "en", "ru" or "pt-BR"');

const url = z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL' });

/** A retention period: a duration in days or hours ("365d", "36h"), kept as milliseconds. */
const keepFor = (what: string) =>
  z
    .string()
    .regex(/^\d+(d|h)$/, 'Expected a period like "365d" or "48h"')
    .transform((text) => parseDuration(text)!)
    .optional()
    .describe(what);

const retention = z
  .strictObject({
    conversations: keepFor(
      'Delete a conversation (its messages, uploads and events) this long after its last activity.',
    ),
    uploads: keepFor("Delete visitors' uploaded files this long after they were sent."),
    ipAddresses: keepFor(
      "Forget the visitor's IP address this long after the last activity (country and city stay).",
    ),
  })
  .prefault({});

let regionNames: Intl.DisplayNames | undefined;
/**
 * An ISO 3166 country code, checked against the regions Intl knows: "UK" (an alias of "GB") and
 * "XX" are refused here rather than read as no country, with no phone library loaded to check.
 */
const countryPattern = /^[A-Z]{2}$/;
export const countryCode = z
  .string()
  .regex(countryPattern, 'Expected a country code like "ES", "GB" or "US"')
  .superRefine((code, context) => {
    // Zod runs this after a failed pattern too, and Intl throws on anything but a region code.
    if (!countryPattern.test(code)) return;
    const canonical = new Intl.Locale(`und-${code}`).region;
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    const known = ![code, 'Unknown Region'].includes(regionNames.of(code) ?? code);
    if (canonical !== code || !known)
      context.addIssue({
        code: 'custom',
        message:
          canonical !== code
            ? `"${code}" is an alias: write "${canonical}"`
            : `"${code}" is not a country code`,
      });
  });

const timeouts = z
  .strictObject({
    firstToken: duration('8s').describe(
      'Longest wait for the first token before the next provider is tried.',
    ),
    idle: duration('20s').describe(
      'Longest silence inside a streaming reply before it counts as stalled.',
    ),
    total: duration('60s').describe('Longest time for a whole reply from this provider.'),
  })
  .describe('Timeouts enforced by the cascade itself, per reply.');

const linkName = z
  .string()
  .min(1)
  .optional()
  .describe('A label for logs and metrics; defaults to the provider and model.');

const openaiLink = z
  .strictObject({
    provider: z
      .literal('openai')
      .describe('Any OpenAI-compatible API, through the official openai SDK.'),
    name: linkName,
    model: z.string().min(1).describe('Model id, e.g. gpt-4o-mini.'),
    apiKey: z
      .string()
      .min(1)
      .optional()
      .describe('API key; use ${OPENAI_API_KEY}. Local servers (Ollama, vLLM) need none.'),
    baseURL: url
      .optional()
      .describe('Another OpenAI-compatible endpoint: Mistral, Groq, xAI, Gemini, Ollama, vLLM.'),
    organization: z.string().optional().describe('OpenAI organization id, if your key needs one.'),
    temperature: z.number().min(0).max(2).optional().describe('Sampling temperature.'),
    timeouts: timeouts.prefault({}),
  })
  .describe('An OpenAI or OpenAI-compatible chat model.');

const anthropicLink = z
  .strictObject({
    provider: z.literal('anthropic').describe('Anthropic, through the official @anthropic-ai/sdk.'),
    name: linkName,
    model: z.string().min(1).describe('Model id, e.g. claude-sonnet-4-5.'),
    apiKey: z.string().min(1).describe('API key; use ${ANTHROPIC_API_KEY}.'),
    baseURL: url.optional().describe('Another Anthropic-compatible endpoint.'),
    temperature: z.number().min(0).max(1).optional().describe('Sampling temperature.'),
    timeouts: timeouts.prefault({}),
  })
  .describe('An Anthropic model.');

const offlineLink = z
  .strictObject({
    provider: z
      .literal('offline')
      .describe('Answers from the knowledge base alone, with no network.'),
    name: linkName,
  })
  .describe('The offline answerer: always available, used when no key is configured.');

export const cascadeLink = z.discriminatedUnion('provider', [
  openaiLink,
  anthropicLink,
  offlineLink,
]);

const budgetLimits = z
  .strictObject({
    calls: z
      .int()
      .min(0)
      .optional()
      .describe('Requests to paid providers (OpenAI, Anthropic) a day; each tool round is one.'),
    tokens: z
      .int()
      .min(0)
      .optional()
      .describe('Tokens (input and output, as the providers report them) a day.'),
  })
  .refine((limits) => limits.calls !== undefined || limits.tokens !== undefined, {
    message: 'Give calls, tokens or both',
  });

const tokenPrice = z
  .number()
  .min(0)
  .max(100_000)
  .describe('Price of one million tokens, in the currency the owner pays in.');

const prices = z
  .record(
    z.string().min(1),
    z.strictObject({
      input: tokenPrice,
      output: tokenPrice,
    }),
  )
  .describe(
    'What the models cost, per model id (or cascade link name): { "gpt-4o-mini": { input: 0.15, output: 0.6 } }, per 1M input and output tokens. `chatbot stats` estimates the cost of provider calls from it.',
  );

const budget = z
  .strictObject({
    bot: budgetLimits
      .optional()
      .describe('What the whole bot may spend a day, all conversations together.'),
    visitor: budgetLimits
      .optional()
      .describe(
        'What one conversation (one visitor, or one public API externalId) may spend a day.',
      ),
    timezone: z
      .string()
      .default('UTC')
      .refine(isValidTimeZone, { message: 'Expected an IANA timezone, e.g. UTC or Europe/Madrid' })
      .describe('Whose midnight starts a new day, an IANA timezone; UTC by default.'),
  })
  .describe(
    'A spending cap on paid providers. Over it, paid links are skipped and the offline answerer answers until the day ends.',
  );

const hours = z
  .looseObject({
    timezone: z.string().describe('IANA timezone the hours are in, e.g. Europe/Madrid.'),
    holidays: z
      .array(z.iso.date())
      .default([])
      .describe('Dates (YYYY-MM-DD) when nobody is available.'),
  })
  .catchall(
    z
      .string()
      .regex(
        dayValuePattern,
        'Expected "closed" or ranges like "09:00-18:00" or "09:00-13:00, 14:00-18:00"',
      ),
  )
  .superRefine(checkHours)
  .describe(
    'When humans answer. Day keys: mon..sun or a range like mon-fri; values: "09:00-18:00" or "closed".',
  );

const handoff = z
  .strictObject({
    keywords: z
      .record(languageCode, z.array(z.string().min(1)))
      .default({})
      .describe(
        'Phrases per language that ask for a human; added to the built-in ones for en, ru, es, de, fr, it, pt and uk.',
      ),
    sentimentThreshold: z
      .number()
      .min(-1)
      .max(0)
      .default(-0.6)
      .describe(
        'Hand off when the sentiment of the recent visitor messages falls below this (-1..0).',
      ),
    failedAnswers: z
      .int()
      .min(1)
      .default(3)
      .describe('Hand off after this many answers in a row the bot could not give.'),
    maxAiMessages: z
      .int()
      .min(1)
      .default(30)
      .describe('Hand off after this many AI replies in one conversation.'),
    waitTimeout: duration('5m').describe(
      'How long a visitor waits for a human before being asked for contact details.',
    ),
    hours: hours.optional(),
  })
  .describe('When and how a conversation goes to a human.');

const proactive = z
  .strictObject({
    afterSeconds: z
      .int()
      .min(1)
      .optional()
      .describe('Show the proactive message after this many seconds on a page.'),
    scrollPercent: z
      .int()
      .min(1)
      .max(100)
      .optional()
      .describe('Or once the visitor has scrolled this far down.'),
  })
  .describe(
    'A message that opens the conversation by itself; its text is ui.proactive in the knowledge file.',
  );

const widget = z
  .strictObject({
    title: z
      .string()
      .min(1)
      .optional()
      .describe('Header of the chat window; defaults to the bot name.'),
    color: z
      .string()
      .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'Expected a hex colour like "#2563eb"')
      .default('#2563eb')
      .describe('Accent colour.'),
    position: z
      .enum(['bottom-right', 'bottom-left'])
      .default('bottom-right')
      .describe('Corner of the launcher.'),
    preChatForm: z
      .boolean()
      .default(false)
      .describe('Ask for name and email before the first message.'),
    typingPreview: z
      .boolean()
      .default(true)
      .describe("Send the visitor's draft to operators as a live preview (never stored)."),
    rating: z
      .boolean()
      .default(true)
      .describe('Ask the visitor to rate the conversation (1-5) when it is resolved.'),
    feedback: z
      .boolean()
      .default(false)
      .describe(
        'Thumbs up and down under each bot answer; votes are stored with the answer and its cited blocks (chatbot kb stats, chatbot gaps).',
      ),
    proactive: z.union([proactive, z.literal(false)]).default(false),
  })
  .describe('The website widget.');

const inbox = z
  .strictObject({
    canned: z
      .array(
        z.strictObject({
          shortcut: z
            .string()
            .regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and dashes')
            .describe('What the operator types after "/" in the inbox to pick it.'),
          text: z
            .union([z.string().min(1), z.record(languageCode, z.string().min(1))])
            .describe('The reply, or one per language: { en: "…", ru: "…" }.'),
        }),
      )
      .default([])
      .describe('Canned replies operators insert in `chatbot inbox` by typing "/".'),
  })
  .describe('The operator inbox.');

const assignment = z
  .strictObject({
    defaultTeam: z
      .string()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, 'A team name: letters, digits, _ and -')
      .optional()
      .describe(
        'The team a chat goes to at handoff when no routing rule names one; none: the shared queue, which every agent serves.',
      ),
    maxOpenPerAgent: z
      .int()
      .min(1)
      .default(5)
      .describe(
        'How many open (waiting or taken) chats an agent is given automatically before new ones wait in the queue.',
      ),
    requeueAfter: duration('1m').describe(
      'How long an agent may be gone (every inbox of theirs closed) before the chats assigned to them that still wait go back to the queue, to the next agent online.',
    ),
  })
  .describe(
    'Who gets a chat at handoff: an online agent of its team who speaks its language, in turn (docs/routing.md).',
  );

const notifyEvent = z.enum(['lead', 'handoff', 'resolved', 'low-rating', 'assigned', 'escalated']);

const notify = z
  .strictObject({
    telegram: z
      .strictObject({
        token: z.string().min(1).describe('Bot token; use ${TELEGRAM_BOT_TOKEN}.'),
        chatId: z.union([z.string().min(1), z.int()]).describe('Chat or channel to post to.'),
        apiBaseUrl: url.default('https://api.telegram.org').describe('Telegram Bot API base URL.'),
        events: z.array(notifyEvent).default(['lead', 'handoff']).describe('What is posted.'),
      })
      .optional()
      .describe('Post leads and handoffs to a Telegram chat.'),
    webhooks: z
      .array(
        z.strictObject({
          url: url.describe('Where events are POSTed as JSON.'),
          secret: z
            .string()
            .min(1)
            .describe('HMAC-SHA256 key for the X-Chatbot-Signature-256 header.'),
          events: z
            .array(notifyEvent)
            .default(['lead', 'handoff'])
            .describe('Which events are sent.'),
        }),
      )
      .default([])
      .describe('Signed webhooks to a CRM or automation.'),
    slack: z
      .strictObject({
        webhookUrl: url.describe('The Slack incoming webhook; use ${SLACK_WEBHOOK_URL}.'),
        events: z.array(notifyEvent).default(['lead', 'handoff']).describe('What is posted.'),
      })
      .optional()
      .describe('Post leads and handoffs to a Slack channel through an incoming webhook.'),
    email: z
      .strictObject({
        to: z.array(emailAddress).min(1).describe('Who gets the alerts.'),
        events: z.array(notifyEvent).default(['lead', 'handoff']).describe('What is mailed.'),
      })
      .optional()
      .describe('Mail leads and handoffs to the owners, through email.smtp.'),
    lowRating: z
      .int()
      .min(1)
      .max(4)
      .default(2)
      .describe(
        'A rating at or below this (1–5 stars) is a `low-rating` event, for channels that list it in their events.',
      ),
  })
  .describe('Where the owner is told about leads and handoffs.');

const deploy = z
  .strictObject({
    keep: z
      .int()
      .min(2)
      .max(100)
      .default(10)
      .describe('How many deployed versions the server keeps for `chatbot rollback`.'),
    targets: z
      .record(
        z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'Lower-case letters, digits and dashes'),
        z.strictObject({
          url: url.describe('The running server, e.g. https://bot.example.com.'),
          tokenEnv: z
            .string()
            .regex(/^[A-Z_][A-Z0-9_]*$/, 'An environment variable name')
            .default('CHATBOT_ADMIN_TOKEN')
            .describe("The environment variable holding the server's CHATBOT_ADMIN_TOKEN."),
        }),
      )
      .default({})
      .describe('Servers `chatbot deploy <target>` ships to; the first is the default.'),
  })
  .describe('Where `chatbot deploy` ships the bot, and how many versions a server keeps.');

const knowledge = z
  .discriminatedUnion('source', [
    z
      .strictObject({
        source: z.literal('dir'),
        dir: z
          .string()
          .min(1)
          .default('kb')
          .describe('Folder with <lang>.json files, relative to the config.'),
      })
      .describe('Knowledge files in a folder of this project (watched in `chatbot dev`).'),
    z
      .strictObject({
        source: z.literal('git'),
        url: z.string().min(1).describe('Repository to clone (https, ssh or a local path).'),
        branch: z.string().min(1).default('main').describe('Branch to follow.'),
        path: z
          .string()
          .default('kb')
          .describe('Folder inside the repository holding <lang>.json.'),
        interval: duration('5m').describe('How often to pull.'),
        webhookSecret: z
          .string()
          .min(1)
          .optional()
          .describe('Secret for POST /hooks/git (X-Hub-Signature-256), to pull at once on push.'),
      })
      .describe('Knowledge pulled from a git repository.'),
    z
      .strictObject({
        source: z.literal('http'),
        url: z
          .string()
          .regex(/^https?:\/\/.*\{lang\}/, 'Expected an http(s) URL containing {lang}')
          .describe('URL template with {lang}, e.g. https://cdn.example/kb/{lang}.json.'),
        interval: duration('5m').describe('How often to poll (with ETag / If-None-Match).'),
      })
      .describe('Knowledge fetched over HTTP.'),
  ])
  .describe('Where the knowledge comes from.');

export const configSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe('The bot and company name, shown in the widget and the prompt.'),
    languages: z
      .strictObject({
        default: languageCode
          .default('en')
          .describe('Language used when the page gives none we support.'),
        supported: z
          .array(languageCode)
          .min(1)
          .optional()
          .describe('Languages the bot speaks; each needs kb/<lang>.json. Defaults to [default].'),
      })
      .prefault({})
      .describe('Languages the bot speaks.'),
    server: z
      .strictObject({
        port: z.coerce
          .number()
          .int()
          .min(0)
          .max(65535)
          .default(3000)
          .describe('Port to listen on (0 picks a free one).'),
        publicUrl: url
          .optional()
          .describe(
            'The address the server is reached at from outside: the embed snippet, and the inbox command in notifications.',
          ),
        origins: z
          .array(z.string().min(1))
          .default([])
          .describe(
            'Websites allowed to embed the widget ("https://acme.example"); "*" allows any. A reload or deploy applies a change without a restart.',
          ),
        trustProxy: z
          .union([z.boolean(), z.int().min(0), z.string()])
          .default(false)
          .describe(
            'Express trust proxy setting: true, a hop count, or addresses; needed behind nginx for real IPs.',
          ),
        host: z
          .string()
          .min(1)
          .optional()
          .describe(
            'Address to listen on; default 127.0.0.1 for `chatbot dev`, 0.0.0.0 for `chatbot start`.',
          ),
        demoPage: z
          .boolean()
          .optional()
          .describe(
            'Serve the demo page at /; default on for `chatbot dev`, off for `chatbot start`.',
          ),
        geo: z
          .strictObject({
            enabled: z
              .boolean()
              .default(true)
              .describe(
                "Look up the visitor's country and city from their IP (honouring trustProxy), offline; stored on the conversation.",
              ),
            database: z
              .string()
              .min(1)
              .optional()
              .describe(
                'An MMDB file to read instead of the packaged GeoLite2 City data, relative to the config (e.g. one kept fresh by geoipupdate).',
              ),
          })
          .prefault({})
          .describe('Where visitors are, from an offline IP database.'),
        shutdownGrace: duration('10s').describe(
          'How long replies in flight may take to finish on shutdown.',
        ),
        recovery: z
          .strictObject({
            maxAge: duration('10m').describe(
              'A question left unanswered by a crash or a cut shutdown is answered at the next start when it is younger than this; an older one gets an apology asking the visitor to ask again. "0s" always apologizes.',
            ),
          })
          .prefault({})
          .describe('Questions acknowledged before a crash or a restart, and never answered.'),
        limits: z
          .strictObject({
            messageChars: z
              .int()
              .min(1)
              .max(100_000)
              .default(4000)
              .describe('Longest visitor or operator message.'),
            uploadMegabytes: z.number().positive().max(100).default(10).describe('Largest upload.'),
            messagesPerMinute: z
              .int()
              .min(1)
              .default(20)
              .describe('Messages one conversation may send per minute.'),
            requestsPerMinute: z
              .int()
              .min(1)
              .default(300)
              .describe('HTTP requests and connections per IP per minute.'),
          })
          .prefault({})
          .describe('Limits that protect the server and its visitors.'),
      })
      .prefault({})
      .describe('The HTTP and realtime server.'),
    api: z
      .strictObject({
        keys: z
          .array(z.string().min(16, 'API keys must be at least 16 characters'))
          .default([])
          .describe(
            'Keys for the public chat API (Authorization: Bearer …); use ${CHATBOT_API_KEY}. Empty turns the API off.',
          ),
      })
      .prefault({})
      .describe('The public synchronous chat API, POST /api/v1/chat.'),
    storage: z
      .strictObject({
        driver: z
          .enum(['lowdb', 'postgres'])
          .default('lowdb')
          .describe(
            'Storage driver: lowdb is embedded and needs no service; postgres lets several servers share one database (docs/scaling.md).',
          ),
        dir: z
          .string()
          .min(1)
          .default('data')
          .describe(
            'Folder for conversations (lowdb), and with either driver for uploaded files, releases and keys; relative to the config.',
          ),
        retention: retention.describe(
          'How long stored data is kept; applied by the server once a day and by `chatbot conversations purge`. Unset keeps everything.',
        ),
        url: z
          .string()
          .regex(
            /^postgres(ql)?:\/\//,
            'Expected an address like postgres://user:password@host:5432/db',
          )
          .optional()
          .describe(
            'The PostgreSQL database, with driver postgres; use ${DATABASE_URL}. Apply its schema with `chatbot migrate`.',
          ),
      })
      .superRefine((storage, context) => {
        if (storage.driver === 'postgres' && !storage.url)
          context.addIssue({
            code: 'custom',
            path: ['driver'],
            message: 'storage.driver postgres needs storage.url, e.g. ${DATABASE_URL}',
          });
      })
      .prefault({})
      .describe('Where conversations are stored.'),
    cluster: z
      .strictObject({
        redis: z
          .string()
          .regex(/^rediss?:\/\//, 'Expected an address like redis://host:6379')
          .optional()
          .describe(
            'Redis that carries realtime events between servers sharing one PostgreSQL database; use ${REDIS_URL}.',
          ),
        name: z
          .string()
          .regex(/^[\w.:-]{1,64}$/, 'Expected up to 64 letters, digits, dots, colons or dashes')
          .default('chatbot')
          .describe(
            'The Redis stream the servers of one install share; another install on the same Redis needs another name.',
          ),
      })
      .prefault({})
      .describe('Several servers behind one address (docs/scaling.md).'),
    knowledge: knowledge.default({ source: 'dir', dir: 'kb' }),
    prompts: z
      .strictObject({
        dir: z
          .string()
          .min(1)
          .default('templates')
          .describe('Folder with the Handlebars templates.'),
        system: z
          .string()
          .regex(/\.hbs$/, 'Expected a .hbs file name')
          .default('system.hbs')
          .describe(
            'System prompt template; system.<lang>.hbs beside it overrides it per language.',
          ),
      })
      .prefault({})
      .describe('The system prompt templates.'),
    ai: z
      .strictObject({
        cascade: z
          .array(cascadeLink)
          .min(1)
          .default([{ provider: 'offline' }])
          .describe('Providers tried in order; a failure or hang moves to the next.'),
        maxTokens: z.int().min(1).max(32_000).default(600).describe('Longest reply, in tokens.'),
        historyTokens: z
          .int()
          .min(0)
          .max(100_000)
          .default(2000)
          .describe(
            'How much of the conversation goes to the model with each question, in tokens; older turns are left out first.',
          ),
        breaker: z
          .strictObject({
            failures: z
              .int()
              .min(1)
              .default(3)
              .describe('Failures in a row after which a provider is skipped.'),
            openFor: duration('30s').describe(
              'How long it is skipped before one request probes it again.',
            ),
          })
          .prefault({})
          .describe('The circuit breaker each provider in the cascade has.'),
        budget: budget.optional(),
        prices: prices.optional(),
      })
      .prefault({})
      .describe('Who writes the answers.'),
    retrieval: z
      .strictObject({
        wholeKnowledgeTokens: z
          .int()
          .min(0)
          .default(6000)
          .describe(
            'A language whose whole knowledge fits this many tokens goes whole into the prompt; larger ones are retrieved per question.',
          ),
        topK: z
          .int()
          .min(1)
          .max(50)
          .default(6)
          .describe('How many blocks retrieval puts in the prompt.'),
        minConfidence: z
          .number()
          .min(0)
          .max(1)
          .default(0.7)
          .describe(
            'How sure the offline answerer must be (0..1) that the best block answers a question before it answers; below it, it gives the fallback and counts a failed answer. Raise it for fewer wrong answers, lower it for fewer refusals (docs/knowledge.md).',
          ),
        minClarifyConfidence: z
          .number()
          .min(0)
          .max(1)
          .default(0.5)
          .describe(
            'Between this confidence and minConfidence the offline answerer does not refuse outright: it asks "did you mean…" with the two best topics, which the widget shows as buttons. At or above minConfidence it turns the level off.',
          ),
        minCoverage: z
          .number()
          .min(0)
          .max(1)
          .default(0.5)
          .describe(
            "How much of a question (0..1) a block must match to be cited for a model's reply; a reply citing nothing counts as a failed answer.",
          ),
      })
      .prefault({})
      .describe('How knowledge is chosen for a question.'),
    leads: z
      .strictObject({
        phoneCountry: countryCode
          .optional()
          .describe(
            'Where local phone numbers (no +) are from, after the country of the conversation\'s language: with ES, "612 345 678" in English is +34612345678.',
          ),
      })
      .prefault({})
      .describe('Contact details the bot picks out of visitor messages.'),
    handoff: handoff.prefault({}),
    topics,
    topicModel,
    escalation,
    assignment: assignment.prefault({}),
    memory,
    identity,
    assistants: assistantsSchema(cascadeLink),
    routing,
    widget: widget.prefault({}),
    inbox: inbox.prefault({}),
    notify: notify.prefault({}),
    email,
    channels,
    deploy: deploy.prefault({}),
  })
  .describe('chatbot.config.yaml: one bot, as code.');

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema>;
export type CascadeLink = Config['ai']['cascade'][number];
export type KnowledgeSource = Config['knowledge'];
