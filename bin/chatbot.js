#!/usr/bin/env node
// Thin launcher: everything lives in the compiled library so tests can call it directly.

// A reader that stops early (`chatbot --help | head -3`, an export piped into `head`) closes
// the pipe. That is no failure of ours: end quietly, as Unix tools do, instead of crashing on
// EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv);
