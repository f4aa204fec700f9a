/**
 * The widget's "Email me this conversation", after the conversation is resolved: the transcript
 * goes to the address given (or the one known), in the visitor's language.
 */
import type { Socket } from 'socket.io';
import { z } from 'zod';
import { ChatError } from '../../chat/conversation-service.js';
import type { VisitorEmail } from '../../chat/visitor-email.js';
import { resolveEmailStrings } from '../../kb/email-strings.js';
import type { BotSnapshot } from '../../snapshot/bot-snapshot.js';
import type { ServerContext } from '../context.js';

const transcriptPayload = z.strictObject({ email: z.email().max(320).optional() }).optional();

/**
 * Per conversation, however many connections ask: enough for a visitor who mistyped their
 * address, not enough to use the server to mail strangers.
 */
const maxTranscriptsPerConversation = 3;
const requested = new WeakMap<object, Map<string, number>>();

export function attachTranscriptEvent(
  socket: Socket,
  conversationId: () => string | undefined,
  context: ServerContext,
  visitorEmail: VisitorEmail | undefined,
): void {
  const counts = requested.get(context.service) ?? new Map<string, number>();
  requested.set(context.service, counts);
  socket.on('transcript', async (payload: unknown, callback: unknown) => {
    const ack = (typeof callback === 'function' ? callback : () => undefined) as (
      response: unknown,
    ) => void;
    const parsed = transcriptPayload.safeParse(payload);
    if (!parsed.success)
      return ack({
        ok: false,
        error: { code: 'invalid', message: 'That does not look like an email address' },
      });
    try {
      const id = conversationId();
      if (!id || !visitorEmail) throw new ChatError('invalid', 'There is no conversation to send');
      const conversation = await context.service.get(id);
      if (conversation.state !== 'resolved')
        throw new ChatError('invalid', 'A transcript is sent once the conversation is resolved');
      const asked = counts.get(id) ?? 0;
      if (asked >= maxTranscriptsPerConversation)
        throw new ChatError('forbidden', 'Too many transcripts requested');
      counts.set(id, asked + 1);
      const outcome = await visitorEmail.sendTranscript(id, parsed.data?.email);
      if (outcome !== 'sent')
        throw new ChatError('invalid', `The transcript could not be sent (${outcome})`);
      ack({ ok: true });
    } catch (error) {
      if (error instanceof ChatError)
        return ack({ ok: false, error: { code: error.code, message: error.message } });
      context.logger.error({ err: error }, 'sending a transcript failed');
      ack({ ok: false, error: { code: 'server_error', message: 'Something went wrong' } });
    }
  });
}

/** What the widget's settings say of transcripts: the button's text, when they are on. */
export function transcriptSettings(snapshot: BotSnapshot, lang: string) {
  if (!snapshot.config.email?.transcripts.enabled) return {};
  const texts = resolveEmailStrings(lang, snapshot.languages.get(lang)?.file.email);
  return { transcript: { button: texts.transcriptButton } };
}
