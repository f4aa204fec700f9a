/**
 * Waiting in tests without betting on the machine's speed: wait for the thing itself, with a
 * budget only a broken build misses. A loaded CI machine can be many times slower than a laptop,
 * so no test may pass or fail on how long something took (docs/testing.md).
 */

/** What any test may wait for something to happen: generous on purpose. */
export const patientMs = 60_000;

/** Resolves once `condition` holds; polls, and fails after `timeoutMs` naming what it waited for. */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  what = 'a condition',
  timeoutMs = patientMs,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A promise the test resolves when it chooses: a fake holds its answer until then. */
export function gate(): { readonly opened: Promise<void>; open(): void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}
