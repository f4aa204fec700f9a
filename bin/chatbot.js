#!/usr/bin/env node
// Thin launcher: everything lives in the compiled library so tests can call it directly.
// File I/O runs on libuv's thread pool (4 threads by default); under load one slow rename on a
// busy disk would hold up every conversation's appends behind it, so the server gets more.
process.env.UV_THREADPOOL_SIZE ??= '16';
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv);
