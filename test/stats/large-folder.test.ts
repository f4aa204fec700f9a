/**
 * A folder large enough to be read on two threads (the built `chatbot stats`) gives the same
 * report as one thread reading it all (the library, in this process), and as a hand count of
 * what the generator wrote.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/stats.bench.js';
import { computeStats } from '../../src/stats/compute.js';
import { DataDirFacts } from '../../src/stats/data-dir.js';
import { helperFrom } from '../../src/stats/helper-read.js';
import { periodOf } from '../../src/stats/period.js';
import type { StatsReport } from '../../src/stats/report.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/project.js';

/** The numbers that do not move with the second between the two reports. */
function settled(report: StatsReport) {
  const { activeNow: _a, ended: _e, botResolved: _b, botResolvedRate: _r, ...rest } = report.total;
  return rest;
}

describe('a large data folder', () => {
  it('gives the same report read on two threads as on one', async () => {
    const dir = tempDir();
    const conversations = helperFrom + 1000;
    const { messages } = generate(dir, conversations);
    const cli = await runCli(['stats', '--data', dir, '--since', '31d', '--format', 'json']);
    expect(cli.stderr).toBe('');
    const twoThreads = JSON.parse(cli.stdout) as StatsReport;
    const oneThread = await computeStats(
      new DataDirFacts(dir),
      periodOf({ since: '31d' }, new Date()),
    );
    expect(twoThreads.total).toMatchObject({ conversations, messages });
    expect(settled(twoThreads)).toEqual(settled(oneThread));
  });
});
