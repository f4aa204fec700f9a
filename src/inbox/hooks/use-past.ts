/**
 * Loads the open chat's person's other conversations whenever another chat is opened, or the
 * open one's visitor gives an email or a phone that may link more of them.
 */
import { useEffect } from 'react';
import { loadPast } from '../customer-memory.js';
import type { InboxState } from '../inbox-client.js';
import type { UpdateUi } from './use-ui-state.js';

export default function usePast(
  client: Parameters<typeof loadPast>[0],
  open: InboxState['open'],
  update: UpdateUi,
): void {
  const id = open?.id;
  const email = open?.conversation.contact.email;
  const phone = open?.conversation.contact.phone;
  // biome-ignore lint/correctness/useExhaustiveDependencies: new contact details may link more conversations
  useEffect(() => {
    if (!id) return;
    let current = true;
    void loadPast(client, id).then((past) => {
      if (current && past) update({ past });
    });
    return () => {
      current = false;
    };
  }, [client, id, email, phone, update]);
}
