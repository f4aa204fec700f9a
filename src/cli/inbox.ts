/** `chatbot inbox` and `chatbot login`: the operator's terminal app and its saved credentials. */
import { ChatbotError } from '../errors/chatbot-error.js';
import { normalizeUrl, resolveCredentials, saveCredentials } from '../inbox/credentials.js';
import { createOutput, shouldColor } from './output.js';

export async function runInbox(options: { url?: string; token?: string }): Promise<void> {
  const credentials = await resolveCredentials(options);
  if (!process.stdout.isTTY || !process.stdin.isTTY)
    throw new ChatbotError('USAGE', 'The inbox is an interactive program: run it in a terminal', {
      hint: 'For scripts, use the operator REST API (docs/api.md).',
    });
  const { runInboxApp } = await import('../inbox/run-inbox.js');
  await runInboxApp(credentials, { colors: shouldColor(process.stdout, process.env) });
}

export async function runLogin(options: { url: string; token: string }): Promise<void> {
  const output = createOutput();
  const url = normalizeUrl(options.url);
  // Check the pair before saving it: a typo should fail here, not in the inbox later.
  let response: Response;
  try {
    response = await fetch(`${url}/api/operator/conversations?limit=1`, {
      headers: { authorization: `Bearer ${options.token}` },
    });
  } catch (error) {
    throw new ChatbotError(
      'SERVER_UNREACHABLE',
      `Cannot reach ${url}: ${(error as Error).message}`,
    );
  }
  if (response.status === 401)
    throw new ChatbotError('OPERATOR_TOKEN_REFUSED', 'The server refused this operator token');
  if (!response.ok)
    throw new ChatbotError(
      'USAGE',
      `The server answered ${response.status}; is this a chatbot server?`,
    );
  const file = await saveCredentials({ url, token: options.token });
  output.out(`${output.colors.green('✔')} Logged in to ${url}. Saved to ${file} (mode 600).`);
  output.out('Run `chatbot inbox` to start.');
}
