import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { collectBotFiles, createBundle } from '../../src/deploy/bundle.js';
import type { VisitorEntry } from '../../src/protocol/index.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import {
  emit,
  once,
  type RunningServer,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';
import { anotherNode, clusterProject } from './cluster-project.js';

const dogsBefore = 'Only assistance dogs can join our tours.';
const dogsAfter = 'Dogs of every size are welcome on our tours.';

async function ask(url: string, text: string): Promise<string> {
  const socket = visitor(url, { lang: 'en' });
  await once(socket, 'session');
  const reply = waitFor<VisitorEntry>(socket, 'entry', (entry) => entry.author?.kind === 'bot');
  await emit(socket, 'message', { text });
  const answer = (await reply).text ?? '';
  socket.disconnect();
  return answer;
}

/** The author's bundle: the demo bot with the pets answer changed. */
async function authorBundle() {
  const dir = demoProject({
    'kb/en.json': readRepoFile('kb/en.json').replace(dogsBefore, dogsAfter),
  });
  const loaded = await loadConfig(dir, { mode: 'start', env: {} });
  return createBundle(await collectBotFiles(dir, loaded.config!));
}

const serving = (node: RunningServer) => node.server.context.deployer!.versions().active;

describe('deployed versions shared by the servers on one database', () => {
  it('a deploy or rollback sent to one server is served by every server', async () => {
    const project = await clusterProject();
    const env = { ...project.env, CHATBOT_ADMIN_TOKEN: 'admin-token-0123456789abcdef' };
    const nodeA = await startServer({ dir: project.dir, env, mode: 'start' });
    const nodeB = await startServer({ dir: anotherNode(project), env, mode: 'start' });
    const first = serving(nodeA);
    expect(serving(nodeB)).toBe(first);

    const bundle = await authorBundle();
    const deployed = await nodeA.server.context.deployer!.deploy(bundle, { dryRun: false });
    await eventually(() => serving(nodeB) === deployed.version, 'the other server serving it');
    expect(await ask(nodeB.url, 'Can I bring my dog?')).toContain(dogsAfter);

    // A server started after the deploy catches up before it listens.
    const nodeC = await startServer({ dir: anotherNode(project), env, mode: 'start' });
    expect(serving(nodeC)).toBe(deployed.version);

    // Rolled back through another server: every server goes back.
    await nodeB.server.context.deployer!.rollback(first);
    await eventually(
      () => serving(nodeA) === first && serving(nodeC) === first,
      'every server serving the earlier version',
    );
    expect(await ask(nodeC.url, 'Can I bring my dog?')).toContain(dogsBefore);
  });
});
