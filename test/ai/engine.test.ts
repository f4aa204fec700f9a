import { describe, expect, it } from 'vitest';
import { AiEngine } from '../../src/ai/engine.js';
import { demoSnapshotWithCascade, patientTimeouts } from '../helpers/ai.js';

const link = {
  provider: 'openai' as const,
  model: 'gpt-test',
  apiKey: 'sk',
  timeouts: patientTimeouts,
};

describe('the AI engine', () => {
  it("keeps a provider's breaker across a reload that leaves the provider as it was", async () => {
    const engine = new AiEngine();
    const before = await demoSnapshotWithCascade([link, { provider: 'offline' }]);
    const [openai] = engine.links(before.config);
    for (let i = 0; i < before.config.ai.breaker.failures; i++) openai!.breaker.failure();
    expect(openai!.breaker.state).toBe('open');

    const reloaded = await demoSnapshotWithCascade([{ ...link }, { provider: 'offline' }]);
    expect(reloaded.config.ai).not.toBe(before.config.ai);
    expect(engine.links(reloaded.config)[0]!.breaker.state).toBe('open');

    const changed = await demoSnapshotWithCascade([{ ...link, model: 'gpt-other' }]);
    expect(engine.links(changed.config)[0]!.breaker.state).toBe('closed');
  });

  it('answers offline only when asked to, whatever the config says', async () => {
    const snapshot = await demoSnapshotWithCascade([link]);
    expect(new AiEngine(true).links(snapshot.config).map((l) => l.provider.kind)).toEqual([
      'offline',
    ]);
  });
});
