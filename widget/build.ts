/**
 * Builds the widget into dist/widget: `widget.js` (the launcher, an IIFE the host page loads)
 * and `chat-<hash>.js` (the Svelte chat, an ES module the launcher imports on demand). Each is
 * also written compressed beside it (`.br`, `.gz`) at the highest levels, once, here: the server
 * sends whichever the browser accepts and never compresses a bundle per request. Prints the
 * sizes and fails when either bundle is over its gzipped budget.
 *
 *   tsx widget/build.ts           build, print sizes, fail over budget
 *   tsx widget/build.ts --dev     the same without minifying (readable stack traces)
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { build } from 'esbuild';
import sveltePlugin from 'esbuild-svelte';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist', 'widget');
const minify = !process.argv.includes('--dev');

/** Gzipped bytes: what loads with the host page, and the chat loaded on first open. */
export const budgets = { launcher: 6 * 1024, chat: 60 * 1024 } as const;

const browsers = ['chrome100', 'firefox100', 'safari15.4', 'edge100'];

async function buildChat(): Promise<string> {
  const result = await build({
    entryPoints: { chat: join(root, 'widget/src/chat/main.ts') },
    entryNames: '[name]-[hash]',
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: browsers,
    minify,
    legalComments: 'none',
    conditions: ['svelte', 'browser', 'production'],
    mainFields: ['svelte', 'browser', 'module', 'main'],
    loader: { '.css': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [sveltePlugin({ compilerOptions: { css: 'injected', dev: false } })],
    metafile: true,
    logLevel: 'warning',
  });
  const output = Object.keys(result.metafile.outputs).find((file) => file.endsWith('.js'));
  if (!output) throw new Error('esbuild produced no chat bundle');
  return basename(output);
}

async function buildLauncher(chatFile: string): Promise<void> {
  await build({
    entryPoints: [join(root, 'widget/src/launcher/main.ts')],
    outfile: join(outdir, 'widget.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: browsers,
    minify,
    legalComments: 'none',
    loader: { '.css': 'text' },
    define: { CHAT_FILE: JSON.stringify(chatFile) },
    logLevel: 'warning',
  });
}

export interface BundleSizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** Writes `<file>.gz` and `<file>.br` beside a bundle; returns the three sizes. */
async function compress(file: string): Promise<BundleSizes> {
  const bytes = await readFile(join(outdir, file));
  const gzip = gzipSync(bytes, { level: 9 });
  const brotli = brotliCompressSync(bytes, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
      [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  await writeFile(join(outdir, `${file}.gz`), gzip);
  await writeFile(join(outdir, `${file}.br`), brotli);
  return { raw: bytes.length, gzip: gzip.length, brotli: brotli.length };
}

export async function buildWidget(): Promise<{
  launcher: BundleSizes;
  chat: BundleSizes;
  chatFile: string;
}> {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const chatFile = await buildChat();
  await buildLauncher(chatFile);
  return { launcher: await compress('widget.js'), chat: await compress(chatFile), chatFile };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildWidget();
  const rows = [
    ['widget.js (launcher, loads with the page)', sizes.launcher, budgets.launcher],
    [`${sizes.chatFile} (chat, loads on open)`, sizes.chat, budgets.chat],
  ] as const;
  let over = false;
  console.log(
    'bundle'.padEnd(44),
    'raw'.padStart(9),
    'gzip'.padStart(9),
    'brotli'.padStart(9),
    'budget'.padStart(9),
  );
  for (const [name, size, budget] of rows) {
    over ||= size.gzip > budget;
    console.log(
      name.padEnd(44),
      kb(size.raw).padStart(9),
      kb(size.gzip).padStart(9),
      kb(size.brotli).padStart(9),
      kb(budget).padStart(9),
      size.gzip > budget ? 'OVER' : '',
    );
  }
  if (over && minify) {
    console.error('The widget is over its size budget.');
    process.exit(1);
  }
}
