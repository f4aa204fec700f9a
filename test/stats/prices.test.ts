/** ai.prices: checked where it is written, and the cost it gives. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { costOf } from '../../src/stats/prices.js';
import { project } from '../helpers/project.js';

async function load(yaml: string) {
  const loaded = await loadConfig(project({ 'chatbot.config.yaml': yaml }), { mode: 'validate' });
  return { ...loaded, findings: loaded.findings.filter((f) => f.code !== 'CONFIG_NO_ORIGINS') };
}

const cascade = 'ai:\n  cascade:\n    - { provider: openai, model: gpt-4o-mini, apiKey: k }\n';

describe('ai.prices', () => {
  it('takes a price per 1M input and output tokens per model', async () => {
    const { config, findings } = await load(
      `name: A\n${cascade}  prices:\n    gpt-4o-mini: { input: 0.15, output: 0.6 }\n`,
    );
    expect(findings).toEqual([]);
    expect(config?.ai.prices).toEqual({ 'gpt-4o-mini': { input: 0.15, output: 0.6 } });
  });

  it('refuses a negative or missing price, at its line', async () => {
    const { config, findings } = await load(
      `name: A\n${cascade}  prices:\n    gpt-4o-mini: { input: -1 }\n`,
    );
    expect(config).toBeUndefined();
    expect(findings.map((finding) => finding.line)).toContain(6);
    expect(findings.map((finding) => finding.keyPath).join(' ')).toMatch(/ai\.prices/);
  });

  it('warns about a price for a model no cascade link uses', async () => {
    const { config, findings } = await load(
      `name: A\n${cascade}  prices:\n    gpt-4o-mni: { input: 0.15, output: 0.6 }\n`,
    );
    expect(config).toBeDefined();
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'CONFIG_UNUSED_PRICE', line: 6 }),
    ]);
  });

  it('estimates a cost, and says when a model that used tokens has no price', () => {
    const prices = { 'gpt-4o-mini': { input: 0.15, output: 0.6 } };
    const use = {
      provider: 'openai',
      model: 'gpt-4o-mini',
      inputTokens: 2_000_000,
      outputTokens: 500_000,
    };
    expect(costOf(prices, use)).toBeCloseTo(0.6);
    expect(costOf(prices, { ...use, model: 'claude' })).toBeNull();
    expect(costOf(prices, { ...use, model: 'offline', inputTokens: 0, outputTokens: 0 })).toBe(0);
  });
});
