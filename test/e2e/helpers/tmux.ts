import { execFileSync } from 'node:child_process';

/** A program running in a real terminal: tmux gives it a TTY, keys and a screen to read. */
export class TmuxSession {
  private static count = 0;
  readonly name = `chatbot-e2e-${process.pid}-${TmuxSession.count++}`;

  constructor(
    command: string,
    options: { width?: number; height?: number; cwd?: string; env?: Record<string, string> } = {},
  ) {
    const env = Object.entries(options.env ?? {}).flatMap(([key, value]) => [
      '-e',
      `${key}=${value}`,
    ]);
    execFileSync('tmux', [
      'new-session',
      '-d',
      '-s',
      this.name,
      '-x',
      String(options.width ?? 100),
      '-y',
      String(options.height ?? 30),
      ...(options.cwd ? ['-c', options.cwd] : []),
      ...env,
      // Keep the pane after the program exits so its last screen and exit code can be read.
      `${command}; echo "[exit $?]"; sleep 600`,
    ]);
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' });
  }

  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  /** Types text literally (no key-name interpretation). */
  type(text: string): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, '-l', text]);
  }

  async waitFor(pattern: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen))
        return screen;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out waiting for ${String(pattern)}. Screen:\n${screen}`);
  }

  kill(): void {
    try {
      execFileSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}
