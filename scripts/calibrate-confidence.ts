/**
 * Refits the offline answerer's confidence (src/kb/confidence.ts) on every labelled eval set
 * we have: the demo bot's and each fixture bot's. A question counts as "answer" when its best
 * block is one of its labels and "refuse" otherwise (an unanswerable question, or a wrong
 * best block). It prints the weights to paste into confidence.ts, and, for each threshold,
 * what the bots would do, fitted on all but one business and scored on the one left out: the
 * figure that says how the weights carry to a business they were not fitted on.
 *
 * Businesses in `heldOut` are never fitted on: they were written after the last tuning and
 * measure how the answerer generalises. Their rows are printed last, scored with the weights
 * fitted on all the others, for information only; tune nothing on them.
 *
 *   npx tsx scripts/calibrate-confidence.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { answerOffline } from '../src/ai/offline-answerer.js';
import { lastExchange } from '../src/chat/bot-turn.js';
import { questionOf } from '../src/domain/contact-details.js';
import {
  type ConfidenceFeatures,
  confidenceFeatures,
  confidenceOf,
  confidenceWeights,
} from '../src/kb/confidence.js';
import { buildSnapshot } from '../src/snapshot/bot-snapshot.js';

type Weights = Record<keyof ConfidenceFeatures | 'bias', number>;
interface Sample {
  readonly business: string;
  readonly dialogue: boolean;
  readonly answerable: boolean;
  readonly topIsRight: boolean;
  readonly features: ConfidenceFeatures;
}

/**
 * Dialogue turns count half as much again as single questions in the fit: there are fewer of
 * them (about one in three samples), yet answering follow-ups is as much of the target.
 */
const dialogueWeight = 1.5;
/**
 * Fixture bots kept out of fitting and tuning (see above). A held-out business joins the
 * tuning ones once its failures have been looked at: the dental clinic after two rounds, the
 * language school after one, and the removals company, written blind like them, as soon as it
 * was first measured. The veterinary practice, written at the same time, stays held out beside
 * the bicycle shop. Of the two businesses written in five more languages, the garage (de, fr,
 * it) tunes those languages' stop words and lexicons; the coworking space (pt, uk, en) is held
 * out, and so is the hair and beauty salon (pt, uk, en), written blind after the latest tuning.
 */
const heldOut = ['bikeshop', 'vet', 'cowork', 'salon'];
const projects = [
  '.',
  ...readdirSync('test/fixtures/bots').map((name) => join('test/fixtures/bots', name)),
];
const samples: Sample[] = [];
const heldOutSamples: Sample[] = [];
for (const dir of projects) {
  const held = heldOut.includes(dir.split('/').at(-1)!);
  (held ? heldOutSamples : samples).push(...(await samplesOf(dir)));
}

const businesses = [...new Set(samples.map((sample) => sample.business))];
const thresholds = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
console.log(`${samples.length} labelled questions and turns from ${businesses.join(', ')}\n`);
console.log('Left out      threshold  right (questions, turns)  correct refusals  wrong of given');
for (const business of businesses) {
  const weights = fitWeights(samples.filter((sample) => sample.business !== business));
  const held = samples.filter((sample) => sample.business === business);
  for (const threshold of thresholds)
    console.log(`${business.padEnd(14)}${row(held, weights, threshold)}`);
}
const weights = fitWeights(samples);
console.log('\nAll, fitted on all:');
for (const threshold of thresholds)
  console.log(`${'all'.padEnd(14)}${row(samples, weights, threshold)}`);
if (heldOutSamples.length > 0) {
  console.log(
    `\nHeld out (${heldOut.join(', ')}), never fitted on, scored with the weights above:`,
  );
  for (const threshold of thresholds)
    console.log(`${'held out'.padEnd(14)}${row(heldOutSamples, weights, threshold)}`);
}
// What a refit would change: every business with the weights src/kb/confidence.ts has now.
console.log('\nWith the weights in confidence.ts now:');
for (const threshold of thresholds) {
  console.log(`${'tuning'.padEnd(14)}${row(samples, confidenceWeights, threshold)}`);
  if (heldOutSamples.length > 0)
    console.log(`${'held out'.padEnd(14)}${row(heldOutSamples, confidenceWeights, threshold)}`);
}
console.log('\nexport const confidenceWeights = {');
for (const [key, value] of Object.entries(weights)) console.log(`  ${key}: ${value.toFixed(2)},`);
console.log('};');

