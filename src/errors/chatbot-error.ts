import { describeError, type ErrorCode } from './catalogue.js';

/** Exit codes: 0 ok, 1 the user's input is invalid, 2 the command line is wrong. */
export const ExitCode = { ok: 0, invalidInput: 1, usage: 2 } as const;

/**
 * An expected failure with a permanent code. The top-level handler prints its message and
 * hint (never a stack) and exits with `exitCode`; anything else is a bug and shows a stack.
 */
export class ChatbotError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  readonly exitCode: number;

  constructor(
    code: ErrorCode,
    message: string,
    options: { hint?: string; exitCode?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ChatbotError';
    this.code = code;
    this.hint = options.hint ?? describeError(code).hint;
    this.exitCode = options.exitCode ?? (code === 'USAGE' ? ExitCode.usage : ExitCode.invalidInput);
  }
}

/** Ends a command with a given exit code after it has already reported why. */
export class ExitError extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitError';
  }
}
