#!/usr/bin/env node
// Thin launcher: everything lives in the compiled library so tests can call it directly.
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv);
