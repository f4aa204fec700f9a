import { describe, expect, it } from 'vitest';
import { startSlackWebhookFake } from '../fakes/slack-webhook-fake.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject } from '../helpers/project.js';
import {
  addOperator,
  connectedOperator,
  emit,
  once,
  startServer,
  visitor,
} from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

describe('a low rating', () => {
  it('alerts the owner in Slack; a good one does not', async () => {
    const slack = await startSlackWebhookFake();
    cleanupAfterTest(() => slack.close());
    const dir = demoProject({
      'chatbot.config.yaml': `name: Sol y Mar Tours
languages: { default: en, supported: [en, ru, es] }
ai: { cascade: [{ provider: offline }] }
notify:
  slack: { webhookUrl: "${slack.webhookUrl}", events: [low-rating] }
  lowRating: 2
`,
    });
    const { url } = await startServer({ dir });
    const ana = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const rateAfterResolve = async (rating: number, comment?: string) => {
      const socket = visitor(url, { lang: 'en' });
      await once(socket, 'session');
      const ack = await emit<{ conversationId: string }>(socket, 'message', { text: 'Hello' });
      await emit(ana, 'message', { id: ack.conversationId, text: 'Hi, how can I help?' });
      await emit(ana, 'resolve', { id: ack.conversationId });
      const rated = await emit<{ ok: boolean }>(socket, 'rate', { rating, comment });
      expect(rated.ok).toBe(true);
      return ack.conversationId;
    };
    await rateAfterResolve(5);
    const id = await rateAfterResolve(1, 'Nobody helped me');
    await eventually(() => slack.posts.length === 1, 'the low-rating alert');
    const text = slack.posts[0]!.body.text!;
    expect(text).toContain('A visitor rated the conversation 1/5 · Sol y Mar Tours');
    expect(text).toContain('Comment: Nobody helped me');
    expect(text).toContain('Operator: Ana');
    expect(text).toContain(`--open ${id}`);
    // The 5-star rating came first and was never posted.
    expect(slack.posts).toHaveLength(1);
  });
});
