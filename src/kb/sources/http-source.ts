/**
 * Knowledge published over HTTP, one URL per language from a template
 * ("https://cdn.example/kb/{lang}.json"), polled with If-None-Match so an unchanged file costs
 * a 304 and no parsing.
 */
import { ChatbotError } from '../../errors/chatbot-error.js';
import { byCodeUnits } from '../../source/code-unit-order.js';
import { fileLimits, formatBytes } from '../../source/text-file.js';
import { contentVersion, type KnowledgeText, type KnowledgeTexts } from './texts.js';

interface CachedFile {
  readonly etag: string | undefined;
  readonly text: string;
}

export class HttpKnowledgeSource {
  private readonly cache = new Map<string, CachedFile>();

  constructor(
    private readonly urlTemplate: string,
    private readonly languages: readonly string[],
    private readonly timeoutMs = 30_000,
  ) {}

  urlFor(lang: string): string {
    return this.urlTemplate.replaceAll('{lang}', encodeURIComponent(lang));
  }

  /** Fetches every language; `changed` is false when every file answered 304 or is the same. */
  async fetch(): Promise<{ texts: KnowledgeTexts; changed: boolean }> {
    let changed = false;
    const files: KnowledgeText[] = [];
    await Promise.all(
      this.languages.map(async (lang) => {
        const url = this.urlFor(lang);
        const cached = this.cache.get(lang);
        try {
          const response = await fetch(url, {
            headers: cached?.etag ? { 'if-none-match': cached.etag } : {},
            signal: AbortSignal.timeout(this.timeoutMs),
          });
          if (response.status === 304 && cached) {
            files.push({ lang, displayPath: url, text: cached.text });
            return;
          }
          if (response.status === 404) {
            if (cached) changed = true;
            this.cache.delete(lang);
            return;
          }
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const text = await readLimited(response, fileLimits.knowledgeBytes, url);
          if (cached?.text !== text) changed = true;
          this.cache.set(lang, { etag: response.headers.get('etag') ?? undefined, text });
          files.push({ lang, displayPath: url, text });
        } catch (error) {
          changed = true;
          const message =
            error instanceof ChatbotError
              ? error.message
              : `${url} could not be fetched: ${(error as Error).message}`;
          files.push({
            lang,
            displayPath: url,
            problem: {
              severity: 'error',
              code: 'FILE_UNREADABLE',
              file: url,
              line: 1,
              col: 1,
              keyPath: '',
              message,
            },
          });
        }
      }),
    );
    files.sort((a, b) => byCodeUnits(a.lang, b.lang));
    return {
      texts: { version: contentVersion(files), files, expectedPath: (lang) => this.urlFor(lang) },
      changed,
    };
  }
}

async function readLimited(response: Response, limit: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  const tooLarge = () =>
    new ChatbotError('FILE_TOO_LARGE', `${url} is over the limit of ${formatBytes(limit)}`);
  if (declared > limit) throw tooLarge();
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}
