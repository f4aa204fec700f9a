/** The page's language, as `<html lang>` says it; "en" when the page says nothing. */
export const pageLanguage = () => document.documentElement.lang.trim() || 'en';

/**
 * Calls back when `<html lang>` changes, once per burst: an SPA that sets the attribute several
 * times while it switches (or flips it back and forth) causes one switch, to the final value.
 */
export function watchPageLanguage(onChange: (lang: string) => void, debounceMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = pageLanguage();
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const lang = pageLanguage();
      if (lang === last) return;
      last = lang;
      onChange(lang);
    }, debounceMs);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
