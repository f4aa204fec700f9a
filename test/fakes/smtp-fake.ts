/**
 * A real SMTP server (smtp-server) on a free port that keeps every mail it accepts, parsed
 * (mailparser), so tests check what a mailbox would show. Addresses can be made to bounce
 * (550 at RCPT) and the server can be made to defer everything (451) to test retries.
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly envelopeTo: string[];
  readonly parsed: ParsedMail;
  /** A header's value as text ('' when missing). */
  header(name: string): string;
}

export interface SmtpFake {
  readonly port: number;
  readonly mails: ReceivedMail[];
  readonly logins: string[];
  bounce(address: string): void;
  deferAll(on: boolean): void;
  close(): Promise<void>;
}

export async function startSmtpFake(): Promise<SmtpFake> {
  const mails: ReceivedMail[] = [];
  const logins: string[] = [];
  const bouncing = new Set<string>();
  let deferring = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, done) {
      logins.push(`${auth.username}:${auth.password}`);
      done(null, { user: auth.username });
    },
    onRcptTo(address, _session, done) {
      if (deferring)
        return done(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      if (bouncing.has(address.address.toLowerCase()))
        return done(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      done();
    },
    onData(stream, session, done) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            parsed,
            // As written on the wire (unfolded), not as mailparser interprets it.
            header: (name) => {
              const line = parsed.headerLines.find((header) => header.key === name.toLowerCase());
              return line
                ? line.line
                    .slice(line.line.indexOf(':') + 1)
                    .replace(/\r?\n\s+/g, ' ')
                    .trim()
                : '';
            },
          });
          done();
        })
        .catch((error: Error) => done(error));
    },
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    logins,
    bounce: (address) => bouncing.add(address.toLowerCase()),
    deferAll: (on) => {
      deferring = on;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The email config that reaches the fake. */
export function smtpConfigFor(fake: SmtpFake) {
  return {
    from: 'Sol y Mar <help@solymar.example>',
    smtp: { host: '127.0.0.1', port: fake.port, secure: false, user: 'bot', pass: 's3cret' },
    followUp: true,
    transcripts: { enabled: true, copyTo: [] as string[] },
  };
}