async function samplesOf(dir: string): Promise<Sample[]> {
  const { snapshot } = await buildSnapshot(dir, { mode: 'validate', env: {} });
  if (!snapshot) throw new Error(`${dir} is not a valid bot`);
  const business = dir === '.' ? 'demo' : dir.split('/').at(-1)!;
  const out: Sample[] = [];
  const sample = (
    lang: string | undefined,
    q: string,
    expect: 'none' | string[],
    previous: string[],
    dialogue: boolean,
  ) => {
    const resolved = snapshot.resolveLanguage(lang);
    const knowledge = snapshot.knowledge(resolved);
    const question = questionOf(q, resolved, snapshot.config.leads.phoneCountry);
    const ranked = knowledge.rank(question, previous, 3);
    const top = ranked.hits[0]?.block.id;
    out.push({
      business,
      dialogue,
      answerable: expect !== 'none',
      topIsRight: expect !== 'none' && top !== undefined && expect.includes(top),
      features: confidenceFeatures(knowledge, ranked),
    });
    const answer = answerOffline(knowledge, question, previous, snapshot.config.retrieval);
    return answer.text;
  };
  for (const file of readdirSync(join(dir, 'eval')).filter((name) => /\.ya?ml$/.test(name))) {
    const set = parse(readFileSync(join(dir, 'eval', file), 'utf8'));
    for (const item of set.questions ?? []) sample(item.lang, item.q, item.expect, [], false);
    for (const dialogue of set.dialogues ?? []) {
      let turns: Array<{ author: 'visitor' | 'bot'; text: string }> = [];
      const knowledge = snapshot.knowledge(snapshot.resolveLanguage(dialogue.lang));
      const texts = { fallback: knowledge.fallback, didYouMean: knowledge.ui.didYouMean };
      for (const turn of dialogue.turns) {
        const reply = sample(dialogue.lang, turn.q, turn.expect, lastExchange(turns, texts), true);
        turns = [...turns, { author: 'visitor', text: turn.q }, { author: 'bot', text: reply }];
      }
    }
  }
  return out;
}

/** Logistic regression by gradient descent, with a little L2 so no weight runs away. */
function fitWeights(train: readonly Sample[]): Weights {
  const keys = ['bias', ...Object.keys(train[0]!.features)] as Array<keyof Weights>;
  const weights = Object.fromEntries(keys.map((key) => [key, 0])) as Weights;
  const x = (sample: Sample, key: keyof Weights) => (key === 'bias' ? 1 : sample.features[key]);
  for (let step = 0; step < 3000; step++) {
    const gradient = Object.fromEntries(keys.map((key) => [key, 0])) as Weights;
    for (const sample of train) {
      const error =
        (confidenceOf(sample.features, weights) - (sample.topIsRight ? 1 : 0)) *
        (sample.dialogue ? dialogueWeight : 1);
      for (const key of keys) gradient[key] += error * x(sample, key);
    }
    for (const key of keys)
      weights[key] -=
        0.5 * (gradient[key] / train.length + (key === 'bias' ? 0 : 0.01 * weights[key]));
  }
  return weights;
}

function row(held: readonly Sample[], weights: Weights, threshold: number): string {
  const answers = (sample: Sample) => confidenceOf(sample.features, weights) >= threshold;
  const rate = (part: number, whole: number) =>
    whole ? `${((100 * part) / whole).toFixed(0)}%` : '–';
  const right = (dialogue: boolean) => {
    const answerable = held.filter((s) => s.answerable && s.dialogue === dialogue);
    return rate(answerable.filter((s) => s.topIsRight && answers(s)).length, answerable.length);
  };
  const none = held.filter((s) => !s.answerable);
  const given = held.filter(answers);
  const wrong = given.filter((s) => !s.topIsRight);
  return `${threshold.toFixed(2).padEnd(11)}${`${right(false)}, ${right(true)}`.padEnd(26)}${rate(none.filter((s) => !answers(s)).length, none.length).padEnd(18)}${rate(wrong.length, given.length)}`;
}
