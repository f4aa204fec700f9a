import type { WidgetSettings } from '../shared/types.js';
import { tokenKey } from '../shared/types.js';
import type { LauncherDom } from './dom.js';

export type ProactiveRule = Exclude<WidgetSettings['proactive'], false>;

export interface Proactive {
  /** Hides the bubble; a visitor's dismissal keeps it away for the browser session. */
  hide(dismissed: boolean): void;
  /** Shows the bubble after the rule's delay or scroll depth. */
  arm(rule: ProactiveRule): void;
}

/** The proactive message: once per browser session, never over an open chat. */
export function createProactive(
  server: string,
  dom: LauncherDom,
  view: { isOpen(): boolean; unread(): number; showUnread(count: number): void },
  stops: (() => void)[],
): Proactive {
  const proactiveKey = `chatbot:${server}:proactive`;
  const show = () => {
    if (view.isOpen() || !dom.bubble.hidden || sessionStorage.getItem(proactiveKey)) return;
    sessionStorage.setItem(proactiveKey, 'shown');
    dom.bubble.hidden = false;
    if (view.unread() === 0) view.showUnread(1);
  };
  return {
    hide(dismissed) {
      if (dom.bubble.hidden) return;
      dom.bubble.hidden = true;
      if (dismissed) sessionStorage.setItem(proactiveKey, 'dismissed');
    },
    arm(rule) {
      // A visitor who already chats (a token is stored) is not greeted again.
      if (sessionStorage.getItem(proactiveKey) || localStorage.getItem(tokenKey(server))) return;
      if (rule.afterSeconds) {
        const timer = setTimeout(show, rule.afterSeconds * 1000);
        stops.push(() => clearTimeout(timer));
      }
      if (rule.scrollPercent) {
        const target = rule.scrollPercent;
        const onScroll = () => {
          const scrollable = document.documentElement.scrollHeight - innerHeight;
          if (scrollable > 0 && (scrollY / scrollable) * 100 >= target) show();
        };
        addEventListener('scroll', onScroll, { passive: true });
        stops.push(() => removeEventListener('scroll', onScroll));
      }
    },
  };
}
