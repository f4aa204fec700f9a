import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The end-to-end suite drives real programs: a terminal (tmux) and a browser (Debian's
 * chromium). Missing either is a failure, never a skip, so CI cannot pass without them.
 */
export const chromiumPath = '/usr/bin/chromium';

export default function requireTools(): void {
  const missing: string[] = [];
  try {
    execFileSync('tmux', ['-V'], { stdio: 'pipe' });
  } catch {
    missing.push('tmux (apt-get install -y tmux)');
  }
  if (!existsSync(chromiumPath))
    missing.push(`chromium at ${chromiumPath} (apt-get install -y chromium)`);
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end tests need: ${missing.join(', ')}. Install them; these tests never skip.`,
    );
  }
}
