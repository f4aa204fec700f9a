import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoProject, readRepoFile } from '../helpers/project.js';

/** The demo bot with a sales assistant for the pricing page, and teams by page and language. */
function routedDemo(tests: string): string {
  const config = `${readRepoFile('chatbot.config.yaml')}
assignment:
  defaultTeam: support
assistants:
  sales:
    template: sales.hbs
    knowledge: { tags: [price, prices, precio, цена] }
routing:
  - when: { page: "/pricing*" }
    assistant: sales
    team: sales
  - when: { lang: es, returning: true }
    team: fidelidad
`;
  return demoProject({
    'chatbot.config.yaml': config,
    'templates/sales.hbs': 'You sell tours.\n\n{{knowledge}}\n',
    'tests/routing.yaml': tests,
  });
}

const passing = `cases:
  - name: The pricing page talks to sales
    lang: en
    page: https://solymartours.example/pricing?utm_source=google
    turns:
      - visitor: How much is the Montserrat trip?
        cites: [day-trips]
        assistant: sales
        team: sales
  - name: Anyone else talks to the default bot and goes to support
    lang: en
    page: https://solymartours.example/about
    turns:
      - visitor: How much is the Montserrat trip?
        assistant: default
        team: support
  - name: A returning Spanish visitor goes to the loyalty team
    lang: es
    returning: true
    turns:
      - visitor: Quiero hablar con una persona
        handoff: true
        team: fidelidad
`;

describe('chatbot prompt with routing', () => {
  it("prints the prompt of the page's assistant, or of the one named", async () => {
    const dir = routedDemo(passing);
    const routed = await runCli(['prompt', '--page', 'https://solymartours.example/pricing'], {
      cwd: dir,
    });
    expect(routed.code).toBe(0);
    expect(routed.stdout).toMatch(/^You sell tours\./);
    expect(routed.stdout).not.toContain('GC-004512');
    expect(routed.stderr).toContain('templates/sales.hbs, en, assistant sales, knowledge whole');
    const named = await runCli(['prompt', '--assistant', 'default'], { cwd: dir });
    expect(named.stdout).toMatch(/^You are the assistant of Sol y Mar Tours/);
    const unknown = await runCli(['prompt', '--assistant', 'sale'], { cwd: dir });
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('There is no assistant "sale"');
  });
});

describe('chatbot test with routing', () => {
  it('passes cases that assert the assistant that answered and the team the chat goes to', async () => {
    const result = await runCli(['test', 'tests/routing.yaml'], { cwd: routedDemo(passing) });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/✓ The pricing page talks to sales \[en · sales\]/);
    expect(result.stdout).toMatch(/^3 passed, 0 failed$/m);
    expect(result.code).toBe(0);
  });

  it('fails a case routed elsewhere, at its turn, saying who answered and where the chat goes', async () => {
    const wrong = passing
      .replace('assistant: sales\n        team: sales', 'assistant: default\n        team: billing')
      .replace('returning: true', 'returning: false');
    const result = await runCli(['test', 'tests/routing.yaml'], { cwd: routedDemo(wrong) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /tests\/routing\.yaml:\d+:\d+ turn 1: expected the assistant "default" to answer; "sales" did/,
    );
    expect(result.stdout).toContain(
      'turn 1: expected the chat to go to the team "billing"; it goes to "sales"',
    );
    expect(result.stdout).toContain(
      'turn 1: expected the chat to go to the team "fidelidad"; it goes to "support"',
    );
    expect(result.stdout).toMatch(/^1 passed, 2 failed$/m);
  });

  it('refuses a case that names an assistant the config does not have, at its key', async () => {
    const typo = passing.replace('assistant: sales', 'assistant: sale');
    const result = await runCli(['test', 'tests/routing.yaml'], { cwd: routedDemo(typo) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'error tests/routing.yaml:8:20 cases[0].turns[0].assistant TEST_INVALID',
    );
    expect(result.stderr).toContain('Did you mean "sales"?');
  });
});
