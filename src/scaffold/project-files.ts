/** The files around the bot itself that `chatbot init` writes: manifest, ignores, env, README, CI. */

export interface ProjectFileInput {
  readonly name: string;
  /** The dependency on this package: a file: link from a checkout, else a version range. */
  readonly dependency: string;
  /** The scaffolded config text, to list the variables it reads. */
  readonly config: string;
}

export function packageName(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'my-bot';
}

export function envVariables(config: string): string[] {
  const names = new Set<string>();
  for (const match of config.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?\}/g)) {
    const line = config.slice(config.lastIndexOf('\n', match.index) + 1, match.index);
    if (!line.trimStart().startsWith('#')) names.add(match[1]!);
  }
  return [...names].sort();
}

const envDescriptions: Record<string, string> = {
  OPENAI_API_KEY:
    'OpenAI API key. Without it the OpenAI link is skipped and the offline answerer replies.',
  ANTHROPIC_API_KEY: 'Anthropic API key.',
  MISTRAL_API_KEY: 'Mistral API key (OpenAI-compatible endpoint).',
  TELEGRAM_BOT_TOKEN: 'Telegram bot token for lead and handoff notifications.',
  WEBHOOK_SECRET: 'Secret that signs webhook bodies (HMAC-SHA256).',
};

export function botProjectFiles(input: ProjectFileInput): Record<string, string> {
  const manifest = {
    name: packageName(input.name),
    private: true,
    type: 'module',
    scripts: {
      validate: 'chatbot validate',
      test: 'chatbot test',
      eval: 'chatbot eval',
    },
    dependencies: {
      chatbot: input.dependency,
    },
  };
  const variables = envVariables(input.config);
  const envExample = [
    '# Copy to .env and fill in. Unset keys are fine for development: the bot answers offline.',
    ...variables.flatMap((name) => [
      `# ${envDescriptions[name] ?? 'Used by chatbot.config.yaml.'}`,
      `${name}=`,
    ]),
    '',
  ].join('\n');

  return {
    'package.json': `${JSON.stringify(manifest, null, 2)}\n`,
    '.gitignore': ['node_modules/', 'data/', '.env', '.chatbot/', ''].join('\n'),
    '.env.example': envExample,
    'README.md': projectReadme(input.name),
    '.github/workflows/chatbot.yml': workflow(),
  };
}

function projectReadme(name: string): string {
  return `# ${name}

This bot is kept as code: edit the files, open a pull request, and CI checks every change
before it reaches visitors.

| file | what it holds |
| --- | --- |
| \`chatbot.config.yaml\` | languages, AI providers, handoff rules, widget look, notifications |
| \`kb/<lang>.json\` | what the bot knows, one file per language, with the same block ids |
| \`templates/system.hbs\` | the system prompt (\`system.<lang>.hbs\` overrides it for one language) |
| \`tests/*.yaml\` | conversation tests: questions and what the answers must contain or cite |
| \`eval/*.yaml\` | labelled visitor questions: which blocks answer each, or none; \`chatbot eval\` scores the bot on them |
| \`.env\` | API keys and secrets (copy \`.env.example\`; never commit it) |

## Work on it

\`\`\`sh
npm install
npx chatbot validate         # checks config, knowledge and templates; exit 1 on errors
npx chatbot test             # conversation tests in tests/*.yaml, offline
npx chatbot eval             # answer quality on the labelled questions in eval/*.yaml
npx chatbot kb search "can I cancel?"   # what retrieval finds for a question
npx chatbot prompt --lang en # the exact system prompt the model receives
\`\`\`

\`npx chatbot dev\` serves the bot on http://localhost:3000 with a demo page that embeds the chat.
On your site, one tag does it (options and the JS API: the widget page of chatbot's docs):

\`\`\`html
<script src="https://your-bot-server.example/widget.js" async></script>
\`\`\`

Your editor completes and checks \`chatbot.config.yaml\` and \`kb/*.json\` through their JSON
Schemas (the \`$schema\` references point into \`node_modules/chatbot/schema\`).

## Pull requests

\`.github/workflows/chatbot.yml\` runs \`chatbot validate --strict\`, \`chatbot test\` and \`chatbot eval\`
on every pull request, annotates the exact lines of any problem in the diff, and fails when an
answer a test relies on is gone or answer quality falls below the thresholds in the workflow
(raise them as your knowledge and your eval set grow).

## Deploy

On a server, \`chatbot start\` runs the bot (\`npx chatbot deploy --print systemd\` writes a systemd
unit for it). From here, one command ships a change, with no restart and no dropped chat:

\`\`\`sh
export CHATBOT_ADMIN_TOKEN=…                         # the server's CHATBOT_ADMIN_TOKEN
npx chatbot deploy --url https://bot.example.com --dry-run   # what would change
npx chatbot deploy --url https://bot.example.com             # validate, test, ship
npx chatbot versions --url https://bot.example.com           # what the server keeps
npx chatbot rollback --url https://bot.example.com           # undo
\`\`\`

Name the server once in \`chatbot.config.yaml\` (\`deploy.targets.production.url\`) and \`--url\` can
go. The workflow deploys every push to main once the repository has two secrets:
\`CHATBOT_URL\` and \`CHATBOT_ADMIN_TOKEN\`.

If this project was created from a local checkout of chatbot, \`package.json\` links it with a
\`file:\` path, which exists only on your machine: replace it with a version range before CI runs.
`;
}

/** Each job runs on a fresh machine: the project and its dependencies, every time. */
const setupSteps = `      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
`;

function workflow(): string {
  return `name: chatbot

on:
  pull_request:
  push:
    branches: [main]

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
${setupSteps}      # Findings appear as annotations on the pull request's changed lines.
      - run: npx chatbot validate --strict
      # Conversation tests run offline: no API key or secret is needed.
      - run: npx chatbot test --output chatbot-tests.xml
      # Answer quality on the labelled questions in eval/, offline; raise the floors as it grows.
      - run: npx chatbot eval --min-right 40 --min-refusal 60 --max-wrong 30
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: chatbot-tests
          path: chatbot-tests.xml

  # Every push to main ships the bot to the server (see "Deploy" in README.md). The server
  # validates it again and keeps the previous versions: \`npx chatbot rollback\` undoes it.
  deploy:
    needs: check
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    # One deploy at a time, in push order.
    concurrency:
      group: chatbot-deploy
      cancel-in-progress: false
    env:
      CHATBOT_URL: \${{ secrets.CHATBOT_URL }}
      CHATBOT_ADMIN_TOKEN: \${{ secrets.CHATBOT_ADMIN_TOKEN }}
    steps:
${setupSteps}      - name: Deploy
        run: |
          if [ -z "$CHATBOT_URL" ]; then
            echo "::notice::Set the CHATBOT_URL and CHATBOT_ADMIN_TOKEN secrets to deploy on every push to main."
            exit 0
          fi
          # Tests ran in the check job; the server validates the bundle again.
          npx chatbot deploy --url "$CHATBOT_URL" --no-tests
`;
}
