import { adoptStyles } from '../shared/styles.js';
import css from './launcher.css';

export const chatIcon =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';
export const closeIcon =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7l-1.4-1.4L9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z"/></svg>';

export interface LauncherDom {
  /** The host-page element; everything else is inside its shadow root, safe from the page's CSS. */
  readonly element: HTMLDivElement;
  readonly root: ShadowRoot;
  readonly frame: HTMLDivElement;
  readonly panel: HTMLDivElement;
  readonly launcher: HTMLButtonElement;
  readonly badge: HTMLSpanElement;
  readonly bubble: HTMLDivElement;
  readonly bubbleText: HTMLButtonElement;
  readonly bubbleClose: HTMLButtonElement;
}

/** The launcher button with its unread badge, the proactive bubble and the (empty) chat panel. */
export function buildLauncherDom(): LauncherDom {
  const element = document.createElement('div');
  element.setAttribute('data-chatbot', '');
  const root = element.attachShadow({ mode: 'open' });
  adoptStyles(root, css);
  const frame = document.createElement('div');
  frame.className = 'cb';
  frame.innerHTML = `<div class="bubble" role="status" hidden><button type="button" class="bubble-text"></button><button type="button" class="bubble-close">×</button></div><div class="panel" role="region" hidden></div><button type="button" class="launcher" aria-expanded="false" aria-haspopup="dialog">${chatIcon}<span class="badge" hidden></span></button>`;
  root.append(frame);
  const pick = <T extends HTMLElement>(selector: string) => frame.querySelector(selector) as T;
  return {
    element,
    root,
    frame,
    panel: pick('.panel'),
    launcher: pick('.launcher'),
    badge: pick('.badge'),
    bubble: pick('.bubble'),
    bubbleText: pick('.bubble-text'),
    bubbleClose: pick('.bubble-close'),
  };
}
