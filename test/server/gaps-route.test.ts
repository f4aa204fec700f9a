import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGapLog } from '../../src/store/gap-log.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { runCli } from '../helpers/cli.js';
import { addOperator, emit, once, startServer, visitor, waitFor } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

async function adminToken(dir: string): Promise<string> {
  const registry = new OperatorRegistry(`${dir}/data`);
  await registry.load();
  return (await registry.add('owner', 'admin')).token;
}

describe('the gaps of a running server', () => {
  it('gives an admin the grouped gaps over REST and to chatbot gaps --url; refuses agents and strangers', async () => {
    const { url, dir } = await startServer();
    const socket = visitor(url, { lang: 'en' });
    await once(socket, 'session');
    for (const text of ['is there wifi on board?', 'wifi on board?']) {
      const reply = waitFor(
        socket,
        'entry',
        (entry: { author?: { kind: string } }) => entry.author?.kind === 'bot',
      );
      await emit(socket, 'message', { text });
      await reply;
    }
    const admin = await adminToken(dir);
    const agent = await addOperator(dir, 'ana');
    // A refusal is recorded just after the reply goes out: wait for the second one to land.
    await eventually(
      async () => (await readGapLog(join(dir, 'data', 'gaps.log'))).length === 2,
      'both refusals in the gap log',
    );

    const response = await fetch(`${url}/api/operator/gaps?since=1d&lang=en`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toMatchObject({ records: 2, groups: [{ lang: 'en', count: 2 }] });

    const cli = await runCli(['gaps', '--url', url, '--token', admin, '--format', 'json']);
    expect(cli.code).toBe(0);
    expect(
      JSON.parse(cli.stdout)
        .groups[0].questions.map((q: { text: string }) => q.text)
        .sort(),
    ).toEqual(['is there wifi on board?', 'wifi on board?']);

    const asAgent = await fetch(`${url}/api/operator/gaps`, {
      headers: { authorization: `Bearer ${agent}` },
    });
    expect(asAgent.status).toBe(403);
    expect((await fetch(`${url}/api/operator/gaps`)).status).toBe(401);
    const badSince = await fetch(`${url}/api/operator/gaps?since=soon`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(badSince.status).toBe(400);
    const refused = await runCli(['gaps', '--url', url, '--token', agent]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('admin role');
  });
});
