/**
 * Reading a timeline log for stats without parsing all of it. A line is the store's
 * `{"e":{"seq":…,"id":…,"at":…,"kind":…,…},"m":{…}}`; most of its bytes are message text the
 * KPIs never read, and a full JSON.parse of a million lines was most of `chatbot stats`' time.
 *
 * The log is read as bytes and viewed as Latin-1, one character per byte, which is cheap to
 * make and to search, and whose positions are byte offsets: the few parts that are parsed (a
 * bot reply's details, an event, a patch) are decoded from the bytes as UTF-8. Keys are found by
 * plain search, which is sound for JSON: a quote inside a string is always escaped, so `"name":`
 * can only be a key. Any line the quick reading does not recognise is parsed whole.
 */
import type { TimelineEntry } from '../domain/conversation.js';

export interface LogLineFacts {
  readonly entry: TimelineEntry;
  /** The conversation state the line's patch set, if it set one. */
  readonly state?: string;
}

const prefix = '{"e":{"seq":';
const messageAuthor = '"kind":"message","author":{"kind":"';
const isoLength = 24;

/** Every whole line of a log, in order; a last line with no newline is still being written. */
export function* readLog(bytes: Buffer): Generator<LogLineFacts> {
  const text = bytes.toString('latin1');
  const utf8 = (start: number, end: number) => bytes.toString('utf8', start, end);
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end < 0) return;
    if (end > start) {
      let line: LogLineFacts | undefined;
      try {
        // A slice of its own, so that no search runs past the line's end.
        line =
          quickLine(text.slice(start, end), (from, to) => utf8(start + from, start + to)) ??
          parsed(utf8(start, end));
      } catch {
        // A line that is not JSON was never acknowledged (the store cuts such lines on load).
      }
      if (line) yield line;
    }
    start = end + 1;
  }
}

function parsed(line: string): LogLineFacts {
  const whole = JSON.parse(line) as { e: TimelineEntry; m?: { state?: string } };
  return whole.m?.state ? { entry: whole.e, state: whole.m.state } : { entry: whole.e };
}

/** A message read by position; undefined for anything else (events are small: parsed whole). */
function quickLine(
  line: string,
  utf8: (start: number, end: number) => string,
): LogLineFacts | undefined {
  if (!line.startsWith(prefix)) return undefined;
  const seq = Number.parseInt(line.slice(prefix.length, prefix.length + 16), 10);
  const atKey = line.indexOf('"at":"', prefix.length);
  if (atKey < 0 || Number.isNaN(seq)) return undefined;
  const atStart = atKey + 6;
  if (line.charCodeAt(atStart + isoLength) !== 0x22) return undefined;
  const authorAt = atStart + isoLength + 2 + messageAuthor.length;
  if (!line.startsWith(messageAuthor, atStart + isoLength + 2)) return undefined;
  const author = line.startsWith('visitor"', authorAt)
    ? visitorAuthor
    : line.startsWith('bot"', authorAt)
      ? botAuthor
      : line.startsWith('operator"', authorAt)
        ? operatorAuthor
        : undefined;
  if (!author) return undefined;
  const end = line.length;
  const patchAt = line.lastIndexOf('},"m":{');
  const hasPatch = patchAt > authorAt;
  // Where the entry's closing brace is: before the patch, or before the line's own.
  const entryClose = hasPatch ? patchAt : end - 2;
  const state = hasPatch
    ? (JSON.parse(utf8(patchAt + 6, end - 1)) as { state?: string }).state
    : undefined;
  let bot: unknown;
  if (author === botAuthor) {
    const botAt = line.indexOf('"bot":{', authorAt);
    if (botAt >= 0 && botAt < entryClose) bot = botDetails(line, botAt, entryClose, utf8);
  }
  const entry = {
    kind: 'message',
    seq,
    at: line.slice(atStart, atStart + isoLength),
    // Whose it was is all stats need of the author: an operator's name is left out.
    author,
    text: '',
    attachments: noAttachments,
    ...(bot ? { bot } : {}),
  } as unknown as TimelineEntry;
  return state ? { entry, state } : { entry };
}

const visitorAuthor = Object.freeze({ kind: 'visitor' });
const botAuthor = Object.freeze({ kind: 'bot' });
const operatorAuthor = Object.freeze({ kind: 'operator' });
const noAttachments = Object.freeze([]);

/** The end of the JSON object or array that starts at `start`, minding strings. */
function valueEnd(line: string, start: number): number {
  let depth = 0;
  for (let index = start; index < line.length; index++) {
    const char = line.charCodeAt(index);
    if (char === 0x22) {
      for (index++; index < line.length && line.charCodeAt(index) !== 0x22; index++)
        if (line.charCodeAt(index) === 0x5c) index++;
    } else if (char === 0x7b || char === 0x5b) depth++;
    else if ((char === 0x7d || char === 0x5d) && --depth === 0) return index + 1;
  }
  return line.length;
}

/**
 * What stats read of a bot reply's details: its provider, refusal, handoff, attempts and topics. The
 * citations, most of the details, are skipped unparsed.
 */
function botDetails(
  line: string,
  from: number,
  close: number,
  utf8: (start: number, end: number) => string,
): Record<string, unknown> {
  const at = (key: string) => {
    const found = line.indexOf(key, from);
    return found >= 0 && found < close ? found + key.length : -1;
  };
  const json = (key: string) => {
    const start = at(key);
    return start < 0 ? undefined : JSON.parse(utf8(start, valueEnd(line, start)));
  };
  const providerAt = at('"provider":"');
  const details: Record<string, unknown> = {
    provider: providerAt < 0 ? 'bot' : line.slice(providerAt, line.indexOf('"', providerAt)),
  };
  if (at('"refusal":true') >= 0) details.refusal = true;
  const handoff = json('"handoff":');
  if (handoff) details.handoff = handoff;
  const attempts = json('"attempts":');
  if (attempts) details.attempts = attempts;
  const topics = json('"topics":');
  if (topics) details.topics = topics;
  return details;
}
