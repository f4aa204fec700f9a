import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The installed chatbot package (or checkout): its demo bot is what `init` scaffolds from. */
export function packageRoot(): string {
  // Both src/scaffold (tests) and dist/scaffold (the CLI) sit two levels below the root.
  return fileURLToPath(new URL('../../', import.meta.url));
}

/** A checkout (not an installed copy) is linked with file:, so a new project installs offline. */
export function isLocalCheckout(root: string): boolean {
  return existsSync(`${root}/.git`) || !root.split(/[\\/]/).includes('node_modules');
}
