import pino, { type Logger } from 'pino';

/** JSON logs in production; readable ones in development; none in tests unless asked. */
export function createLogger(mode: 'dev' | 'start', level = process.env.CHATBOT_LOG_LEVEL): Logger {
  if (mode === 'dev') {
    return pino({
      level: level ?? 'info',
      transport: {
        target: 'pino-pretty',
        options: {
          colorize: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
          translateTime: 'HH:MM:ss',
          ignore: 'pid,hostname',
        },
      },
    });
  }
  return pino({ level: level ?? 'info' });
}
