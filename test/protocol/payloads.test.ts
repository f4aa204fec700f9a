import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  ConversationListFilter,
  ConversationRef,
  OperatorMessagePayload,
  OperatorNotePayload,
  OperatorSyncPayload,
  OperatorTagPayload,
  OperatorTypingPayload,
  PublicChatRequest,
  VisitorIdentifyPayload,
  VisitorLangPayload,
  VisitorMessagePayload,
  VisitorPagePayload,
  VisitorRatePayload,
  VisitorSyncPayload,
  VisitorTypingPayload,
} from '../../src/protocol/index.js';
import { type Payloads, payloadSchemas } from '../../src/server/payloads.js';

type Parsed<K extends keyof Payloads> = z.infer<Payloads[K]>;

/**
 * What the server accepts after parsing is what the protocol says clients send: a field renamed
 * on one side only fails the typecheck (`npm run typecheck` compiles this file).
 */
describe('the server parses exactly the payloads the protocol describes', () => {
  it('visitor events', () => {
    expectTypeOf<Parsed<'visitorMessage'>>().toExtend<VisitorMessagePayload>();
    expectTypeOf<Parsed<'typing'>>().toExtend<VisitorTypingPayload>();
    expectTypeOf<Parsed<'sync'>>().toExtend<VisitorSyncPayload>();
    expectTypeOf<Parsed<'page'>>().toExtend<VisitorPagePayload>();
    expectTypeOf<Parsed<'lang'>>().toExtend<VisitorLangPayload>();
    expectTypeOf<Parsed<'identify'>>().toExtend<VisitorIdentifyPayload>();
    expectTypeOf<Parsed<'rate'>>().toExtend<VisitorRatePayload>();
  });

  it('operator events and the public API', () => {
    expectTypeOf<Parsed<'operatorOpen'>>().toExtend<ConversationRef>();
    expectTypeOf<Parsed<'operatorSync'>>().toExtend<OperatorSyncPayload>();
    expectTypeOf<Parsed<'operatorMessage'>>().toExtend<OperatorMessagePayload>();
    expectTypeOf<Parsed<'operatorTyping'>>().toExtend<OperatorTypingPayload>();
    expectTypeOf<Parsed<'operatorNote'>>().toExtend<OperatorNotePayload>();
    expectTypeOf<Parsed<'operatorTag'>>().toExtend<OperatorTagPayload>();
    expectTypeOf<Parsed<'list'>>().toExtend<ConversationListFilter>();
    expectTypeOf<Parsed<'publicChat'>>().toExtend<PublicChatRequest>();
  });

  it('a payload written to the protocol parses', () => {
    const schemas = payloadSchemas(4000);
    const message: VisitorMessagePayload = { clientId: 'c-1', text: 'Hello' };
    const filter: ConversationListFilter = { state: ['waiting', 'human'], limit: 10 };
    expect(schemas.visitorMessage.safeParse(message).success).toBe(true);
    expect(schemas.list.safeParse(filter).success).toBe(true);
  });
});
