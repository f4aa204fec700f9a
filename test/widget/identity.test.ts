import { describe, expect, it } from 'vitest';
import { identifyPayload, mergeIdentity } from '../../widget/src/shared/identity.js';

describe('Chatbot.identify in the widget', () => {
  it('passes attributes and their signature through to the identify event', () => {
    const contact = mergeIdentity(undefined, {
      email: 'carmen@example.com',
      attributes: { plan: 'enterprise' },
      signature: 'ab'.repeat(32),
    });
    expect(identifyPayload(contact)).toEqual({
      email: 'carmen@example.com',
      attributes: { plan: 'enterprise' },
      signature: 'ab'.repeat(32),
    });
  });

  it('later calls add to earlier ones; new attributes never keep an older signature', () => {
    const signed = mergeIdentity(undefined, {
      attributes: { plan: 'pro' },
      signature: 'cd'.repeat(32),
    });
    const named = mergeIdentity(signed, { name: 'Carmen' });
    expect(identifyPayload(named)).toEqual({
      name: 'Carmen',
      attributes: { plan: 'pro' },
      signature: 'cd'.repeat(32),
    });
    expect(identifyPayload(mergeIdentity(named, { attributes: { plan: 'enterprise' } }))).toEqual({
      name: 'Carmen',
      attributes: { plan: 'enterprise' },
    });
  });

  it('sends only the fields the server takes', () => {
    const page = { name: 'Carmen', phone: '+34 600' } as Parameters<typeof mergeIdentity>[1];
    expect(identifyPayload(mergeIdentity(undefined, page))).toEqual({ name: 'Carmen' });
  });
});
