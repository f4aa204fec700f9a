import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultBotName, scaffoldConfig } from '../../src/scaffold/init-project.js';
import { botProjectFiles, envVariables, packageName } from '../../src/scaffold/project-files.js';
import { readRepoFile } from '../helpers/project.js';

describe('scaffolding helpers', () => {
  it('lists the variables a config reads, not those in comments or escaped', () => {
    const config = 'a: ${ONE}\nb: "${TWO:-x} $${NOT}"\n# c: ${COMMENTED}\n';
    expect(envVariables(config)).toEqual(['ONE', 'TWO']);
  });

  it('makes npm package names and bot names from what it is given', () => {
    expect(packageName('Sol y Mar Tours!')).toBe('sol-y-mar-tours');
    expect(packageName('Café Ñandú')).toBe('cafe-nandu');
    expect(packageName('日本')).toBe('my-bot');
    expect(defaultBotName('/tmp/acme-travel_bot')).toBe('Acme Travel Bot');
  });

  it('rewrites the demo config without losing its comments', () => {
    const out = scaffoldConfig(readRepoFile('chatbot.config.yaml'), 'Acme', ['ru']);
    expect(out).toContain('name: Acme\n');
    expect(out).toContain('supported: [ ru ]');
    expect(out).toContain('ru: [ "оператор", "живой человек" ]');
    expect(out).not.toMatch(/^\s+en: \[/m);
    expect(out).toContain('# The demo bot: a small tour operator.');
  });

  it('scaffolds a workflow that checks pull requests and deploys main with the secrets', () => {
    const files = botProjectFiles({
      name: 'Acme',
      dependency: '^1.0.0',
      config: readRepoFile('chatbot.config.yaml'),
    });
    const workflow = parse(files['.github/workflows/chatbot.yml']!) as {
      on: Record<string, unknown>;
      jobs: Record<
        string,
        {
          needs?: string;
          if?: string;
          env?: Record<string, string>;
          concurrency?: { group: string };
          steps: Array<{ run?: string }>;
        }
      >;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    const check = workflow.jobs.check!.steps.map((step) => step.run).filter(Boolean);
    expect(check).toContain('npx chatbot validate --strict');
    const deploy = workflow.jobs.deploy!;
    expect(deploy.needs).toBe('check');
    expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(deploy.env).toEqual({
      CHATBOT_URL: '${{ secrets.CHATBOT_URL }}',
      CHATBOT_ADMIN_TOKEN: '${{ secrets.CHATBOT_ADMIN_TOKEN }}',
    });
    expect(deploy.concurrency?.group).toBe('chatbot-deploy');
    expect(deploy.steps.at(-1)?.run).toContain('npx chatbot deploy --url "$CHATBOT_URL"');
    expect(files['.gitignore']).toContain('.chatbot/');
  });
});
