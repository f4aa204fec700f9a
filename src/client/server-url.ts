/**
 * A chat server's address as the CLI's clients take it (`chatbot inbox`, `login`, `deploy`):
 * an http(s) URL, kept as origin and path without a trailing slash, so that the same server
 * typed two ways is one server in saved credentials and in messages.
 */
import { ChatbotError } from '../errors/chatbot-error.js';

export function normalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ChatbotError('USAGE', `"${url}" is not a URL`, {
      hint: 'Give the chat server as http(s)://host[:port].',
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ChatbotError('USAGE', `"${url}" is not an http(s) URL`);
  return parsed.origin + parsed.pathname.replace(/\/+$/, '');
}
