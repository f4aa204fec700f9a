import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { missingServerOptions, serverNodeOptions } from '../deploy/node-options.js';
import { ExitCode, ExitError } from '../errors/chatbot-error.js';
import { type ChatServer, createServer } from '../server/create-server.js';
import { InvalidBotError } from '../snapshot/live-bot.js';
import { renderPretty } from '../validate/report.js';
import { createOutput } from './output.js';

export interface ServeOptions {
  readonly port?: string;
  readonly host?: string;
}

/**
 * `chatbot dev` and `chatbot start`: runs until SIGTERM or SIGINT, then shuts down gracefully
 * and exits 0; SIGHUP reloads config, knowledge and templates.
 */
export async function runServe(
  dir: string,
  mode: 'dev' | 'start',
  options: ServeOptions,
): Promise<void> {
  const projectDir = resolve(dir);
  const output = createOutput();
  // The server's live memory is bounded (a window of each active conversation), but V8's default
  // lets the heap grow to several times it under a steady stream of messages. Doubling at most
  // keeps a busy server near 210 MB, with half the full collections (and pauses) of growing by
  // half. It is safe only because live memory is bounded.
  setFlagsFromString(`--heap-growing-percent=${process.env.CHATBOT_HEAP_GROWING_PERCENT ?? '100'}`);
  // Code first run after this point (the message path) goes straight to V8's baseline compiler
  // instead of starting interpreted, so the first burst of visitors after a start is not
  // answered by cold code.
  setFlagsFromString('--always-sparkplug');
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new ExitError(ExitCode.usage);
  }
  let server: ChatServer;
  try {
    server = await createServer({
      projectDir,
      mode,
      ...(port !== undefined ? { port } : {}),
      ...(options.host ? { host: options.host } : {}),
    });
  } catch (error) {
    if (!(error instanceof InvalidBotError)) throw error;
    output.err(
      renderPretty(error.findings, { projectDir, colors: output.colors, codeFrames: true }),
    );
    throw new ExitError(ExitCode.invalidInput);
  }
  // Signals are handled before the server listens: whoever sees it listening (systemd, a test)
  // may send SIGHUP at once, and Node's default for SIGHUP is to exit.
  const stopped = untilStopped(server);
  const { url } = await server.listen();
  logStarted(server, mode, url);
  await stopped;
  // Give pino's worker a moment to write the last lines.
  await new Promise((done) => setTimeout(done, 50));
}

/** Resolves once SIGTERM or SIGINT has shut the server down; SIGHUP reloads it meanwhile. */
function untilStopped(server: ChatServer): Promise<void> {
  const { logger } = server.context;
  return new Promise<void>((done) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down: finishing replies in flight');
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      process.off('SIGHUP', onHup);
      server.close().then(
        () => {
          logger.info('stopped');
          done();
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          done();
        },
      );
    };
    const onTerm = () => stop('SIGTERM');
    const onInt = () => stop('SIGINT');
    const onHup = () => {
      void server.reload('SIGHUP');
    };
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
    process.on('SIGHUP', onHup);
  });
}

/** What is serving, where, and what the owner may want to do next. */
function logStarted(server: ChatServer, mode: 'dev' | 'start', url: string): void {
  const { logger, bot } = server.context;
  const snapshot = bot.snapshot;
  logger.info(
    {
      url,
      mode,
      knowledge: snapshot.knowledgeVersion,
      languages: [...snapshot.languages.keys()],
      providers: snapshot.config.ai.cascade.map(
        (link) =>
          link.name ?? (link.provider === 'offline' ? 'offline' : `${link.provider}:${link.model}`),
      ),
      operators: server.context.operators.active().length,
    },
    `chatbot ${mode === 'dev' ? 'dev server' : 'server'} listening on ${url}`,
  );
  for (const warning of bot.startupWarnings)
    logger.warn(`${warning.file}:${warning.line}:${warning.col} ${warning.message}`);
  const missing = mode === 'start' ? missingServerOptions() : [];
  if (missing.length > 0) {
    // Only whatever starts the process can give these (src/deploy/node-options.ts).
    logger.info(
      { missing, nodeOptions: serverNodeOptions() },
      `Node was started without ${missing.join(' ')}: start it with ${serverNodeOptions().join(' ')} for steadier latency under load, as the systemd unit from \`chatbot deploy --print systemd\` does (docs/deploy.md, "Node's options").`,
    );
  }
  if (mode === 'dev' && server.context.operators.active().length === 0) {
    logger.info(
      'No operators yet: `chatbot operator add <name>` prints a token for `chatbot inbox`.',
    );
  }
}
