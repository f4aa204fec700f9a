/**
 * The error catalogue: every finding, every CLI failure and every error the server sends a
 * client (a socket acknowledgement, an `error` event, a REST body) has a permanent code here.
 * `npm run generate` writes docs/errors.md from these tables, and a test fails when the
 * two drift apart, so a code in a user's terminal or a client's log can always be looked up.
 * Owns: codes, titles and hints. Must not import anything else of ours: it is the bottom layer.
 */
export interface ErrorDefinition {
  /** One line, shown as the heading in docs/errors.md. */
  readonly title: string;
  /** What to do about it; shown under the finding in the terminal. */
  readonly hint: string;
  /** Which area raised it, used to group docs/errors.md. */
  readonly area: 'config' | 'knowledge' | 'templates' | 'tests' | 'files' | 'server' | 'cli';
}

export const errorCatalogue = {
  CONFIG_NOT_FOUND: {
    area: 'config',
    title: 'No chatbot.config.yaml in the project directory',
    hint: 'Run the command inside a bot project, pass its directory, or create one with `chatbot init`.',
  },
  CONFIG_SYNTAX: {
    area: 'config',
    title: 'The config is not valid YAML',
    hint: 'Check indentation and quoting near the position shown; a value with ": " or "#" needs quotes.',
  },
  CONFIG_DUPLICATE_KEY: {
    area: 'config',
    title: 'A key appears twice in the same mapping',
    hint: 'Remove one of the two; YAML would otherwise silently keep only one of them.',
  },
  CONFIG_ALIAS_LIMIT: {
    area: 'config',
    title: 'Too many YAML aliases',
    hint: 'The file expands aliases (*name) beyond a safe size, as an alias bomb does. Write the values out.',
  },
  CONFIG_UNKNOWN_KEY: {
    area: 'config',
    title: 'Unknown key in the config',
    hint: 'Check the spelling against docs/config.md; editors that read the JSON Schema complete keys for you.',
  },
  CONFIG_MISSING_KEY: {
    area: 'config',
    title: 'A required key is missing',
    hint: 'Add the key; docs/config.md lists what each section needs.',
  },
  CONFIG_INVALID_VALUE: {
    area: 'config',
    title: 'A config value has the wrong type or form',
    hint: 'docs/config.md gives the type, the allowed values and the default of every key.',
  },
  CONFIG_ENV_MISSING: {
    area: 'config',
    title: 'An environment variable used by the config is not set',
    hint: 'Set it in the environment or in .env, or give a default with ${NAME:-default}.',
  },
  CONFIG_ENV_SYNTAX: {
    area: 'config',
    title: 'Malformed ${...} interpolation',
    hint: 'Write ${NAME} or ${NAME:-default}; NAME is letters, digits and underscores. Write $${ for a literal ${.',
  },
  CONFIG_ENV_NOT_ALLOWED: {
    area: 'config',
    title: 'A field that takes no environment variable has a ${...}',
    hint: 'Write the value itself. Only secrets and the addresses of services take ${NAME} (API keys, tokens, webhook secrets and URLs; docs/config.md lists them), so no variable can reach a text visitors see.',
  },
  CONFIG_ENV_RESERVED: {
    area: 'config',
    title: "The config uses the server's own secret",
    hint: 'Remove it: CHATBOT_ADMIN_TOKEN and CHATBOT_SECRET are read by the server itself and are never interpolated into the config, which travels in bundles and reaches providers and logs.',
  },
  CONFIG_PROVIDER_SKIPPED: {
    area: 'config',
    title: 'A cascade link is skipped because its settings use an unset variable',
    hint: 'Set the variable (usually an API key) to use this provider; the rest of the cascade still answers.',
  },
  CONFIG_LANGUAGE: {
    area: 'config',
    title: 'The languages section is inconsistent',
    hint: 'The default language must be one of the supported languages, each listed once.',
  },
  CONFIG_HOURS: {
    area: 'config',
    title: 'Business hours are invalid',
    hint: 'Use an IANA timezone (Europe/Madrid), day keys like mon-fri or sat, and ranges like "09:00-18:00".',
  },
  CONFIG_UNUSED_LANGUAGE: {
    area: 'config',
    title: 'A setting names a language the bot does not support',
    hint: 'Add the language to languages.supported or remove the setting.',
  },
  CONFIG_UNUSED_PRICE: {
    area: 'config',
    title: 'A price is set for a model the cascade does not use',
    hint: 'Key ai.prices by the model id of a cascade link (e.g. gpt-4o-mini) or by its name; check the spelling.',
  },
  CONFIG_NO_ORIGINS: {
    area: 'config',
    title: 'No website may embed the widget',
    hint: 'List the sites that embed the widget in server.origins, e.g. ["https://www.example.com"] (scheme and host, no path). Until then, browsers on those sites are refused and the chat does not appear.',
  },
  CONFIG_EMAIL_NOT_SET: {
    area: 'config',
    title: 'Email is used but no SMTP server is set',
    hint: 'Add an email section with from and smtp (host, port, user, pass from ${VAR}s), or drop notify.email (docs/channels.md).',
  },
  CONFIG_ESCALATION: {
    area: 'config',
    title: 'An escalation rule cannot work as written',
    hint: 'Compare only the attributes a conversation has (lang, channel, country, city, page, email, phone, name, utm_*), and list escalated in the events of a notify channel for then.notify (docs/routing.md).',
  },
  CONFIG_UNKNOWN_ASSISTANT: {
    area: 'config',
    title: 'A routing rule names an assistant that is not configured',
    hint: 'Add the assistant under `assistants`, fix the spelling, or use "default" for the bot configured at the top level (docs/routing.md).',
  },
  CONFIG_ROUTING_NO_HOURS: {
    area: 'config',
    title: 'A routing rule reads business hours and none are set',
    hint: 'Set handoff.hours (timezone and opening hours), or remove `hours` from the rule.',
  },
  CONFIG_ASSISTANT_NO_KNOWLEDGE: {
    area: 'config',
    title: "No knowledge block carries an assistant's tags",
    hint: 'Tag the blocks the assistant should answer from ("tags" in kb/<lang>.json), or fix the tags in assistants.<name>.knowledge: until then it can only give the fallback.',
  },
  KB_MISSING_FILE: {
    area: 'knowledge',
    title: 'A supported language has no knowledge file',
    hint: 'Create kb/<lang>.json (copy another language and translate it) or drop the language from languages.supported.',
  },
  KB_UNUSED_FILE: {
    area: 'knowledge',
    title: 'A knowledge file is for a language the bot does not support',
    hint: 'Add the language to languages.supported, or delete the file.',
  },
  KB_SYNTAX: {
    area: 'knowledge',
    title: 'The knowledge file is not valid JSON',
    hint: 'Check the brackets, quotes and commas near the position shown.',
  },
  KB_TRAILING_COMMA: {
    area: 'knowledge',
    title: 'Trailing comma in JSON',
    hint: 'JSON allows no comma after the last item of an object or array: remove it.',
  },
  KB_DUPLICATE_KEY: {
    area: 'knowledge',
    title: 'A key appears twice in the same object',
    hint: 'JSON parsers keep only the last one: remove or rename the other.',
  },
  KB_UNKNOWN_KEY: {
    area: 'knowledge',
    title: 'Unknown key in a knowledge file',
    hint: 'Check the spelling against docs/knowledge.md; editors that read the $schema complete keys for you.',
  },
  KB_MISSING_KEY: {
    area: 'knowledge',
    title: 'A required key is missing in a knowledge file',
    hint: 'Add the key; docs/knowledge.md shows a complete example.',
  },
  KB_INVALID_VALUE: {
    area: 'knowledge',
    title: 'A knowledge value has the wrong type or form',
    hint: 'docs/knowledge.md gives the type and form of every key.',
  },
  KB_DUPLICATE_ID: {
    area: 'knowledge',
    title: 'Two blocks share an id',
    hint: 'Block ids are how answers cite knowledge and how languages are matched: make each unique.',
  },
  KB_MISSING_TRANSLATION: {
    area: 'knowledge',
    title: 'A block exists in one language and not in another',
    hint: 'Visitors in the other language will not get this knowledge. Translate the block, keeping its id.',
  },
  KB_TODO: {
    area: 'knowledge',
    title: 'A text still says TODO',
    hint: 'Write the answer (drafts from `chatbot gaps --draft` are marked TODO), or remove the block; knowledge with a TODO is never served.',
  },
  KB_EMPTY_TEXT: {
    area: 'knowledge',
    title: 'A text is empty',
    hint: 'An empty text teaches the bot nothing; write it or remove the key.',
  },
  KB_DUPLICATE_QUESTION: {
    area: 'knowledge',
    title: 'The same FAQ question appears twice',
    hint: 'Keep one question with one answer, so the bot never has to choose between two.',
  },
  KB_TABLE_SHAPE: {
    area: 'knowledge',
    title: 'A table row has a different number of cells than the table has columns',
    hint: 'Give every row exactly one cell per column (use "" for an empty cell).',
  },
  KB_WRONG_LANGUAGE: {
    area: 'knowledge',
    title: 'A block reads like another language than its file',
    hint: "Visitors of this language get this text, and the offline answerer cannot match their questions to it. Translate the block, or move it to the right language's file; names, prices and short texts never cause this warning.",
  },
  KB_UI_STRINGS: {
    area: 'knowledge',
    title: 'Widget texts are missing for a language with no built-in translation',
    hint: 'Add the "ui" object to the knowledge file, or visitors will see these texts in English.',
  },
  KB_EMAIL_STRINGS: {
    area: 'knowledge',
    title: 'Email texts are missing for a language with no built-in translation',
    hint: 'Add the "email" object to the knowledge file (docs/channels.md lists its keys), or visitors writing in this language get their mails in English.',
  },
  BOT_INVALID: {
    area: 'config',
    title: 'The bot project has errors, so it cannot run',
    hint: 'Run `chatbot validate` to see every error at its file, line and column.',
  },
  TEMPLATE_MISSING: {
    area: 'templates',
    title: 'The system prompt template does not exist',
    hint: 'Create it or point prompts.system at the right file.',
  },
  TEMPLATE_SYNTAX: {
    area: 'templates',
    title: 'The template is not valid Handlebars',
    hint: 'Check that every {{#block}} has its {{/block}} and every {{ has its }}.',
  },
  TEMPLATE_UNKNOWN_VARIABLE: {
    area: 'templates',
    title: 'The template uses a variable the prompt context does not have',
    hint: 'docs/templates.md lists every variable; in strict mode an unknown one would fail every reply.',
  },
  TEMPLATE_UNKNOWN_PARTIAL: {
    area: 'templates',
    title: 'The template includes a partial that does not exist',
    hint: 'Create templates/partials/<name>.hbs or fix the name.',
  },
  TEMPLATE_UNKNOWN_HELPER: {
    area: 'templates',
    title: 'The template calls a helper that does not exist',
    hint: 'docs/templates.md lists the available helpers.',
  },
  TEMPLATE_NO_KNOWLEDGE: {
    area: 'templates',
    title: 'The system prompt never uses {{knowledge}}',
    hint: 'Without it the model never sees the knowledge base. Add {{knowledge}} where it should go.',
  },
  TEMPLATE_UNUSED_OVERRIDE: {
    area: 'templates',
    title: 'A per-language template is for a language the bot does not support',
    hint: 'Add the language to languages.supported, or delete the file.',
  },
  TEST_SYNTAX: {
    area: 'tests',
    title: 'A conversation test file is not valid YAML',
    hint: 'Check indentation and quoting near the position shown.',
  },
  TEST_INVALID: {
    area: 'tests',
    title: 'A conversation test file does not follow the format',
    hint: 'docs/testing.md shows the format: cases with a name, a language and turns with expectations.',
  },
  TEST_FAILED: {
    area: 'tests',
    title: 'A conversation test failed',
    hint: "The bot's reply did not meet an expectation: fix the knowledge, or the test if the answer rightly changed.",
  },
  TEST_NONE: {
    area: 'tests',
    title: 'No conversation tests were found',
    hint: 'Write tests/*.yaml (see docs/testing.md), or name the files to run.',
  },
  EVAL_SYNTAX: {
    area: 'tests',
    title: 'An eval file is not valid YAML',
    hint: 'Check indentation and quoting near the position shown.',
  },
  EVAL_INVALID: {
    area: 'tests',
    title: 'An eval file does not follow the format',
    hint: 'docs/knowledge.md shows the format: questions with `q`, `lang` and `expect` (block ids or none), and dialogues of such turns.',
  },
  EVAL_NONE: {
    area: 'tests',
    title: 'No eval sets were found',
    hint: 'Write eval/*.yaml (see docs/knowledge.md, "Measuring answers"), or name the files to run.',
  },
  EVAL_BELOW_THRESHOLD: {
    area: 'tests',
    title: 'Answer quality is below a threshold',
    hint: "Read the misses the report lists: improve the knowledge (synonyms, FAQ questions in visitors' words) or the labels, or lower the threshold on purpose.",
  },
  FILE_TOO_LARGE: {
    area: 'files',
    title: 'The file is larger than the limit',
    hint: 'Split the knowledge or trim the file; the limits protect the server from runaway input.',
  },
  FILE_TOO_DEEP: {
    area: 'files',
    title: 'The file nests deeper than the limit',
    hint: 'Nothing in a bot project needs this much nesting; the limit protects the parser.',
  },
  FILE_UNREADABLE: {
    area: 'files',
    title: 'The file cannot be read as UTF-8 text',
    hint: 'Save it as UTF-8 text, and check its permissions.',
  },
  FILE_NOT_FOUND: {
    area: 'files',
    title: 'The file does not exist',
    hint: 'Check the path: files named on the command line are read from the project directory (-C).',
  },
  DATA_DIR_LOCKED: {
    area: 'server',
    title: 'Another server is using the data directory',
    hint: 'Stop the other server, or give this one its own storage.dir. Two servers on one directory would lose messages.',
  },
  STORAGE_UNREACHABLE: {
    area: 'server',
    title: 'The PostgreSQL database cannot be reached',
    hint: 'Check storage.url (usually ${DATABASE_URL}): host, port, user, password and database name, and that PostgreSQL is running and accepts connections from here.',
  },
  STORAGE_SCHEMA_PENDING: {
    area: 'server',
    title: 'The database schema is older than this version',
    hint: 'Run `chatbot migrate` (with the same storage.url) before starting this version; in a rolling upgrade, migrate once, then restart the nodes.',
  },
  STORAGE_SCHEMA_NEWER: {
    area: 'server',
    title: 'The database schema was written by a newer version',
    hint: 'Run the newer chatbot version, or restore the database from before the upgrade; this version would not understand the data.',
  },
  CLUSTER_REDIS_UNREACHABLE: {
    area: 'server',
    title: 'The Redis server in cluster.redis cannot be reached',
    hint: 'Check cluster.redis (usually ${REDIS_URL}) and that Redis is running and reachable from here, or remove cluster.redis to run a single server.',
  },
  STORAGE_COPY_MISMATCH: {
    area: 'cli',
    title: 'The copied data does not match the source',
    hint: 'Something wrote to the source or the target during the copy. Stop the servers using them and run `chatbot storage copy` again: it only adds what is missing.',
  },
  ADMIN_TOKEN_MISSING: {
    area: 'server',
    title: '`chatbot start` needs an admin token',
    hint: 'Set CHATBOT_ADMIN_TOKEN (at least 24 characters) in the environment or .env; it protects the admin API.',
  },
  SECRET_TOO_SHORT: {
    area: 'server',
    title: 'CHATBOT_SECRET is shorter than 32 characters',
    hint: 'Make one with `openssl rand -hex 32` and set CHATBOT_SECRET to it in the environment or .env, or unset it to have the server keep a random key in data/secret.key.',
  },
  DATA_CORRUPT: {
    area: 'server',
    title: 'A stored file cannot be read',
    hint: 'The file was changed outside chatbot or the disk failed; restore it from a backup of data/.',
  },
  OPERATOR_EXISTS: {
    area: 'cli',
    title: 'An operator with that name exists',
    hint: 'Choose another name, or revoke the existing operator first.',
  },
  OPERATOR_UNKNOWN: {
    area: 'cli',
    title: 'No operator has that name',
    hint: 'See `chatbot operator list`.',
  },
  NOTIFY_NOT_CONFIGURED: {
    area: 'cli',
    title: 'No notification channel is configured',
    hint: 'Add notify.telegram, notify.slack, notify.email or notify.webhooks to chatbot.config.yaml (docs/notifications.md).',
  },
  OPERATOR_TOKEN_REFUSED: {
    area: 'cli',
    title: 'The server refused the operator token',
    hint: 'Ask an admin for a token: `chatbot operator add <name>` on the server prints one.',
  },
  SERVER_UNREACHABLE: {
    area: 'cli',
    title: 'The chat server cannot be reached',
    hint: 'Check the URL and that the server is running (`chatbot start`).',
  },
  DEPLOY_TARGET_UNKNOWN: {
    area: 'cli',
    title: 'No deploy target by that name, and no --url',
    hint: 'Name a target from deploy.targets in chatbot.config.yaml, or pass --url https://bot.example.com.',
  },
  DEPLOY_TOKEN_MISSING: {
    area: 'cli',
    title: "The deploy target's admin token is not in the environment",
    hint: "Set the variable the target's tokenEnv names (CHATBOT_ADMIN_TOKEN by default) to the server's CHATBOT_ADMIN_TOKEN.",
  },
  DEPLOY_UNAUTHORIZED: {
    area: 'cli',
    title: 'The server refused the admin token',
    hint: "Use the server's CHATBOT_ADMIN_TOKEN; nothing was changed.",
  },
  DEPLOY_REFUSED: {
    area: 'cli',
    title: 'The server refused the deploy or rollback',
    hint: 'Nothing was changed: the version that was serving keeps serving. The message says why.',
  },
  VERSION_UNKNOWN: {
    area: 'cli',
    title: 'The server keeps no version by that name',
    hint: 'See `chatbot versions` for the versions the server keeps (deploy.keep in the config).',
  },
  USAGE: {
    area: 'cli',
    title: 'The command line is invalid',
    hint: 'See `chatbot <command> --help` for the arguments and options.',
  },
  INIT_NOT_EMPTY: {
    area: 'cli',
    title: 'The target directory is not empty',
    hint: 'Choose an empty or new directory, or pass --force to write into it anyway.',
  },
  INIT_INVALID_ANSWER: {
    area: 'cli',
    title: 'An init option has an invalid value',
    hint: 'See `chatbot init --help` for the accepted values.',
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalogue;

export function describeError(code: ErrorCode): ErrorDefinition {
  return errorCatalogue[code];
}

/** Who sees a wire error: the widget (/visitor), the inbox (/operator), API or admin callers. */
export type WireAudience = 'visitor' | 'operator' | 'api' | 'admin';

export interface WireErrorDefinition {
  readonly title: string;
  /** What the client (or the person using it) can do about it. */
  readonly hint: string;
  /** The HTTP status a REST answer carries with it; sockets carry the code alone. */
  readonly status?: number;
  readonly seenBy: readonly WireAudience[];
}

/**
 * Codes the server sends clients, in `{ ok: false, error: { code, message } }` acknowledgements,
 * `error` events and REST bodies `{ error: code, message }`. Lower case, unlike the codes above:
 * they are the values clients have always matched on, so they stay as they are.
 */
export const wireErrorCatalogue = {
  invalid: {
    title: 'The request does not have the expected shape, or is not possible now',
    hint: "The message names the field and what was expected; an action refused in the conversation's current state (rating a chat that is not resolved) says so.",
    status: 400,
    seenBy: ['visitor', 'operator', 'api', 'admin'],
  },
  unauthorized: {
    title: 'No token, or one the server does not accept',
    hint: 'Visitors get a new token by reconnecting; operators ask an admin for one (`chatbot operator add`); API and admin callers check their key or CHATBOT_ADMIN_TOKEN.',
    status: 401,
    seenBy: ['visitor', 'operator', 'api', 'admin'],
  },
  forbidden: {
    title: 'The token is valid but may not do this',
    hint: 'The operator or caller lacks the role the action needs (docs/operators.md lists them), or the conversation is assigned to someone else or another team.',
    status: 403,
    seenBy: ['visitor', 'operator', 'api', 'admin'],
  },
  revoked: {
    title: 'The operator token was revoked while connected',
    hint: 'The inbox is disconnected at once. Ask an admin for a new token.',
    seenBy: ['operator'],
  },
  origin_not_allowed: {
    title: 'The page embedding the widget is not an allowed origin',
    hint: 'Add the site to server.origins in chatbot.config.yaml; the body names the origin and the setting.',
    status: 403,
    seenBy: ['visitor'],
  },
  not_found: {
    title: 'No such conversation, file or endpoint',
    hint: 'The id is wrong or the thing was removed; the chat API answers this too when api.keys is not set.',
    status: 404,
    seenBy: ['visitor', 'operator', 'api', 'admin'],
  },
  rate_limited: {
    title: 'Too many requests or messages',
    hint: 'Wait `retryAfterMs` milliseconds and send again; the widget does this by itself.',
    status: 429,
    seenBy: ['visitor', 'operator', 'api'],
  },
  unknown_event: {
    title: 'A socket event that is not part of the protocol',
    hint: "The client is newer or older than the server: update the widget or the inbox to the server's version.",
    seenBy: ['visitor', 'operator'],
  },
  no_file: {
    title: 'An upload with no file in it',
    hint: 'Send one file as multipart/form-data.',
    status: 400,
    seenBy: ['visitor'],
  },
  malformed: {
    title: 'An upload that is not valid multipart/form-data',
    hint: 'Send the file again; the body was cut or badly formed.',
    status: 400,
    seenBy: ['visitor'],
  },
  too_large: {
    title: 'An upload over the size limit',
    hint: 'The limit is server.limits.uploadMegabytes in the config; the widget settings give it to the client.',
    status: 413,
    seenBy: ['visitor'],
  },
  unsupported_type: {
    title: 'An upload of a file type the chat does not take',
    hint: "Images (PNG, JPEG, WebP, GIF) and PDF are accepted; the type is read from the file's content, not its name.",
    status: 415,
    seenBy: ['visitor'],
  },
  dev_server: {
    title: 'A deploy or rollback sent to `chatbot dev`',
    hint: '`chatbot dev` serves the files in its project folder; deploy to a `chatbot start` server.',
    status: 409,
    seenBy: ['admin'],
  },
  invalid_bot: {
    title: 'A deployed bundle whose bot does not validate',
    hint: 'The body lists the findings; run `chatbot validate` and fix them. The serving version keeps serving.',
    status: 422,
    seenBy: ['admin'],
  },
  unknown_version: {
    title: 'A rollback to a version the server does not keep',
    hint: 'See `chatbot versions`; deploy.keep sets how many versions are kept.',
    status: 404,
    seenBy: ['admin'],
  },
  no_earlier_version: {
    title: 'A rollback with no version before the serving one',
    hint: 'Name a version to roll forward to, or deploy one.',
    status: 409,
    seenBy: ['admin'],
  },
  unavailable: {
    title: 'Not available on this server yet',
    hint: 'The part of the server this needs (assignment) is not running yet, usually for a moment at start; try again shortly.',
    status: 503,
    seenBy: ['operator'],
  },
  server_error: {
    title: 'Something failed on the server',
    hint: 'Nothing the client sent was wrong; the server logged the cause. A message that got this was not stored: send it again.',
    status: 500,
    seenBy: ['visitor', 'operator', 'api', 'admin'],
  },
} as const satisfies Record<string, WireErrorDefinition>;

export type WireErrorCode = keyof typeof wireErrorCatalogue;
