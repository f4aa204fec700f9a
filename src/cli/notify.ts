/**
 * `chatbot notify test`: sends a test message through every configured channel at once and
 * says, per channel, whether it arrived, so a wrong token or URL shows before the first lead.
 */
import { ChatbotError, ExitCode, ExitError } from '../errors/chatbot-error.js';
import { configuredChannels, sendToAll } from '../notify/channels.js';
import { createOutput } from './output.js';
import { loadProjectConfig } from './project-config.js';

export async function runNotifyTest(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const output = createOutput(env);
  const { config } = await loadProjectConfig(dir, output, 'dev', env);
  const channels = configuredChannels(config.notify, config.email);
  if (channels.length === 0)
    throw new ChatbotError(
      'NOTIFY_NOT_CONFIGURED',
      'chatbot.config.yaml has no notify.telegram, notify.slack, notify.email or notify.webhooks',
    );
  const results = await sendToAll(channels, {
    type: 'test',
    text: `Test message from ${config.name}: notifications work.`,
    data: { test: true, bot: config.name },
  });
  const { colors } = output;
  for (const { channel, outcome } of results)
    output.out(
      outcome.ok
        ? `${colors.green('✓')} ${channel}`
        : `${colors.red('✗')} ${channel}: ${outcome.error}`,
    );
  if (results.some((result) => !result.outcome.ok)) throw new ExitError(ExitCode.invalidInput);
}
