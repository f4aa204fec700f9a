/**
 * Starts the inbox in the terminal. Ink puts the terminal in raw mode; whatever way the inbox
 * ends (q, Ctrl-C, SIGTERM, a crash) the terminal is given back as it was: cursor shown, raw
 * mode off, the last frame left on screen.
 */
import { render } from 'ink';
import { App } from './components/App.js';
import type { Credentials } from './credentials.js';
import { InboxClient } from './inbox-client.js';
import { restListManagement } from './list-management.js';
import { statsFromServer } from './stats-source.js';

export interface InboxOptions {
  readonly colors: boolean;
  /** A conversation to open at start. */
  readonly open?: string;
}

export async function runInboxApp(credentials: Credentials, options: InboxOptions): Promise<void> {
  const client = new InboxClient({
    ...credentials,
    ...(options.open ? { open: options.open } : {}),
  });
  const ring = () => process.stdout.write('\u0007');
  client.on('bell', ring);
  const manage = restListManagement(credentials.url, credentials.token);
  const app = render(
    <App
      client={client}
      colors={options.colors}
      selectAtStart={options.open}
      manage={manage}
      loadStats={statsFromServer(credentials)}
    />,
    { exitOnCtrlC: true },
  );

  const restore = () => {
    app.unmount();
    client.close();
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    process.stdout.write('\u001b[?25h');
  };
  const crash = (error: unknown) => {
    restore();
    process.stderr.write(
      `chatbot inbox crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  };
  const terminate = () => {
    restore();
    process.exit(0);
  };
  process.once('uncaughtException', crash);
  process.once('unhandledRejection', crash);
  process.once('SIGTERM', terminate);
  process.once('SIGHUP', terminate);
  try {
    await app.waitUntilExit();
  } finally {
    process.off('uncaughtException', crash);
    process.off('unhandledRejection', crash);
    process.off('SIGTERM', terminate);
    process.off('SIGHUP', terminate);
    client.close();
  }
}
