/**
 * `chatbot gaps` over 10,000 recorded questions (target ≤ 5 s): the demo bot's knowledge, and a
 * gap log written as a server writes it, in three languages, made of a few hundred topics the
 * knowledge lacks, each asked in many spellings (greetings, typos, other words) with some one-off
 * questions. The figure is reading the log, grouping per language and ranking each group's
 * closest block: what the command does before printing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gapReport } from '../src/insight/gap-report.js';
import { LiveBot } from '../src/snapshot/live-bot.js';
import { GapLog, readGapLog } from '../src/store/gap-log.js';
import type { BenchRow } from './harness.js';

const recorded = 10_000;

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const words: Record<string, string[]> = {
  en: 'wifi drone vegan invoice parking locker stroller umbrella charger toilet sunscreen souvenir photographer helmet translator karaoke yoga massage laundry visa'.split(
    ' ',
  ),
  ru: 'вайфай дрон веган счет парковка камера коляска зонт зарядка туалет крем сувенир фотограф шлем переводчик караоке йога массаж прачечная виза'.split(
    ' ',
  ),
  es: 'wifi dron vegano factura aparcamiento taquilla carrito paraguas cargador baño crema recuerdo fotógrafo casco traductor karaoke yoga masaje lavandería visado'.split(
    ' ',
  ),
};
const frames: Record<string, string[]> = {
  en: [
    'do you have {a} on the {b}?',
    'hi! is there {a}',
    '{a} {b}?',
    'can I get {a} for the {b} trip',
    'any {a} near {b}',
  ],
  ru: [
    'есть ли {a} в {b}?',
    'здравствуйте, а {a} будет?',
    '{a} {b}?',
    'можно {a} на {b}',
    'а где {a} у {b}',
  ],
  es: [
    '¿hay {a} en el {b}?',
    'hola, tienen {a}',
    '{a} {b}?',
    'puedo tener {a} en {b}',
    'algún {a} cerca de {b}',
  ],
};

function question(next: () => number, lang: string): string {
  const list = words[lang]!;
  const frame = frames[lang]![Math.floor(next() * frames[lang]!.length)]!;
  const a = list[Math.floor(next() * list.length)]!;
  // One in five is a one-off: a second rare word of its own.
  const b =
    next() < 0.2
      ? `${list[Math.floor(next() * list.length)]}${Math.floor(next() * 1000)}`
      : list[Math.floor(next() * list.length)]!;
  return frame.replace('{a}', a).replace('{b}', b);
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chatbot-gaps-bench-'));
  const bot = await LiveBot.start({
    projectDir: fileURLToPath(new URL('..', import.meta.url)),
    mode: 'validate',
  });
  try {
    const log = new GapLog(dir);
    const next = random(7);
    const langs = ['en', 'ru', 'es'];
    for (let index = 0; index < recorded; index++) {
      const lang = langs[index % 3]!;
      await log.append({
        at: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
        conversationId: (index % 4000).toString(16).padStart(32, '0'),
        lang,
        question: question(next, lang),
        reason: index % 7 === 0 ? 'unsure' : 'refused',
      });
    }
    await log.close();
    const started = performance.now();
    const report = gapReport(bot.snapshot, await readGapLog(log.path));
    const ms = performance.now() - started;
    return [
      {
        bench: 'gaps',
        metric: `group ${recorded.toLocaleString('en')} recorded questions`,
        value: Math.round(ms),
        unit: 'ms',
        target: { max: 5000 },
      },
      { bench: 'gaps', metric: 'groups found', value: report.groups.length, unit: 'groups' },
    ];
  } finally {
    await bot.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
