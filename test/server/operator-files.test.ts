/**
 * Operators send files: the REST route takes one multipart file under the same rules as a
 * visitor's upload (type read from the bytes, the size limit), stores it as the operator's
 * message, and the visitor gets it like any attachment. The permission table decides who may.
 */
import { describe, expect, it } from 'vitest';
import { demoProject, readRepoFile } from '../helpers/project.js';
import {
  addOperator,
  firstMessage,
  once,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { onePixelPng, operatorUpload } from '../helpers/uploads.js';

interface VisitorEntry {
  kind: string;
  author?: { kind: string; name?: string };
  attachments?: Array<{ name: string; type: string; size: number; url: string }>;
}

async function chatWithVisitor(uploadMegabytes?: number) {
  const config = readRepoFile('chatbot.config.yaml').replace(
    'origins: []',
    `origins: []${uploadMegabytes ? `\n  limits: { uploadMegabytes: ${uploadMegabytes} }` : ''}`,
  );
  const running = await startServer({ dir: demoProject({ 'chatbot.config.yaml': config }) });
  const socket = visitor(running.url, { lang: 'en' });
  const session = await once<{ token: string }>(socket, 'session');
  const { conversationId } = await firstMessage(socket, 'Can you send me the map?');
  return { ...running, socket, visitorToken: session.token, conversationId };
}

describe('operator files', () => {
  it('a manager sends a photo: the visitor gets it in the chat and can fetch the bytes', async () => {
    const { url, dir, socket, visitorToken, conversationId, server } = await chatWithVisitor();
    const ana = await addOperator(dir, 'Ana', 'manager');
    const arrived = waitFor<VisitorEntry>(
      socket,
      'entry',
      (entry) => entry.author?.kind === 'operator' && (entry.attachments?.length ?? 0) > 0,
    );
    const response = await operatorUpload(url, ana, conversationId, onePixelPng, 'map.png');
    expect(response.status).toBe(201);
    const entry = await arrived;
    expect(entry.author).toEqual({ kind: 'operator', name: 'Ana' });
    expect(entry.attachments).toEqual([
      expect.objectContaining({ name: 'map.png', type: 'image/png', size: onePixelPng.length }),
    ]);
    // Sending a file is a reply: the conversation is the operator's now.
    expect(server.context.store.summary(conversationId)).toMatchObject({
      state: 'human',
      assignee: 'Ana',
    });
    const file = await fetch(`${url}${entry.attachments![0]!.url}`);
    expect(Buffer.from(await file.arrayBuffer()).equals(onePixelPng)).toBe(true);
    const history = await fetch(`${url}/api/visitor/history`, {
      headers: { authorization: `Bearer ${visitorToken}` },
    });
    const { entries } = (await history.json()) as { entries: VisitorEntry[] };
    expect(entries.at(-1)?.attachments?.[0]?.name).toBe('map.png');
  });

  it('refuses a script named .png, a file over the limit and a request with no file', async () => {
    const { url, dir, conversationId, server } = await chatWithVisitor(0.01);
    const ana = await addOperator(dir, 'Ana', 'manager');
    const script = Buffer.from('<script>alert(1)</script>');
    const fake = await operatorUpload(url, ana, conversationId, script, 'map.png', 'image/png');
    expect(fake.status).toBe(415);
    expect(await fake.json()).toMatchObject({ error: 'unsupported_type' });
    const bigPng = Buffer.concat([onePixelPng, Buffer.alloc(20_000)]);
    const big = await operatorUpload(url, ana, conversationId, bigPng, 'big.png');
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: 'too_large' });
    const empty = await fetch(`${url}/api/operator/conversations/${conversationId}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ana}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(empty.status).toBe(400);
    const timeline = await server.context.store.entriesAfter(conversationId, 0);
    const operatorLines = timeline.filter(
      (entry) => entry.kind === 'message' && entry.author.kind === 'operator',
    );
    expect(operatorLines).toEqual([]);
    const missing = await operatorUpload(url, ana, 'no-such-chat', onePixelPng, 'map.png');
    expect(missing.status).toBe(404);
  });

  it('an agent may send files only where they may reply; no token is refused', async () => {
    const { url, dir, conversationId, server } = await chatWithVisitor();
    const anonymous = await fetch(`${url}/api/operator/conversations/${conversationId}/files`, {
      method: 'POST',
    });
    expect(anonymous.status).toBe(401);
    const agent = await addOperator(dir, 'Luis', 'agent');
    const colleague = await addOperator(dir, 'Marta', 'agent');
    // Unassigned: the agent may answer it, with a file too.
    const first = await operatorUpload(url, colleague, conversationId, onePixelPng, 'a.png');
    expect(first.status).toBe(201);
    // Now Marta holds it: Luis is refused before anything is read or stored.
    const refused = await operatorUpload(url, agent, conversationId, onePixelPng, 'b.png');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: 'forbidden' });
    const timeline = await server.context.store.entriesAfter(conversationId, 0);
    const files = timeline.flatMap((entry) =>
      entry.kind === 'message' ? entry.attachments.map((file) => file.name) : [],
    );
    expect(files).toEqual(['a.png']);
  });
});
