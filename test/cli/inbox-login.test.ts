import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialsFile, resolveCredentials } from '../../src/inbox/credentials.js';
import { runCli } from '../helpers/cli.js';
import { demoProject } from '../helpers/project.js';
import { addOperator, startServer } from '../helpers/server.js';

describe('chatbot login and the inbox credentials', () => {
  it('checks the token with the server, then saves it for the user only (0600)', async () => {
    const { url, dir } = await startServer();
    const token = await addOperator(dir, 'Ann');
    const config = demoProject();
    const env = { XDG_CONFIG_HOME: config };

    const refused = await runCli(['login', '--url', url, '--token', 'cbo_wrong'], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The server refused this operator token');
    expect(() => statSync(credentialsFile(env))).toThrow();

    const accepted = await runCli(['login', '--url', `${url}/`, '--token', token], { env });
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain(`Logged in to ${url}`);
    const file = join(config, 'chatbot', 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ url, token });

    // Flags win over the environment, which wins over the saved file.
    expect(await resolveCredentials({}, env)).toEqual({ url, token });
    expect(await resolveCredentials({}, { ...env, CHATBOT_TOKEN: 'cbo_env' })).toEqual({
      url,
      token: 'cbo_env',
    });
    expect(
      await resolveCredentials({ token: 'cbo_flag' }, { ...env, CHATBOT_TOKEN: 'cbo_env' }),
    ).toEqual({ url, token: 'cbo_flag' });
  });

  it('the inbox without credentials, or off a terminal, says what to do', async () => {
    const none = await runCli(['inbox'], { env: { XDG_CONFIG_HOME: demoProject() } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('chatbot login --url');
    const piped = await runCli(['inbox', '--url', 'http://localhost:1', '--token', 'cbo_x'], {
      env: { XDG_CONFIG_HOME: demoProject() },
    });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toContain('run it in a terminal');
    const badUrl = await runCli(['login', '--url', 'ftp://x', '--token', 'cbo_x']);
    expect(badUrl.code).toBe(2);
  });
});
