import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockRatings } from '../../src/insight/block-ratings.js';
import { readGapLog } from '../../src/store/gap-log.js';
import { demoProject, repoRoot } from '../helpers/project.js';
import { addOperator, emit, once, startServer, visitor, waitFor } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

interface Entry {
  id: string;
  seq: number;
  author?: { kind: string };
  answer?: true;
  citations?: Array<{ id: string }>;
}

function feedbackProject(on: boolean): string {
  const config = readFileSync(join(repoRoot, 'chatbot.config.yaml'), 'utf8');
  return demoProject({
    'chatbot.config.yaml': config.replace(/^widget:\n/m, `widget:\n  feedback: ${on}\n`),
  });
}

async function askAndGetAnswer(socket: ReturnType<typeof visitor>, text: string): Promise<Entry> {
  const reply = waitFor<Entry>(socket, 'entry', (entry) => entry.author?.kind === 'bot');
  await emit(socket, 'message', { text });
  return reply;
}

describe('answer feedback over the visitor socket', () => {
  it('stores a vote with the answer and its cited blocks; a new vote replaces it', async () => {
    const { url, dir, server } = await startServer({ dir: feedbackProject(true) });
    const settings = await (await fetch(`${url}/api/widget/settings?lang=en`)).json();
    expect(settings.feedback).toBe(true);
    const socket = visitor(url, { lang: 'en' });
    await once(socket, 'session');
    const answer = await askAndGetAnswer(socket, 'How much is the Montserrat trip?');
    expect(answer.answer).toBe(true);
    expect(answer.citations?.map((c) => c.id)).toContain('day-trips');

    expect(await emit(socket, 'feedback', { id: answer.id, vote: 'down' })).toEqual({ ok: true });
    expect(await emit(socket, 'feedback', { id: answer.id, vote: 'up' })).toEqual({ ok: true });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toContain('chatbot_answer_votes_total{vote="down"} 1');
    expect(metrics).toContain('chatbot_answer_votes_total{vote="up"} 1');
    expect(metrics).toContain('chatbot_knowledge_gaps_total{reason="thumbs-down",lang="en"} 1');
    await server.close();

    const ratings = await blockRatings(join(dir, 'data'));
    expect(ratings.get('day-trips')).toMatchObject({ cited: 1, up: 1, down: 0 });
    // The thumbs-down was a gap while it stood: recorded with the question.
    const gaps = await readGapLog(join(dir, 'data', 'gaps.log'));
    expect(gaps).toEqual([
      expect.objectContaining({
        reason: 'thumbs-down',
        question: 'How much is the Montserrat trip?',
        cited: ['day-trips'],
        lang: 'en',
      }),
    ]);
  });

  it('answers a bad vote with an error, never a crash, and only for own bot answers', async () => {
    const { url } = await startServer({ dir: feedbackProject(true) });
    const socket = visitor(url, { lang: 'en' });
    await once(socket, 'session');
    const errors: Array<{ code: string; event?: string }> = [];
    socket.on('error', (error: { code: string }) => errors.push(error));

    // Before any conversation, nothing can be voted on.
    expect(await emit(socket, 'feedback', { id: 'abc', vote: 'up' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const answer = await askAndGetAnswer(socket, 'Where do we meet for the day trips?');
    for (const bad of [
      'nonsense',
      null,
      { id: answer.id, vote: 'maybe' },
      { id: answer.id },
      { id: answer.id, vote: 'up', extra: 1 },
      { id: 'x'.repeat(500), vote: 'up' },
    ])
      expect(await emit(socket, 'feedback', bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid' },
      });
    // Without an acknowledgement, the refusal comes as an error event.
    socket.emit('feedback', { id: answer.id, vote: 'sideways' });
    await eventually(
      () => errors.some((error) => error.code === 'invalid' && error.event === 'feedback'),
      'an error event for the bad vote',
    );

    // The visitor's own message is no bot answer; another visitor's answer is not theirs.
    const own = await emit<{ id: string }>(socket, 'message', { text: 'thanks' });
    expect(await emit(socket, 'feedback', { id: own.id, vote: 'up' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const stranger = visitor(url, { lang: 'en' });
    await once(stranger, 'session');
    await emit(stranger, 'message', { text: 'hello' });
    expect(await emit(stranger, 'feedback', { id: answer.id, vote: 'down' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    // Still serving.
    expect(await emit(socket, 'feedback', { id: answer.id, vote: 'up' })).toEqual({ ok: true });
  });

  it('refuses votes when widget.feedback is off (the default)', async () => {
    const { url } = await startServer({ dir: feedbackProject(false) });
    const socket = visitor(url, { lang: 'en' });
    await once(socket, 'session');
    const answer = await askAndGetAnswer(socket, 'How much is the Montserrat trip?');
    expect(await emit(socket, 'feedback', { id: answer.id, vote: 'up' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('gap signals', () => {
  it('records a refusal and a "talk to a person" right after an answer, with the question', async () => {
    const { url, dir, server } = await startServer();
    const socket = visitor(url, { lang: 'en' });
    await once(socket, 'session');
    await askAndGetAnswer(socket, 'is there wifi on the bus?');
    await askAndGetAnswer(socket, 'How much is the Montserrat trip?');
    await emit(socket, 'human', {});
    await server.close();
    const gaps = await readGapLog(join(dir, 'data', 'gaps.log'));
    expect(gaps.map((gap) => [gap.reason, gap.question])).toEqual([
      ['refused', 'is there wifi on the bus?'],
      ['handoff', 'How much is the Montserrat trip?'],
    ]);
    expect(gaps[0]!.confidence).toBeLessThan(1);
  });

  it('records a "did you mean…" as unsure, and a low rating with the last answered question', async () => {
    const config = readFileSync(join(repoRoot, 'chatbot.config.yaml'), 'utf8');
    const unsure = demoProject({
      'chatbot.config.yaml': `${config}\nretrieval:\n  minConfidence: 0.99\n  minClarifyConfidence: 0\n`,
    });
    const first = await startServer({ dir: unsure });
    const asker = visitor(first.url, { lang: 'en' });
    await once(asker, 'session');
    await askAndGetAnswer(asker, 'How much is the Montserrat trip?');
    await first.server.close();
    expect((await readGapLog(join(unsure, 'data', 'gaps.log'))).map((gap) => gap.reason)).toEqual([
      'unsure',
    ]);

    const { url, dir, server } = await startServer();
    const socket = visitor(url, { lang: 'en' });
    await once(socket, 'session');
    await askAndGetAnswer(socket, 'How much is the Montserrat trip?');
    const { conversationId } = await emit<{ conversationId: string }>(socket, 'message', {
      text: 'ok',
    });
    const token = await addOperator(dir, 'ana');
    const resolved = await fetch(`${url}/api/operator/conversations/${conversationId}/resolve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(resolved.status).toBeLessThan(300);
    expect(await emit(socket, 'rate', { rating: 4 })).toEqual({ ok: true });
    expect(await emit(socket, 'rate', { rating: 1 })).toEqual({ ok: true });
    await server.close();
    const gaps = await readGapLog(join(dir, 'data', 'gaps.log'));
    expect(gaps.filter((gap) => gap.reason === 'low-rating')).toEqual([
      expect.objectContaining({
        question: 'How much is the Montserrat trip?',
        cited: ['day-trips'],
      }),
    ]);
  });
});
