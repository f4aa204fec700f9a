/**
 * The chat itself, loaded by the launcher on first open (or when the browser is idle). It mounts
 * the Svelte app into the panel the launcher made inside its shadow root.
 */
import { mount, unmount } from 'svelte';
import { adoptStyles } from '../shared/styles.js';
import type { StartChat } from '../shared/types.js';
import App from './App.svelte';
import css from './chat.css';
import { ChatSession } from './session.svelte.js';

export const start: StartChat = (host, contact) => {
  adoptStyles(host.root, css);
  const session = new ChatSession(host, contact);
  const view = mount(App, { target: host.panel, props: { session, host } });
  return {
    opened: () => {
      session.panelOpen = true;
    },
    closed: () => {
      session.panelOpen = false;
    },
    language: (settings) => session.language(settings),
    identify: (given) => session.identify(given),
    navigated: () => session.navigated(),
    destroy: () => {
      session.close();
      void unmount(view);
    },
  };
};
