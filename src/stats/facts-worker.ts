/** The helper thread of helper-read.ts: reads its share of the folder, sends facts in chunks. */
import { parentPort, workerData } from 'node:worker_threads';
import { type ReadProblems, readFacts } from './data-dir.js';
import type { ConversationFacts } from './facts.js';
import type { HelperInput, HelperMessage } from './helper-read.js';

const chunkSize = 1000;
const { dir, tasks, range } = workerData as HelperInput;
const problems: ReadProblems = { unreadable: 0 };
let chunk: ConversationFacts[] = [];
for (const task of tasks) {
  const facts = readFacts(dir, task, range, problems);
  if (facts) chunk.push(facts);
  if (chunk.length >= chunkSize) {
    parentPort!.postMessage({ facts: chunk } satisfies HelperMessage);
    chunk = [];
  }
}
parentPort!.postMessage({
  facts: chunk,
  end: true,
  unreadable: problems.unreadable,
} satisfies HelperMessage);
