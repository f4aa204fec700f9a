/** Commands that work on a bot project's files: scaffold, check, test, score, pack, inspect. */
import {
  type CommandSpec,
  dirOption,
  jsonOption,
  langOption,
  liveOption,
  percentage,
  projectDir,
} from '../command-spec.js';
import type { TestCommandOptions } from '../test.js';

export const initCommand: CommandSpec = {
  name: 'init',
  description: 'scaffold a bot project: config, knowledge, templates, CI workflow',
  arguments: [['[dir]', 'directory to create the project in', '.']],
  options: [
    { flags: '--name <name>', description: 'bot and company name' },
    {
      flags: '--languages <list>',
      description: 'comma-separated language codes, the first is the default (e.g. en,ru)',
    },
    { flags: '-y, --yes', description: 'accept defaults, ask nothing' },
    { flags: '--force', description: 'write into a non-empty directory' },
    { flags: '--no-install', description: 'do not run npm install in the new project' },
  ],
  examples: [
    'chatbot init my-bot',
    'chatbot init my-bot --name "Acme Travel" --languages en,es --yes',
  ],
  run: async (dir, options) => (await import('../init.js')).runInit(dir, options),
};

export const validateCommand: CommandSpec = {
  name: 'validate',
  description: 'check the config, knowledge files and templates; exit 1 on errors',
  arguments: [projectDir],
  options: [
    {
      flags: '--format <format>',
      description: 'output format',
      choices: ['pretty', 'json'],
      default: 'pretty',
    },
    { flags: '--strict', description: 'fail on warnings too' },
  ],
  examples: [
    'chatbot validate',
    'chatbot validate ./my-bot --strict',
    'chatbot validate --format json > findings.json',
  ],
  notes:
    'Exit codes: 0 valid, 1 errors (or warnings with --strict), 2 usage.\nWith GITHUB_ACTIONS=true findings are also printed as pull request annotations.',
  run: async (dir, options) => (await import('../validate.js')).runValidate(dir, options),
};

export const testCommand: CommandSpec = {
  name: 'test',
  description:
    'run the conversation tests (tests/*.yaml) against the bot: offline, or the real cascade with --live',
  arguments: [['[files...]', 'test files (default: tests/*.yaml)']],
  options: [
    dirOption,
    {
      flags: '--reporter <reporter>',
      description: 'output format',
      choices: ['pretty', 'junit'],
      default: 'pretty',
    },
    { flags: '--output <file>', description: 'also write a JUnit XML report to this file' },
    liveOption,
  ],
  examples: [
    'chatbot test',
    'chatbot test tests/prices.yaml',
    'chatbot test --live --reporter junit --output junit.xml',
    'chatbot test --reporter junit > junit.xml',
  ],
  notes: 'Exit codes: 0 all passed, 1 a case failed or the bot is invalid, 2 usage.',
  run: async (files, options: TestCommandOptions & { dir: string }) =>
    (await import('../test.js')).runTests(options.dir, files, options),
};

