/**
 * What the visitor tells about themselves besides messages: the page they are on, their
 * language, contact details, a rating, and asking for a person. Before there is a conversation,
 * pages and languages are held on the socket for the one to come.
 */

import { ChatError, type VisitorUpdate } from '../../chat/conversation-service.js';
import { hasContact } from '../../domain/contact-details.js';
import type { VisitorIdentifyAck } from '../../protocol/visitor.js';
import { type Ack, ackOf, invalid } from '../payloads.js';
import { answer } from './acks.js';
import type { VisitorConnection, VisitorData } from './visitor.js';

/** Pages and language changes a socket keeps before there is a conversation to write them to. */
const maxFactsHeld = 50;

export function handleVisitorDetails(connection: VisitorConnection): void {
  const { socket, data, context } = connection;
  const { service, payloads, logger } = context;
  const reply = (ack: Ack, task: () => Promise<object>) =>
    answer(ack, logger, task, { log: 'a visitor request failed', message: 'Something went wrong' });

  socket.on('page', async (payload: unknown) => {
    const parsed = payloads.page.safeParse(payload);
    if (!parsed.success) return;
    const update: VisitorUpdate = {
      page: parsed.data.url,
      ...(parsed.data.title ? { pageTitle: parsed.data.title } : {}),
      ...(parsed.data.referrer ? { referrer: parsed.data.referrer } : {}),
      ...(parsed.data.utm ? { utm: parsed.data.utm } : {}),
    };
    if (!data.conversationId) {
      hold(data, update);
      return;
    }
    await service.updateVisitor(data.conversationId, update);
  });

  socket.on('lang', async (payload: unknown, callback: unknown) => {
    const ack = ackOf(callback);
    const parsed = payloads.lang.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error));
    await reply(ack, async () => {
      if (!data.conversationId) {
        hold(data, { lang: parsed.data.lang });
        return { lang: service.language(parsed.data.lang) };
      }
      const conversation = await service.updateVisitor(data.conversationId, {
        lang: parsed.data.lang,
      });
      return { lang: conversation.lang };
    });
  });

  socket.on('identify', async (payload: unknown, callback: unknown) => {
    const ack = ackOf(callback);
    const parsed = payloads.identify.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error));
    await reply(ack, async (): Promise<VisitorIdentifyAck> => {
      const id = await connection.conversationNow();
      const { name, email, attributes, signature } = parsed.data;
      const contact =
        name !== undefined || email !== undefined
          ? await service.identify(id, { ...(name ? { name } : {}), ...(email ? { email } : {}) })
          : (await service.get(id)).contact;
      if (!attributes) return { identified: hasContact(contact) };
      const attributesVerified = await service.setCustomerAttributes(id, {
        email,
        attributes,
        signature,
      });
      return { identified: hasContact(contact), attributesVerified };
    });
  });

  socket.on('rate', async (payload: unknown, callback: unknown) => {
    const ack = ackOf(callback);
    const parsed = payloads.rate.safeParse(payload);
    if (!parsed.success) return ack(invalid(parsed.error));
    await reply(ack, async () => {
      if (!data.conversationId)
        throw new ChatError('invalid', 'Only a resolved conversation can be rated');
      await service.rate(data.conversationId, parsed.data.rating, parsed.data.comment);
      return {};
    });
  });

  socket.on('human', async (payload: unknown, callback: unknown) => {
    const ack = ackOf(typeof payload === 'function' ? payload : callback);
    await reply(ack, async () => {
      await service.requestHuman(await connection.conversationNow());
      return {};
    });
  });
}

/** A fact kept for the conversation to come: the first (the connection's) and the latest ones. */
function hold(data: VisitorData, update: VisitorUpdate): void {
  if (data.facts.length >= maxFactsHeld) data.facts.splice(1, 1);
  data.facts.push(update);
}
