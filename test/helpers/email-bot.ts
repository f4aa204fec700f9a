/**
 * The demo bot with email on, sending to a real SMTP server (test/fakes/smtp-fake.ts), with a
 * 1 s handoff.waitTimeout and an operator, Ana, connected (her token too, for the inbox).
 */
import type { Socket } from 'socket.io-client';
import { startSmtpFake } from '../fakes/smtp-fake.js';
import { cleanupAfterTest } from './bot.js';
import { demoProject } from './project.js';
import { addOperator, connectedOperator, startServer, waitFor } from './server.js';

export interface Entry {
  kind: string;
  author?: { kind: string; name?: string };
  text?: string;
}

export const page = 'https://solymar.example/tours/montserrat';

export async function emailBot(options: { copyTo?: string[]; closed?: boolean } = {}) {
  const smtp = await startSmtpFake();
  cleanupAfterTest(() => smtp.close());
  const dir = demoProject({
    'chatbot.config.yaml': `name: Sol y Mar Tours
languages: { default: en, supported: [en, ru, es] }
server: { publicUrl: "https://chat.solymar.example" }
ai: { cascade: [{ provider: offline }] }
handoff:
  keywords: { en: ["talk to a person"], ru: ["оператор"], es: ["hablar con una persona"] }
  waitTimeout: 1s
${options.closed ? '  hours: { timezone: UTC, mon-sun: closed }\n' : ''}email:
  from: "Sol y Mar <help@solymar.example>"
  smtp: { host: 127.0.0.1, port: ${smtp.port}, user: bot, pass: s3cret }
  transcripts: { copyTo: [${(options.copyTo ?? []).join(', ')}] }
`,
  });
  const running = await startServer({ dir });
  const anaToken = await addOperator(dir, 'Ana');
  const ana = await connectedOperator(running.url, anaToken);
  return { ...running, smtp, ana, anaToken };
}

export const botSaid = (socket: Socket, part: string) =>
  waitFor<Entry>(
    socket,
    'entry',
    (entry) => entry.author?.kind === 'bot' && Boolean(entry.text?.includes(part)),
  );