export const evalCommand: CommandSpec = {
  name: 'eval',
  description:
    'score the answers against labelled question sets (eval/*.yaml): right, wrong, refused, retrieval top-1 and top-3',
  arguments: [['[files...]', 'eval files (default: eval/*.yaml)']],
  options: [
    dirOption,
    {
      flags: '--format <format>',
      description: 'output format',
      choices: ['pretty', 'json', 'junit'],
      default: 'pretty',
    },
    { flags: '--output <file>', description: 'also write a JUnit XML report to this file' },
    {
      flags: '--min-right <percent>',
      description: 'fail below this share of right answers to answerable questions',
      parse: percentage,
    },
    {
      flags: '--min-dialogue-right <percent>',
      description: 'fail below this share of right answers to answerable dialogue turns',
      parse: percentage,
    },
    {
      flags: '--min-reached <percent>',
      description:
        'fail below this share of answerable questions and turns answered right or offered a "did you mean…" button that answers',
      parse: percentage,
    },
    {
      flags: '--min-refusal <percent>',
      description: 'fail below this share of correct refusals of unanswerable questions',
      parse: percentage,
    },
    {
      flags: '--max-wrong <percent>',
      description: 'fail above this share of wrong answers among the answers given',
      parse: percentage,
    },
    {
      flags: '--min-top1 <percent>',
      description: 'fail below this retrieval top-1 share',
      parse: percentage,
    },
    {
      flags: '--min-top3 <percent>',
      description: 'fail below this retrieval top-3 share',
      parse: percentage,
    },
    liveOption,
    {
      flags: '--judge',
      description:
        'with --live: ask the configured model whether each answer is supported by its cited blocks',
    },
    {
      flags: '--sweep',
      description:
        'also score the sets at other confidence thresholds, to choose retrieval.minConfidence for this bot',
    },
  ],
  examples: [
    'chatbot eval',
    'chatbot eval --min-right 75 --min-refusal 85 --max-wrong 8',
    'chatbot eval eval/prices.yaml --format json',
    'chatbot eval --sweep',
    'chatbot eval --live --judge',
  ],
  notes: 'Exit codes: 0 every threshold met, 1 a threshold missed or a file is invalid, 2 usage.',
  run: async (files, options) => (await import('../eval.js')).runEval(files, options),
};

export const buildCommand: CommandSpec = {
  name: 'build',
  description: 'validate, run the conversation tests, and pack the bot into a versioned bundle',
  arguments: [projectDir],
  options: [
    {
      flags: '-o, --out <file>',
      description: 'where to write the bundle (default: .chatbot/bundle-<version>.json)',
    },
    { flags: '--no-tests', description: 'skip the conversation tests (validation always runs)' },
  ],
  examples: ['chatbot build', 'chatbot build --out bot.json'],
  notes:
    'The bundle holds the config, knowledge and templates (never .env), named by a hash of them, with the git commit and author.',
  run: async (dir, options) => (await import('../build.js')).runBuild(dir, options),
};

export const kbCommand: CommandSpec = {
  name: 'kb',
  description: 'inspect the knowledge: stats, search, status',
  subcommands: [
    {
      name: 'stats',
      description:
        'blocks, size in tokens and missing translations per language; per block, answers citing it and their votes',
      arguments: [projectDir],
      options: [
        jsonOption,
        {
          flags: '--data <dir>',
          description: "data folder for the answers (default: the config's storage.dir)",
        },
      ],
      examples: ['chatbot kb stats'],
      run: async (dir, options) => (await import('../kb.js')).runKbStats(dir, options),
    },
    {
      name: 'search',
      description: 'rank knowledge blocks for a question, as retrieval does',
      arguments: [['<question>', 'the question, in quotes']],
      options: [
        langOption,
        { flags: '-n, --limit <n>', description: 'how many blocks', default: '5' },
        dirOption,
        jsonOption,
      ],
      examples: ['chatbot kb search "сколько стоит экскурсия" --lang ru'],
      run: async (question, options) => (await import('../kb.js')).runKbSearch(question, options),
    },
    {
      name: 'status',
      description: 'where the knowledge comes from, its version, and the last error',
      arguments: [projectDir],
      options: [jsonOption],
      run: async (dir, options) => (await import('../kb.js')).runKbStatus(dir, options),
    },
  ],
};

export const promptCommand: CommandSpec = {
  name: 'prompt',
  description: 'print the exact system prompt the model receives',
  options: [
    langOption,
    {
      flags: '-q, --question <text>',
      description: 'a visitor question, to see what retrieval puts in',
    },
    {
      flags: '--at <iso-time>',
      description: 'the moment to render for (business hours), e.g. 2026-11-23T10:00:00+01:00',
    },
    {
      flags: '--assistant <name>',
      description: "an assistant's prompt (docs/routing.md); default: the one routing picks",
    },
    {
      flags: '--page <url>',
      description: 'the page the visitor is on, for the routing rules and the prompt',
    },
    dirOption,
  ],
  examples: [
    'chatbot prompt --lang ru',
    'chatbot prompt --lang es --question "¿Puedo cancelar?"',
    'chatbot prompt --page https://acme.example/pricing',
  ],
  run: async (options) => (await import('../prompt.js')).runPrompt(options),
};
