/**
 * The conversation list (index.json) as last saved, read row by row for stats: a row's id and
 * creation time are found without parsing it, and a row in the period is parsed only up to the
 * visitor's texts kept for search, most of the file (the store writes a row's fields and stats
 * facts first, src/store/summaries.ts). Nothing is kept from one row to the next, so a hundred
 * thousand rows make no garbage to promote. Markers are found in a one-byte-a-character view of
 * the file, so that their places are byte offsets; a quote inside a JSON string is escaped, so
 * the markers below can only be a row's own structure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConversationSummary } from '../domain/conversation.js';

const rowStart = '{"id":"';
const createdKey = '"createdAt":"';
const rowTails = [',"lastMessage":', ',"visitorTexts":'];
/** Bytes of a non-ASCII character: a head with none is parsed as it is, without decoding. */
const nonAscii = /[\u0080-\u00ff]/;

export interface SavedRow {
  readonly id: string;
  readonly createdAt: string;
  /** The row's fields before its texts; undefined when it cannot be read. */
  head(): ConversationSummary | undefined;
}

export class SavedList {
  private constructor(
    private readonly bytes: Buffer,
    private readonly text: string,
    /** When the list was saved (ms): files written since may be newer than their rows. */
    readonly savedAt: number,
  ) {}

  /** The list in this data folder; undefined when there is none or it cannot be read. */
  static read(dataDir: string): SavedList | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dataDir, 'index.json'));
    } catch {
      return undefined;
    }
    const text = bytes.toString('latin1');
    const savedAt = Date.parse(/"savedAt":"([^"]+)"/.exec(text.slice(0, 200))?.[1] ?? '') || 0;
    return new SavedList(bytes, text, savedAt);
  }

  *rows(): Generator<SavedRow> {
    const text = this.text;
    let at = text.indexOf(rowStart);
    while (at !== -1) {
      const next = text.indexOf(rowStart, at + rowStart.length);
      const end = next === -1 ? text.length : next;
      const created = text.indexOf(createdKey, at);
      if (created !== -1 && created < end) {
        const from = created + createdKey.length;
        const start = at;
        yield {
          id: text.slice(at + rowStart.length, text.indexOf('"', at + rowStart.length)),
          createdAt: text.slice(from, text.indexOf('"', from)),
          head: () => this.parse(start, end),
        };
      }
      at = next;
    }
  }

  private parse(start: number, end: number): ConversationSummary | undefined {
    const text = this.text;
    let tail = end;
    for (const marker of rowTails) {
      const found = text.indexOf(marker, start);
      if (found !== -1 && found < tail) tail = found;
    }
    // A row not written as this version writes them: its history is read instead.
    if (tail === end) return undefined;
    const ascii = text.slice(start, tail);
    try {
      const head = nonAscii.test(ascii) ? this.bytes.toString('utf8', start, tail) : ascii;
      const row = JSON.parse(`${head}}`) as ConversationSummary | undefined;
      return typeof row?.id === 'string' && typeof row.createdAt === 'string' ? row : undefined;
    } catch {
      return undefined;
    }
  }
}
