/**
 * Gap groups written into the project for an author: draft blocks in kb/<lang>.json (a title,
 * the group's questions as FAQ questions, answers marked TODO, which `chatbot validate` refuses
 * until they are written), and labelled eval cases (eval/*.yaml, `expect: none` until the
 * author points them at the block that now answers them). Both edit the files in place, keeping
 * their formatting and comments, so the change reads well in a pull request.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { GapGroup } from './gap-groups.js';

/** What an unwritten answer says: `chatbot validate` fails on it (KB_TODO). */
export const todoAnswer = 'TODO: write the answer';

export interface DraftBlock {
  readonly id: string;
  readonly title: string;
  readonly faq: Array<{ question: string; answer: string }>;
  readonly tags: string[];
}

/** A draft block for a group, with an id no block of the file has. */
export function draftBlock(group: GapGroup, takenIds: Set<string>): DraftBlock {
  const leader = group.questions[0]?.text ?? 'question';
  const slug = leader
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-');
  const base = `gap-${slug || 'question'}`;
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  takenIds.add(id);
  return {
    id,
    title: leader.replace(/\?+$/, '').trim(),
    faq: group.questions.map((question) => ({ question: question.text, answer: todoAnswer })),
    tags: [],
  };
}

/**
 * Appends draft blocks to a knowledge file's `blocks`, keeping the rest of the file byte for
 * byte and indenting the new blocks as the file is indented.
 */
export function withDraftBlocks(text: string, blocks: readonly DraftBlock[]): string {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = text;
  for (const block of blocks) {
    const edits = modify(out, ['blocks', -1], block, {
      isArrayInsertion: true,
      formattingOptions: {
        insertSpaces: !indent.startsWith('\t'),
        tabSize: indent.startsWith('\t') ? 1 : indent.length,
        eol,
      },
    });
    out = applyEdits(out, edits);
  }
  return out;
}

export async function writeDraftBlocks(
  file: string,
  groups: readonly GapGroup[],
): Promise<DraftBlock[]> {
  const text = await readFile(file, 'utf8');
  const ids = new Set(
    ((JSON.parse(text) as { blocks?: Array<{ id?: string }> }).blocks ?? []).map(
      (block) => block.id ?? '',
    ),
  );
  const blocks = groups.map((group) => draftBlock(group, ids));
  await writeFile(file, withDraftBlocks(text, blocks));
  return blocks;
}

/**
 * Adds the groups' questions to an eval file as labelled cases with `expect: none` (what the
 * knowledge answers today), creating the file when missing. Questions already in it are kept
 * as they are, so running it again adds only new ones.
 */
export async function writeEvalCases(
  file: string,
  groups: readonly GapGroup[],
  drafted: ReadonlyMap<GapGroup, string> = new Map(),
): Promise<number> {
  const document = existsSync(file)
    ? parseDocument(await readFile(file, 'utf8'))
    : parseDocument(
        '# Questions visitors asked that the bot could not answer well (chatbot gaps --eval).\n' +
          '# Each expects `none` until its answer is written: then change `expect` to the id of the\n' +
          '# block that answers it (the drafted block named in the comment), and keep it as a test.\n' +
          'questions: []\n',
      );
  if (!isMap(document.contents)) throw new Error(`${file} is not a YAML mapping`);
  let questions = document.get('questions');
  if (!isSeq(questions)) {
    questions = new YAMLSeq();
    document.set('questions', questions);
  }
  const seq = questions as YAMLSeq;
  seq.flow = false;
  const known = new Set(
    seq.items.map((item) => (isMap(item) ? String(item.get('q') ?? '') : '')).filter(Boolean),
  );
  let added = 0;
  for (const group of groups)
    for (const question of group.questions) {
      if (known.has(question.text)) continue;
      known.add(question.text);
      const node = document.createNode({
        lang: group.lang,
        q: question.text,
        expect: 'none',
        tags: ['gap'],
      });
      const block = drafted.get(group) ?? group.closest?.id;
      if (block)
        node.commentBefore = drafted.has(group)
          ? ` drafted block: ${block}`
          : ` closest block: ${block} (confidence ${group.closest?.confidence})`;
      seq.items.push(node);
      added++;
    }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, document.toString({ lineWidth: 0 }));
  return added;
}
