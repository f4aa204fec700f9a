/** `chatbot inbox` and `chatbot login`: the operator's terminal app and its saved credentials. */
import { normalizeUrl } from '../client/server-url.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { resolveCredentials, saveCredentials, verifyCredentials } from '../inbox/credentials.js';
import { createOutput, shouldColor } from './output.js';

export async function runInbox(options: {
  url?: string;
  token?: string;
  open?: string;
}): Promise<void> {
  const credentials = await resolveCredentials(options);
  if (!process.stdout.isTTY || !process.stdin.isTTY)
    throw new ChatbotError('USAGE', 'The inbox is an interactive program: run it in a terminal', {
      hint: 'For scripts, use the operator REST API (docs/api.md).',
    });
  // Ink draws only its last frame when CI or CONTINUOUS_INTEGRATION is set, which would leave
  // an operator at a terminal inside a CI-flagged shell looking at a blank screen. This is a
  // terminal (checked above), so the inbox draws live. Ink reads the flag when it is loaded.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const { runInboxApp } = await import('../inbox/run-inbox.js');
  await runInboxApp(credentials, {
    colors: shouldColor(process.stdout, process.env),
    ...(options.open ? { open: options.open } : {}),
  });
}

export async function runLogin(options: { url: string; token: string }): Promise<void> {
  const output = createOutput();
  const credentials = { url: normalizeUrl(options.url), token: options.token };
  // Check the pair before saving it: a typo should fail here, not in the inbox later.
  await verifyCredentials(credentials);
  const file = await saveCredentials(credentials);
  output.out(
    `${output.colors.green('✔')} Logged in to ${credentials.url}. Saved to ${file} (mode 600).`,
  );
  output.out('Run `chatbot inbox` to start.');
}
