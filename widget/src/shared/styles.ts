/** Adds a stylesheet to the widget's shadow root; nothing of it reaches the host page. */
export function adoptStyles(root: ShadowRoot, text: string): void {
  // A constructed sheet is not subject to the host page's style-src CSP; old browsers get <style>.
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = text;
    root.append(style);
  }
}

/** "{name} joined the chat" with { name: "Ann" }. */
export const fill = (text: string, values: Record<string, string> = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
