import type { WidgetOptions, WidgetSettings } from '../shared/types.js';

/** The server refused this page's origin: retrying cannot help, its config must change. */
export class OriginRefused extends Error {}

/** One line a site's developer can act on, instead of the browser's generic CORS error. */
function originRefusedLine(origin: string, setting: string, server: string): string {
  return `[chatbot] The chat is off on this site: ${origin} is not in ${setting} of the chat server ${server}. Add "${origin}" to ${setting} in its chatbot.config.yaml.`;
}

/** The widget's settings (colours, texts, proactive rule) in one language. */
export async function fetchSettings(options: WidgetOptions, lang: string): Promise<WidgetSettings> {
  const response = await fetch(
    `${options.server}/api/widget/settings?lang=${encodeURIComponent(lang)}&page=${encodeURIComponent(location.href)}`,
  );
  if (response.status === 403) {
    const body = (await response.json().catch(() => ({}))) as {
      error?: string;
      origin?: string;
      setting?: string;
    };
    if (body.error === 'origin_not_allowed')
      throw new OriginRefused(
        originRefusedLine(
          body.origin ?? location.origin,
          body.setting ?? 'server.origins',
          options.server,
        ),
      );
  }
  if (!response.ok) throw new Error(`settings: HTTP ${response.status}`);
  const loaded = (await response.json()) as WidgetSettings;
  return options.title ? { ...loaded, title: options.title } : loaded;
}

/**
 * The first settings, retried with backoff (1, 2, 4 s) while the server restarts or the network
 * blinks; undefined, with a line in the console, when the widget cannot start.
 */
export async function firstSettings(
  options: WidgetOptions,
  lang: string,
): Promise<WidgetSettings | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchSettings(options, lang);
    } catch (error) {
      if (error instanceof OriginRefused) {
        console.error(error.message);
        return undefined;
      }
      if (attempt === 3) {
        console.error('[chatbot] the chat server cannot be reached', error);
        return undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
    }
  }
}
