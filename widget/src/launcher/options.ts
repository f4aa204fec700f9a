import type { Position, WidgetOptions } from '../shared/types.js';

const positions: readonly Position[] = ['bottom-right', 'bottom-left'];
const flag = (value: string | undefined) =>
  value === undefined ? undefined : value === '' || value === 'true' || value === '1';

/**
 * Options from the script tag: `data-server`, `data-title`, `data-color`, `data-position`,
 * `data-lang`, `data-open`, `data-hide-launcher`. The server defaults to where the script came
 * from, so the one-line embed needs none of them.
 */
export function optionsFromScript(script: HTMLScriptElement | null): WidgetOptions {
  const data = script?.dataset ?? {};
  const origin = script?.src ? new URL(script.src, location.href).origin : location.origin;
  return cleanOptions({
    server: data.server ?? origin,
    title: data.title,
    color: data.color,
    position: data.position as Position,
    lang: data.lang,
    open: flag(data.open),
    hideLauncher: flag(data.hideLauncher),
  });
}

/** Drops what is unset or invalid, so a typo in an option falls back to the server's setting. */
export function cleanOptions(options: Partial<WidgetOptions>): WidgetOptions {
  const clean: WidgetOptions = {
    server: String(options.server ?? location.origin).replace(/\/+$/, ''),
  };
  if (options.title) clean.title = String(options.title);
  if (options.color && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(options.color))
    clean.color = options.color;
  if (options.position && positions.includes(options.position)) clean.position = options.position;
  if (options.lang) clean.lang = String(options.lang);
  if (options.open !== undefined) clean.open = Boolean(options.open);
  if (options.hideLauncher !== undefined) clean.hideLauncher = Boolean(options.hideLauncher);
  return clean;
}
